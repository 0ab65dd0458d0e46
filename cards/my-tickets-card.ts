import type { TicketSummary } from '../src/domain/tickets/ticket-summary.js';
import { t } from '../src/i18n/catalogue.js';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { formatTime, statusLabel, type CardContext } from './card-format.js';

const SHOWN = 10;

/** The requester's tickets, newest first: id, status, title, created. */
export function renderMyTicketsCard(tickets: TicketSummary[], total: number, ctx: CardContext): AdaptiveCard {
  const rows: CardElement[] = tickets.slice(0, SHOWN).map((ticket, i) => ({
    type: 'Container',
    separator: i > 0,
    spacing: 'Small',
    items: [
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: ticket.id, weight: 'Bolder' }] },
          { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: statusLabel(ticket.status, ctx), isSubtle: true }] },
          { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: formatTime(ticket.createdAt, ctx), isSubtle: true, size: 'Small' }] },
        ],
      },
      { type: 'TextBlock', text: plainText(ticket.title, 120), wrap: true, spacing: 'None' },
    ],
  }));
  const more = total - Math.min(tickets.length, SHOWN);
  return adaptiveCard([
    { type: 'TextBlock', text: t(ctx.lang, 'myTicketsTitle'), weight: 'Bolder', size: 'Medium', style: 'heading' },
    ...rows,
    ...(more > 0 ? [{ type: 'TextBlock' as const, text: t(ctx.lang, 'myTicketsMore', { count: more }), isSubtle: true }] : []),
  ]);
}
