import { describesMoreThanTitle, type Ticket } from '../src/domain/tickets/ticket.js';
import type { SlaDeadlines } from '../src/domain/sla/sla-deadlines.js';
import { t } from '../src/i18n/catalogue.js';
import { tt } from '../src/i18n/ticket-messages.js';
import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.js';
import { applicationsLabel, categoryLabel, formatTime, organisationLabel, placeLabel, statusLabel, teamLabel, vendorLabel, type CardContext } from './card-format.js';

const PRIORITY_COLOUR = { P1: 'Attention', P2: 'Warning', P3: 'Default', P4: 'Default' } as const;

/** The ticket as its requester sees it when it is opened: where it went and by when it is answered and solved. */
export function renderTicketCard(ticket: Ticket, ctx: CardContext, deadlines: SlaDeadlines): AdaptiveCard {
  const applications = applicationsLabel(ticket.entities.applications, ctx);
  const facts = [
    { title: t(ctx.lang, 'status'), value: statusLabel(ticket.status, ctx) },
    { title: t(ctx.lang, 'category'), value: categoryLabel(ticket.category, ctx) },
    { title: t(ctx.lang, 'priority'), value: ticket.priority },
    { title: t(ctx.lang, 'organisation'), value: organisationLabel(ticket.organisation, ctx) },
    { title: t(ctx.lang, 'place'), value: placeLabel(ticket, ctx) },
    ...(ticket.office ? [{ title: t(ctx.lang, 'office'), value: plainText(ticket.office, 40) }] : []),
    ...(applications ? [{ title: t(ctx.lang, 'application'), value: applications }] : []),
    { title: t(ctx.lang, 'team'), value: teamLabel(ticket.team, ctx) },
    ...(ticket.vendor ? [{ title: tt(ctx.lang, 'vendor'), value: vendorLabel(ticket.vendor, ctx) }] : []),
    { title: t(ctx.lang, 'created'), value: formatTime(ticket.createdAt, ctx) },
    ...(deadlines.responseDue ? [{ title: tt(ctx.lang, 'responseDue'), value: formatTime(deadlines.responseDue.toISOString(), ctx) }] : []),
    ...(deadlines.resolutionDue ? [{ title: tt(ctx.lang, 'resolutionDue'), value: formatTime(deadlines.resolutionDue.toISOString(), ctx) }] : []),
  ];
  return adaptiveCard([
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: t(ctx.lang, 'ticketHeading', { id: ticket.id }), weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' }] },
        { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: ticket.priority, weight: 'Bolder', color: PRIORITY_COLOUR[ticket.priority] }] },
      ],
    },
    { type: 'TextBlock', text: plainText(ticket.title, 200), wrap: true, spacing: 'Small' },
    { type: 'FactSet', facts },
    ...(describesMoreThanTitle(ticket.description, ticket.title) ? [
      { type: 'TextBlock' as const, text: t(ctx.lang, 'description'), weight: 'Bolder' as const, spacing: 'Medium' as const },
      { type: 'TextBlock' as const, text: plainText(ticket.description, 1500), wrap: true, isSubtle: true, maxLines: 12 },
    ] : []),
  ]);
}
