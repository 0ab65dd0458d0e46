import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import { SlaScheduler } from '../../jobs/sla-scheduler.js';
import type { IntervalTimer } from '../../jobs/interval-job.js';
import type { Clock, DirectoryPort } from '../../services/ports.js';
import { SlaCalendars } from '../../services/sla-calendars.js';
import { SlaEscalationService } from '../../services/sla-escalation-service.js';
import { SlaScheduleService, type SlaDeadlines } from '../../services/sla-schedule-service.js';
import type { Ticket } from '../../domain/tickets/ticket.js';
import { TicketPeople } from '../../services/ticket-people.js';
import { TicketWorkflowService } from '../../services/ticket-workflow-service.js';
import type { ConversationRefRepository } from '../../store/conversation-ref-repository.js';
import type { JsonStore } from '../../store/json-store.js';
import { SlaEventRepository } from '../../store/sla-event-repository.js';
import { TicketPostRepository } from '../../store/ticket-post-repository.js';
import type { TicketRepository } from '../../store/ticket-repository.js';
import type { ProactiveAdapter } from '../../bot/proactive.js';
import type { CardActionRouter } from '../../bot/card-action-router.js';
import type { LanguageResolver } from '../../bot/language-resolver.js';
import { TicketCardActions } from './ticket-card-actions.js';
import { TicketCardRenderer } from './ticket-card-renderer.js';
import { TicketFeature } from './ticket-feature.js';
import { TicketNotifier } from './ticket-notifier.js';

export interface TicketWiringDeps {
  store: JsonStore;
  /** The one repository instance the whole app shares (it keeps an in-memory index). */
  tickets: TicketRepository;
  directory: DirectoryPort;
  languages: LanguageResolver;
  conversationRefs: ConversationRefRepository;
  adapter: ProactiveAdapter;
  botAppId: string;
  domain: DomainConfig;
  clock: Clock;
  timer: IntervalTimer;
  logger: Logger;
}

export interface TicketWiring {
  workflow: TicketWorkflowService;
  feature: TicketFeature;
  scheduler: SlaScheduler;
  /** A ticket's SLA deadlines (as its cards show them). */
  deadlines(ticket: Ticket): SlaDeadlines;
  register(router: CardActionRouter): void;
}

/** Builds the ticket workflow's graph: SLA, workflow, channel cards and messages, card actions, commands, the SLA scheduler. */
export function wireTicketFeature(d: TicketWiringDeps): TicketWiring {
  const logger = d.logger.child({ feature: 'tickets' });
  const calendars = new SlaCalendars(d.domain);
  const events = new SlaEventRepository(d.store);
  const sla = new SlaScheduleService(d.domain, calendars, events);
  const people = new TicketPeople(d.domain);
  const cards = new TicketCardRenderer(d.directory, sla, people, d.domain);
  const notifier = new TicketNotifier({
    adapter: d.adapter, botAppId: d.botAppId, conversationRefs: d.conversationRefs, posts: new TicketPostRepository(d.store),
    cards, people, languages: d.languages, logger,
  });
  const workflow = new TicketWorkflowService({ tickets: d.tickets, sla, calendars, config: d.domain, clock: d.clock, logger, listeners: [notifier] });
  const actions = new TicketCardActions(workflow, cards, logger);
  const escalation = new SlaEscalationService(workflow, notifier, d.domain, logger);
  return {
    workflow,
    feature: new TicketFeature({ workflow, tickets: d.tickets, cards, config: d.domain, logger }),
    scheduler: new SlaScheduler({ events, handler: escalation, clock: d.clock, timer: d.timer, logger }),
    deadlines: (ticket) => sla.deadlines(ticket),
    register: (router) => actions.register(router),
  };
}
