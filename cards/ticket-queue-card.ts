import type { Ticket } from '../src/domain/tickets/ticket.js';
import { tt } from '../src/i18n/ticket-messages.js';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { statusLabel, teamLabel, type CardContext } from './card-format.js';

/** A technician's queue: open tickets of their teams (and vendors), most urgent first; "ticket HD-…" opens one. */
export function renderTicketQueueCard(tickets: Ticket[], total: number, viewer: string, ctx: CardContext): AdaptiveCard {
  const rows: CardElement[] = tickets.map((ticket, i) => ({
    type: 'Container',
    separator: i > 0,
    spacing: 'Small',
    items: [{
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: `${ticket.priority} ${ticket.id}`, weight: 'Bolder' }] },
        { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: plainText(ticket.title, 100), wrap: true }] },
        { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', isSubtle: true, size: 'Small', text: `${statusLabel(ticket.status, ctx)} · ${ticket.assignee === viewer ? '★ ' : ''}${teamLabel(ticket.team, ctx)}` }] },
      ],
    }],
  }));
  return adaptiveCard([{ type: 'TextBlock', text: tt(ctx.lang, 'queueTitle', { count: total }), weight: 'Bolder', size: 'Medium', style: 'heading' }, ...rows]);
}
