import type { Ticket } from '../src/domain/tickets/ticket.js';
import { t } from '../src/i18n/catalogue.js';
import { HISTORY_ACTIONS, tt } from '../src/i18n/ticket-messages.js';
import type { CardAction, CardElement } from './adaptive-card.js';
import { plainText } from './adaptive-card.js';
import { applicationsLabel, categoryLabel, formatTime, statusLabel, teamLabel, vendorLabel, type CardContext } from './card-format.js';

/** Ticket card verbs (Action.Execute); the data carries only the ticket id, the version seen and the view. */
export const TICKET_VERBS = {
  refresh: 'ticket.refresh',
  take: 'ticket.take',
  status: 'ticket.status',
  comment: 'ticket.comment',
  resolve: 'ticket.resolve',
  escalate: 'ticket.escalate',
  reassign: 'ticket.reassign',
  cancel: 'ticket.cancel',
  reopen: 'ticket.reopen',
  rate: 'ticket.rate',
  expedite: 'ticket.expedite',
} as const;

export type TicketVerb = (typeof TICKET_VERBS)[keyof typeof TICKET_VERBS];
export type TicketView = 'technician' | 'requester';

/** Inputs and Action.ShowCard, which the shared card types leave out. */
export type InputElement =
  | { type: 'Input.Text'; id: string; placeholder: string; isMultiline?: boolean; maxLength?: number }
  | { type: 'Input.Number'; id: string; placeholder: string; min?: number; max?: number }
  | { type: 'Input.ChoiceSet'; id: string; choices: { title: string; value: string }[]; value?: string; style?: 'compact' | 'expanded' };
export type TicketCardElement = CardElement | InputElement;
export type TicketCardAction = CardAction | { type: 'Action.ShowCard'; title: string; card: { type: 'AdaptiveCard'; body: TicketCardElement[]; actions: CardAction[] } };

export interface TicketCardView {
  ticket: Ticket;
  /** Display names by user id, where known. */
  names: ReadonlyMap<string, string>;
  deadlines: { responseDue: Date | null; resolutionDue: Date | null; paused: boolean };
}

export function execute(title: string, verb: TicketVerb, ticket: Ticket, view: TicketView, style?: 'positive' | 'destructive'): CardAction {
  return { type: 'Action.Execute', title, verb, data: { ticketId: ticket.id, version: ticket.version, view }, ...(style ? { style } : {}) };
}

export function showCard(title: string, body: TicketCardElement[], submit: CardAction): TicketCardAction {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body, actions: [submit] } };
}

export function nameOf(id: string | null, view: TicketCardView, ctx: CardContext): string {
  if (!id) return tt(ctx.lang, 'nobody');
  return view.names.get(id) ?? id;
}

/** Heading, title and the facts both views share. */
export function ticketSummary(view: TicketCardView, ctx: CardContext): CardElement[] {
  const { ticket, deadlines } = view;
  const applications = applicationsLabel(ticket.entities.applications, ctx);
  const due = (d: Date | null) => (d ? formatTime(d.toISOString(), ctx) : deadlines.paused ? tt(ctx.lang, 'slaPaused') : '–');
  const facts = [
    { title: t(ctx.lang, 'status'), value: statusLabel(ticket.status, ctx) },
    { title: t(ctx.lang, 'priority'), value: ticket.priority },
    { title: t(ctx.lang, 'category'), value: categoryLabel(ticket.category, ctx) },
    ...(applications ? [{ title: t(ctx.lang, 'application'), value: applications }] : []),
    { title: t(ctx.lang, 'team'), value: teamLabel(ticket.team, ctx) },
    ...(ticket.vendor ? [{ title: tt(ctx.lang, 'vendor'), value: vendorLabel(ticket.vendor, ctx) }] : []),
    { title: tt(ctx.lang, 'assignee'), value: nameOf(ticket.assignee, view, ctx) },
    ...(deadlines.responseDue ? [{ title: tt(ctx.lang, 'responseDue'), value: due(deadlines.responseDue) }] : []),
    ...(ticket.status !== 'resolved' && ticket.status !== 'closed' && ticket.status !== 'cancelled'
      ? [{ title: tt(ctx.lang, 'resolutionDue'), value: due(deadlines.resolutionDue) }] : []),
  ];
  return [
    { type: 'TextBlock', text: t(ctx.lang, 'ticketHeading', { id: ticket.id }), weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true },
    { type: 'TextBlock', text: plainText(ticket.title, 200), wrap: true, spacing: 'Small' },
    { type: 'FactSet', facts },
  ];
}

/** The last few history entries with comments (comments reach both sides). */
export function recentHistory(view: TicketCardView, ctx: CardContext, count = 4): CardElement[] {
  const lines = view.ticket.history.slice(-count).map((h) => {
    const who = h.actor === 'system' || h.actor === 'helpdesk-bot' ? 'Helpdesk' : nameOf(h.actor, view, ctx);
    const move = h.to && h.from !== h.to ? ` → ${statusLabel(h.to, ctx)}` : '';
    const comment = h.comment ? `: ${plainText(h.comment, 300)}` : '';
    const action = HISTORY_ACTIONS[h.action]?.[ctx.lang] ?? h.action;
    return `${formatTime(h.at, ctx)} ${plainText(who, 80)} (${action}${move})${comment}`;
  });
  return [
    { type: 'TextBlock', text: tt(ctx.lang, 'history'), weight: 'Bolder', spacing: 'Medium' },
    { type: 'TextBlock', text: lines.join('\n\n'), wrap: true, isSubtle: true, size: 'Small' },
  ];
}
