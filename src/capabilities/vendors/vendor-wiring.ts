import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { Language } from '../../domain/tickets/ticket.js';
import type { CardActionRouter } from '../../bot/card-action-router.js';
import type { ProactiveAdapter } from '../../bot/proactive.js';
import type { FileDeliveryPort } from '../../services/file-delivery-port.js';
import type { Clock, DirectoryPort } from '../../services/ports.js';
import type { TicketWorkflowService } from '../../services/ticket-workflow-service.js';
import type { ConversationRefRepository } from '../../store/conversation-ref-repository.js';
import type { JsonStore } from '../../store/json-store.js';
import { StatementPresenter } from './statement-presenter.js';
import { VendorCardActions } from './vendor-card-actions.js';
import { VendorCardRenderer } from './vendor-card-renderer.js';
import { VendorCommandRecognizer } from './vendor-commands.js';
import { VendorFeature } from './vendor-feature.js';
import { VendorNotifier } from './vendor-notifier.js';
import { createVendorServices, type VendorServices } from './vendor-services.js';
import { CostService } from './cost-service.js';
import { CostPresenter } from './cost-presenter.js';
import { CostCardActions } from './cost-card-actions.js';
import { TicketFactsRepository } from './ticket-facts-repository.js';
import type { ChartPort } from '../../services/chart-port.js';
import type { Ticket } from '../../domain/tickets/ticket.js';

export interface VendorWiringDeps {
  store: JsonStore;
  workflow: TicketWorkflowService;
  directory: DirectoryPort;
  conversationRefs: ConversationRefRepository;
  language: (userId: string) => Language;
  adapter: ProactiveAdapter;
  botAppId: string;
  files: FileDeliveryPort;
  charts: ChartPort;
  /** A ticket's resolution deadline (the SLA clock), for "resolved in time" per organisation. */
  resolutionDue: (ticket: Ticket) => Date | null;
  domain: DomainConfig;
  clock: Clock;
  logger: Logger;
}

export interface VendorWiring extends VendorServices {
  costs: CostService;
  feature: VendorFeature;
  register(router: CardActionRouter): void;
}

/** The district vendors capability: tasks, cards, statements; plugged into the bot with its feature and card verbs. */
export function wireVendors(d: VendorWiringDeps): VendorWiring {
  const logger = d.logger.child({ feature: 'vendors' });
  const services = createVendorServices({ store: d.store, workflow: d.workflow, config: d.domain, clock: d.clock, logger });
  const tickets = { get: (id: string) => d.workflow.get(id) };
  const cards = new VendorCardRenderer({ ...services, tickets, directory: d.directory, config: d.domain, clock: d.clock });
  services.tasks.subscribe(new VendorNotifier({
    adapter: d.adapter, botAppId: d.botAppId, conversationRefs: d.conversationRefs, repo: services.repo, cards, people: services.people, language: d.language, logger,
  }));
  const presenter = new StatementPresenter({ statements: services.statements, people: services.people, files: d.files, config: d.domain });
  const actions = new VendorCardActions({ tasks: services.tasks, statements: services.statements, presenter, cards, people: services.people, logger });
  const costs = new CostService({
    repo: services.repo, facts: new TicketFactsRepository(d.store, d.resolutionDue), calendars: services.calendars, people: services.people, config: d.domain, clock: d.clock,
  });
  const costCards = new CostPresenter({ charts: d.charts, files: d.files, config: d.domain, logger });
  const costActions = new CostCardActions({ costs, presenter: costCards, logger });
  const feature = new VendorFeature({
    recognizer: new VendorCommandRecognizer(d.domain), tasks: services.tasks, statements: services.statements, presenter, cards, people: services.people,
    calendars: services.calendars, config: d.domain, clock: d.clock, costs, costCards,
  });
  return {
    ...services, costs, feature,
    register: (router) => {
      actions.register(router);
      costActions.register(router);
    },
  };
}

/** Until the Teams file-consent delivery is wired (issue #25), offering a file fails with a clear log line. */
export function unwiredFileDelivery(logger: Logger): FileDeliveryPort {
  return {
    offer: async (recipient, file) => {
      logger.warn({ userId: recipient, file: file.name }, 'file delivery is not wired: file not sent');
      throw new Error('file delivery not wired');
    },
  };
}
