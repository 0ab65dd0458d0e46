import { SlaCalendars } from '../../services/sla-calendars.js';
import { PageRepository } from '../../store/page-repository.js';
import type { CapabilityModule, Platform } from '../capability-module.js';
import type { TicketsModule } from '../tickets/tickets-module.js';
import { ReportContextRepository } from './report-context-repository.js';
import { ReportFactsProjection } from './report-facts-projection.js';
import { ReportQuestionRecognizer } from './report-question-recognizer.js';
import { ReportView } from './report-view.js';
import { ReportsBotFeature } from './reports-bot-feature.js';
import { ReportsCardActions } from './reports-card-actions.js';
import { ReportsMonthlyJob } from './reports-monthly-job.js';
import { ReportsService } from './reports-service.js';

export interface ReportsModule extends CapabilityModule {
  readonly service: ReportsService;
  readonly facts: ReportFactsProjection;
  readonly job: ReportsMonthlyJob;
}

/** Reports for managers: the facts projection (kept with every ticket change), questions, cards, exports, the monthly report. */
export function reportsModule(p: Platform, d: { tickets: TicketsModule }): ReportsModule {
  const logger = p.logger.child({ feature: 'reports' });
  const calendars = new SlaCalendars(p.domain);
  const facts = new ReportFactsProjection({ store: p.store, tickets: d.tickets.repository, clockFor: (t) => d.tickets.sla.clockFor(t), config: p.domain, logger });
  d.tickets.workflow.project((ticket) => facts.opsFor(ticket));
  const service = new ReportsService({
    facts, tickets: d.tickets.repository, pages: new PageRepository(p.store), calendarOf: (org) => calendars.of(org), config: p.domain, clock: p.clock,
  });
  const view = new ReportView(p.domain, p.charts, logger);
  const contexts = new ReportContextRepository(p.store);
  const actions = new ReportsCardActions({ service, view, contexts, files: p.files, factOf: (t) => facts.factOf(t), logger });
  const job = new ReportsMonthlyJob({
    store: p.store, service, view, conversationRefs: p.conversationRefs, adapter: p.adapter, botAppId: p.botAppId, config: p.domain,
    calendar: calendars.of(p.domain.organisations[0]!.id), language: (id) => p.languages.current(id), clock: p.clock, timer: p.timer('reports'), logger,
    intervalMs: p.domain.reports.tickSeconds * 1000,
  });
  return {
    name: 'reports',
    feature: new ReportsBotFeature({
      service, recognizer: new ReportQuestionRecognizer(p.domain), view, contexts, files: p.files, logger,
      slow: (query) => !facts.isLoaded || view.drawsCharts(query.kind),
    }),
    registerCardActions: (router) => actions.register(router),
    jobs: [job],
    service,
    facts,
    job,
  };
}
