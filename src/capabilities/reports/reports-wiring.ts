import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { CardActionRouter } from '../../bot/card-action-router.js';
import type { ProactiveAdapter } from '../../bot/proactive.js';
import type { IntervalTimer } from '../../jobs/interval-job.js';
import type { ChartPort } from '../../services/chart-port.js';
import type { FileDeliveryPort } from '../../services/file-delivery-port.js';
import type { Clock } from '../../services/ports.js';
import { SlaCalendars } from '../../services/sla-calendars.js';
import { SlaScheduleService } from '../../services/sla-schedule-service.js';
import type { TicketWorkflowService } from '../../services/ticket-workflow-service.js';
import type { ConversationRefRepository } from '../../store/conversation-ref-repository.js';
import type { JsonStore } from '../../store/json-store.js';
import { PageRepository } from '../../store/page-repository.js';
import { SlaEventRepository } from '../../store/sla-event-repository.js';
import type { TicketRepository } from '../../store/ticket-repository.js';
import type { Language } from '../../domain/tickets/ticket.js';
import { ReportContextRepository } from './report-context-repository.js';
import { ReportFactsProjection } from './report-facts-projection.js';
import { ReportQuestionRecognizer } from './report-question-recognizer.js';
import { ReportView } from './report-view.js';
import { ReportsBotFeature } from './reports-bot-feature.js';
import { ReportsCardActions } from './reports-card-actions.js';
import { ReportsMonthlyJob } from './reports-monthly-job.js';
import { ReportsService } from './reports-service.js';

export interface ReportsWiringDeps {
  store: JsonStore;
  tickets: TicketRepository;
  workflow: TicketWorkflowService;
  conversationRefs: ConversationRefRepository;
  language(userId: string): Language;
  adapter: ProactiveAdapter;
  botAppId: string;
  domain: DomainConfig;
  /** null: reports without charts. */
  charts: ChartPort | null;
  files: FileDeliveryPort;
  clock: Clock;
  timer: IntervalTimer;
  logger: Logger;
}

export interface ReportsWiring {
  feature: ReportsBotFeature;
  service: ReportsService;
  facts: ReportFactsProjection;
  job: ReportsMonthlyJob;
  register(router: CardActionRouter): void;
}

/** Reports for managers: the facts projection (hooked into every ticket change), questions, cards, exports, the monthly report. */
export function wireReports(d: ReportsWiringDeps): ReportsWiring {
  const logger = d.logger.child({ feature: 'reports' });
  const calendars = new SlaCalendars(d.domain);
  const sla = new SlaScheduleService(d.domain, calendars, new SlaEventRepository(d.store));
  const facts = new ReportFactsProjection({ store: d.store, tickets: d.tickets, clockFor: (t) => sla.clockFor(t), config: d.domain, logger });
  d.workflow.project((ticket) => facts.opsFor(ticket));
  const service = new ReportsService({
    facts, tickets: d.tickets, pages: new PageRepository(d.store), calendarOf: (org) => calendars.of(org), config: d.domain, clock: d.clock,
  });
  const view = new ReportView(d.domain, d.charts, logger);
  const contexts = new ReportContextRepository(d.store);
  const actions = new ReportsCardActions({ service, view, contexts, files: d.files, factOf: (t) => facts.factOf(t), logger });
  return {
    feature: new ReportsBotFeature({
      service, recognizer: new ReportQuestionRecognizer(d.domain), view, contexts, files: d.files, logger,
      slow: (query) => !facts.isLoaded || view.drawsCharts(query.kind),
    }),
    service,
    facts,
    job: new ReportsMonthlyJob({
      store: d.store, service, view, conversationRefs: d.conversationRefs, adapter: d.adapter, botAppId: d.botAppId, config: d.domain,
      calendar: calendars.of(d.domain.organisations[0]!.id), language: d.language, clock: d.clock, timer: d.timer, logger,
      intervalMs: d.domain.reports.tickSeconds * 1000,
    }),
    register: (router) => actions.register(router),
  };
}
