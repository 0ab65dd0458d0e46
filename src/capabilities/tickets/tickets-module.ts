import { SlaScheduler } from '../../jobs/sla-scheduler.js';
import { SlaCalendars } from '../../services/sla-calendars.js';
import { SlaEscalationService } from '../../services/sla-escalation-service.js';
import { SlaScheduleService } from '../../services/sla-schedule-service.js';
import type { SlaDeadlines } from '../../domain/sla/sla-deadlines.js';
import type { Ticket } from '../../domain/tickets/ticket.js';
import { TicketPeople } from '../../services/ticket-people.js';
import { TicketService } from '../../services/ticket-service.js';
import { TicketWorkflowService } from '../../services/ticket-workflow-service.js';
import { SlaEventRepository } from '../../store/sla-event-repository.js';
import { TicketPostRepository } from '../../store/ticket-post-repository.js';
import { TicketRepository } from '../../store/ticket-repository.js';
import type { CapabilityModule, Platform } from '../capability-module.js';
import { TicketCardActions } from './ticket-card-actions.js';
import { TicketCardRenderer } from './ticket-card-renderer.js';
import { TicketFeature } from './ticket-feature.js';
import { TicketNotifier } from './ticket-notifier.js';

/** What other capabilities use of tickets. */
export interface TicketsModule extends CapabilityModule {
  /** Opens tickets and answers questions about them: the one way tickets are read outside the workflow. */
  readonly service: TicketService;
  /** Changes tickets (technicians, requesters, the SLA scheduler, paging). */
  readonly workflow: TicketWorkflowService;
  /** A ticket's SLA deadlines (as its cards show them). */
  deadlines(ticket: Ticket): SlaDeadlines;
  /** The tickets as stored, open and archived: for projections that read them all (the reports' facts). */
  readonly repository: TicketRepository;
  /** The SLA clock of a ticket (business time as its SLA counts it). */
  readonly sla: SlaScheduleService;
}

/**
 * Tickets: the ticket service and workflow, SLA deadlines and events, the team channel's card and
 * people's messages, technicians' and requesters' commands and card verbs, the SLA scheduler.
 */
export function ticketsModule(p: Platform): TicketsModule {
  const logger = p.logger.child({ feature: 'tickets' });
  const repository = new TicketRepository(p.store);
  const calendars = new SlaCalendars(p.domain);
  const events = new SlaEventRepository(p.store);
  const sla = new SlaScheduleService(p.domain, calendars, events);
  const people = new TicketPeople(p.domain);
  const cards = new TicketCardRenderer(p.directory, sla, people, p.domain);
  const notifier = new TicketNotifier({
    adapter: p.adapter, botAppId: p.botAppId, conversationRefs: p.conversationRefs, posts: new TicketPostRepository(p.store),
    cards, people, languages: p.languages, logger,
  });
  const workflow = new TicketWorkflowService({ tickets: repository, sla, calendars, config: p.domain, clock: p.clock, logger, listeners: [notifier] });
  const service = new TicketService(repository, p.domain, p.clock, p.logger, {
    opsFor: (ticket) => workflow.opsForNew(ticket), created: (ticket) => workflow.created(ticket),
  }, p.background);
  const actions = new TicketCardActions(workflow, cards, logger);
  const escalation = new SlaEscalationService(workflow, notifier, p.domain, logger);
  return {
    name: 'tickets',
    service,
    workflow,
    deadlines: (ticket) => sla.deadlines(ticket),
    repository,
    sla,
    feature: new TicketFeature({ workflow, tickets: service, cards, config: p.domain, logger }),
    registerCardActions: (router) => actions.register(router),
    jobs: [new SlaScheduler({ events, handler: escalation, clock: p.clock, timer: p.timer('tickets'), logger })],
  };
}
