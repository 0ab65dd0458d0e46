import type { Ticket } from '../../domain/tickets/ticket.js';
import type { TicketWorkflowService } from '../../services/ticket-workflow-service.js';
import type { CapabilityModule, Platform } from '../capability-module.js';
import { StatementPresenter } from './statement-presenter.js';
import { VendorCardActions } from './vendor-card-actions.js';
import { VendorCardRenderer } from './vendor-card-renderer.js';
import { VendorCommandRecognizer } from './vendor-commands.js';
import { VendorFeature } from './vendor-feature.js';
import { VendorNotifier } from './vendor-notifier.js';
import { createVendorServices, type VendorServices } from './vendor-services.js';
import { CostService, type StandbyPort } from './cost-service.js';
import { CostPresenter, unwiredCharts } from './cost-presenter.js';
import { CostCardActions } from './cost-card-actions.js';
import { TicketFactsRepository } from './ticket-facts-repository.js';

export interface VendorsDeps {
  workflow: TicketWorkflowService;
  /** A ticket's resolution deadline (the SLA clock), for "resolved in time" per organisation. */
  resolutionDue: (ticket: Ticket) => Date | null;
  /** The rota's standby minutes of a month, for the on-call allowance in the cost per organisation. */
  standby: StandbyPort;
}

export interface VendorsModule extends CapabilityModule, VendorServices {
  readonly costs: CostService;
}

/** District vendors: their tasks and cards, OIT's acceptance of the work, monthly statements, IT cost per organisation. */
export function vendorsModule(p: Platform, d: VendorsDeps): VendorsModule {
  const logger = p.logger.child({ feature: 'vendors' });
  const services = createVendorServices({ store: p.store, workflow: d.workflow, config: p.domain, clock: p.clock, logger });
  const tickets = { get: (id: string) => d.workflow.get(id) };
  const cards = new VendorCardRenderer({ ...services, tickets, directory: p.directory, config: p.domain, clock: p.clock });
  services.tasks.subscribe(new VendorNotifier({
    adapter: p.adapter, botAppId: p.botAppId, conversationRefs: p.conversationRefs, repo: services.repo, cards, people: services.people,
    language: (id) => p.languages.current(id), logger,
  }));
  const presenter = new StatementPresenter({ statements: services.statements, people: services.people, files: p.files, config: p.domain });
  const actions = new VendorCardActions({ tasks: services.tasks, statements: services.statements, presenter, cards, people: services.people, logger });
  const costs = new CostService({
    repo: services.repo, facts: new TicketFactsRepository(p.store, d.resolutionDue), calendars: services.calendars, people: services.people, config: p.domain, clock: p.clock,
    standby: d.standby,
  });
  const costCards = new CostPresenter({ charts: p.charts ?? unwiredCharts(), files: p.files, config: p.domain, logger });
  const costActions = new CostCardActions({ costs, presenter: costCards, logger });
  const feature = new VendorFeature({
    recognizer: new VendorCommandRecognizer(p.domain), tasks: services.tasks, statements: services.statements, presenter, cards, people: services.people,
    calendars: services.calendars, config: p.domain, clock: p.clock, costs, costCards,
  });
  return {
    ...services, name: 'vendors', costs, feature, jobs: [],
    registerCardActions: (router) => {
      actions.register(router);
      costActions.register(router);
    },
  };
}
