import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { DomainConfig } from '../src/config/domain-schema.js';
import type { TriageAssessment } from '../src/services/ports.js';
import type { RequesterResolver } from '../src/services/requester-resolver.js';
import type { TicketService } from '../src/services/ticket-service.js';
import { StoreUnavailableError } from '../src/store/store-errors.js';
import { t } from '../src/i18n/catalogue.js';
import { renderTicketCard } from '../cards/ticket-card.js';
import type { TurnUser } from './turn-user.js';

/** Opens the ticket from a finished draft and answers with its card; null when the store could not save it. */
export async function openTicket(
  context: TurnContext,
  user: TurnUser,
  draft: { description: string; assessment: TriageAssessment },
  deps: { tickets: TicketService; requesters: RequesterResolver; config: DomainConfig; logger: Logger },
): Promise<string | null> {
  const requester = await deps.requesters.resolve(user.id, user.name);
  try {
    const ticket = await deps.tickets.create({
      requester,
      description: draft.description,
      language: user.lang,
      category: draft.assessment.category,
      priority: draft.assessment.priority,
      entities: draft.assessment.entities,
    });
    const card = renderTicketCard(ticket, { lang: user.lang, config: deps.config });
    const notes = [t(user.lang, 'ticketCreated', { id: ticket.id })];
    if (!requester.directoryAvailable) notes.push(t(user.lang, 'ticketCreatedOrgUnknown'));
    else if (!requester.known) notes.push(t(user.lang, 'unknownUser'));
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), notes.join(' ')));
    return ticket.id;
  } catch (err) {
    if (!(err instanceof StoreUnavailableError)) throw err;
    deps.logger.error({ err: err.message, userId: user.id }, 'ticket not created: store unavailable');
    await context.sendActivity(t(user.lang, 'storeUnavailable'));
    return null;
  }
}
