import { isOpen } from '../src/domain/tickets/ticket-lifecycle.js';
import { tt } from '../src/i18n/ticket-messages.js';
import { plainText } from './adaptive-card.js';
import type { CardContext } from './card-format.js';
import {
  TICKET_VERBS, execute, recentHistory, showCard, ticketSummary, type TicketCardAction, type TicketCardElement, type TicketCardView,
} from './ticket-card-parts.js';

export interface RequesterTicketCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: TicketCardElement[];
  actions?: TicketCardAction[];
}

/** The requester's detail card: status, deadlines, history; comment, cancel and urge while open; "not solved" and rating after resolution. */
export function renderRequesterTicketCard(view: TicketCardView, ctx: CardContext): RequesterTicketCard {
  const { ticket } = view;
  const body: TicketCardElement[] = [...ticketSummary(view, ctx)];
  if (ticket.resolution) body.push({ type: 'TextBlock', text: plainText(ticket.resolution.note, 1000), wrap: true, color: 'Good' });
  body.push(...recentHistory(view, ctx));
  const actions = requesterActions(view, ctx);
  return {
    type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, ...(actions.length ? { actions } : {}),
  };
}

function requesterActions(view: TicketCardView, ctx: CardContext): TicketCardAction[] {
  const { ticket } = view;
  const { lang } = ctx;
  const comment = showCard(tt(lang, 'comment'), [
    { type: 'Input.Text', id: 'text', placeholder: tt(lang, 'requesterCommentPlaceholder'), isMultiline: true, maxLength: 2000 },
  ], execute(tt(lang, 'comment'), TICKET_VERBS.comment, ticket, 'requester'));
  if (isOpen(ticket.status)) {
    return [comment, execute(tt(lang, 'expedite'), TICKET_VERBS.expedite, ticket, 'requester'),
      execute(tt(lang, 'cancelTicket'), TICKET_VERBS.cancel, ticket, 'requester', 'destructive')];
  }
  if (ticket.status !== 'resolved' && ticket.status !== 'closed') return [];
  return [
    execute(tt(lang, 'notSolved'), TICKET_VERBS.reopen, ticket, 'requester', 'destructive'),
    showCard(tt(lang, 'rate'), [
      { type: 'Input.ChoiceSet', id: 'rating', style: 'expanded', value: String(ticket.rating?.value ?? 5), choices: [5, 4, 3, 2, 1].map((n) => ({ title: '★'.repeat(n), value: String(n) })) },
    ], execute(tt(lang, 'rate'), TICKET_VERBS.rate, ticket, 'requester', 'positive')),
    comment,
  ];
}
