import { isOpen, nextStatuses } from '../src/domain/tickets/ticket-lifecycle.js';
import { tt } from '../src/i18n/ticket-messages.js';
import type { CardAction } from './adaptive-card.js';
import { statusLabel, teamLabel, type CardContext } from './card-format.js';
import {
  TICKET_VERBS, execute, recentHistory, showCard, ticketSummary, type TicketCardAction, type TicketCardElement, type TicketCardView,
} from './ticket-card-parts.js';

/** Universal Actions card with a per-user refresh: each technician listed sees their own buttons. */
export interface TechnicianTicketCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: TicketCardElement[];
  actions?: TicketCardAction[];
  refresh?: { action: CardAction; userIds: string[] };
}

const MAX_REFRESH_USERS = 60;

/**
 * The ticket in its team's channel. `viewer` null: the shared card everyone sees (no buttons,
 * refresh for the technicians); a viewer id: that technician's own card with the buttons their
 * role allows (take when not theirs; status, comment, resolve, escalate, reassign when open).
 */
export function renderTechnicianTicketCard(view: TicketCardView, ctx: CardContext, viewer: string | null, technicianIds: readonly string[]): TechnicianTicketCard {
  const { ticket } = view;
  const body: TicketCardElement[] = [...ticketSummary(view, ctx), ...recentHistory(view, ctx)];
  const actions = viewer && isOpen(ticket.status) ? technicianActions(view, ctx, viewer) : [];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
    refresh: { action: execute('refresh', TICKET_VERBS.refresh, ticket, 'technician'), userIds: technicianIds.slice(0, MAX_REFRESH_USERS) },
  };
}

function technicianActions(view: TicketCardView, ctx: CardContext, viewer: string): TicketCardAction[] {
  const { ticket } = view;
  const { lang } = ctx;
  const statuses = nextStatuses(ticket.status).filter((s) => s === 'in-progress' || s === 'waiting-requester' || s === 'waiting-vendor');
  const teams = ctx.config.oit.teams.filter((t) => t.id !== ticket.team);
  const out: TicketCardAction[] = [];
  if (ticket.assignee !== viewer) out.push(execute(tt(lang, 'take'), TICKET_VERBS.take, ticket, 'technician', 'positive'));
  out.push(showCard(tt(lang, 'resolve'), [
    { type: 'Input.Text', id: 'note', placeholder: tt(lang, 'solutionPlaceholder'), isMultiline: true, maxLength: 2000 },
    { type: 'Input.Number', id: 'minutes', placeholder: tt(lang, 'minutesPlaceholder'), min: 0, max: 100000 },
  ], execute(tt(lang, 'resolve'), TICKET_VERBS.resolve, ticket, 'technician', 'positive')));
  out.push(showCard(tt(lang, 'comment'), [
    { type: 'Input.Text', id: 'text', placeholder: tt(lang, 'commentPlaceholder'), isMultiline: true, maxLength: 2000 },
  ], execute(tt(lang, 'comment'), TICKET_VERBS.comment, ticket, 'technician')));
  if (statuses.length) {
    out.push(showCard(tt(lang, 'changeStatus'), [
      { type: 'Input.ChoiceSet', id: 'status', style: 'expanded', value: statuses[0]!, choices: statuses.map((s) => ({ title: statusLabel(s, ctx), value: s })) },
      { type: 'Input.Text', id: 'text', placeholder: tt(lang, 'commentPlaceholder'), maxLength: 2000 },
    ], execute(tt(lang, 'changeStatus'), TICKET_VERBS.status, ticket, 'technician')));
  }
  if (ctx.config.escalation.nextTier[ticket.team ?? '']) out.push(execute(tt(lang, 'escalate'), TICKET_VERBS.escalate, ticket, 'technician'));
  out.push(showCard(tt(lang, 'reassign'), [
    { type: 'Input.ChoiceSet', id: 'team', style: 'compact', value: teams[0]?.id ?? '', choices: teams.map((t) => ({ title: teamLabel(t.id, ctx), value: t.id })) },
  ], execute(tt(lang, 'reassign'), TICKET_VERBS.reassign, ticket, 'technician')));
  return out;
}
