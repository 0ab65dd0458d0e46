import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { DomainConfig } from '../src/config/domain-schema.js';
import type { TriageAssessment } from '../src/services/ports.js';
import type { RequesterResolver } from '../src/services/requester-resolver.js';
import type { TicketService } from '../src/services/ticket-service.js';
import type { SlaDeadlines } from '../src/domain/sla/sla-deadlines.js';
import type { Ticket } from '../src/domain/tickets/ticket.js';
import { isStoreUnavailable } from '../src/services/store-ports.js';
import { t } from '../src/i18n/catalogue.js';
import { renderTicketCard } from '../cards/ticket-card.js';
import { deadlinePhrase } from '../cards/card-format.js';
import type { TurnUser } from './turn-user.js';

/**
 * Opens the ticket from a finished draft and answers with its card and what happens next (by when
 * a technician answers under the SLA); null when the store could not save it. The card is built
 * while the ticket is being written and sent once the write is on disk: no one sees the id of a
 * ticket that is not saved, and a failed write is told to the user.
 */
export async function openTicket(
  context: TurnContext,
  user: TurnUser,
  draft: { description: string; assessment: TriageAssessment },
  deps: {
    tickets: TicketService; requesters: RequesterResolver; config: DomainConfig; logger: Logger;
    deadlines: (ticket: Ticket) => SlaDeadlines;
  },
): Promise<string | null> {
  const requester = await deps.requesters.resolve(user.id, user.name);
  const { ticket, saved } = deps.tickets.begin({
    requester,
    description: draft.description,
    language: user.lang,
    category: draft.assessment.category,
    priority: draft.assessment.priority,
    entities: draft.assessment.entities,
  });
  const ctx = { lang: user.lang, config: deps.config };
  const deadlines = deps.deadlines(ticket);
  const card = renderTicketCard(ticket, ctx, deadlines);
  const notes = [t(user.lang, 'ticketCreated', { id: ticket.id })];
  if (deadlines.responseDue) notes.push(t(user.lang, 'ticketResponseBy', { due: deadlinePhrase(deadlines.responseDue, new Date(ticket.createdAt), ctx) }));
  if (deps.config.sla.priorities[ticket.priority].calendar === '24x7') notes.push(t(user.lang, 'ticketAroundTheClock', { priority: ticket.priority }));
  notes.push(t(user.lang, 'ticketKeepPosted'));
  if (!requester.directoryAvailable) notes.push(t(user.lang, 'ticketCreatedOrgUnknown'));
  else if (!requester.known) notes.push(t(user.lang, 'unknownUser'));
  try {
    await saved;
  } catch (err) {
    if (!isStoreUnavailable(err)) throw err;
    deps.logger.error({ err: err.message, userId: user.id }, 'ticket not created: store unavailable');
    await context.sendActivity(t(user.lang, 'storeUnavailable'));
    return null;
  }
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), notes.join(' ')));
  return ticket.id;
}
