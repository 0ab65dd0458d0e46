import path from 'node:path';
import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import { OncallPeopleService } from '../services/oncall-people-service.js';
import { DeliveredReportFileSink, DirectoryReportFileSink } from '../services/oncall-report-file-sink.js';
import type { FileDeliveryPort } from '../services/file-delivery-port.js';
import { OncallReportService } from '../services/oncall-report-service.js';
import { OncallRotaService } from '../services/oncall-rota-service.js';
import { OncallSwapService } from '../services/oncall-swap-service.js';
import type { Clock, DirectoryPort } from '../services/ports.js';
import { PagingService } from '../services/paging-service.js';
import type { BackgroundTasks } from '../services/background-tasks.js';
import { PagingIncidentWork } from '../services/paging-incident-work.js';
import { SlaCalendars } from '../services/sla-calendars.js';
import type { TicketWorkflowService } from '../services/ticket-workflow-service.js';
import type { GraphMailer } from '../graph/graph-mailer.js';
import { PagingScheduler } from '../jobs/paging-scheduler.js';
import type { IntervalTimer } from '../jobs/interval-job.js';
import { PageRepository } from '../store/page-repository.js';
import type { ConversationRefRepository } from '../store/conversation-ref-repository.js';
import type { JsonStore } from '../store/json-store.js';
import { RotaRepository } from '../store/rota-repository.js';
import type { ProactiveAdapter } from './proactive.js';
import type { CardActionRouter } from './card-action-router.js';
import type { LanguageResolver } from './language-resolver.js';
import { OncallCardActions } from './oncall-card-actions.js';
import { OncallFeature } from './oncall-feature.js';
import { OncallSwapMessenger } from './oncall-swap-messenger.js';
import { PageMessenger } from './page-messenger.js';
import { PagingCardActions } from './paging-card-actions.js';

export interface OncallWiringDeps {
  store: JsonStore;
  directory: DirectoryPort;
  conversationRefs: ConversationRefRepository;
  languages: LanguageResolver;
  adapter: ProactiveAdapter;
  botAppId: string;
  domain: DomainConfig;
  /** CSV exports go to `<dataDir>/reports/`. */
  dataDir: string;
  clock: Clock;
  logger: Logger;
  /** The ticket workflow: P1 tickets outside business hours page, acknowledging takes the ticket. */
  workflow: TicketWorkflowService;
  /** The fallback email of a paging chain (null: no mailbox, a mail step counts as undelivered). */
  mailer: GraphMailer | null;
  /** The paging scheduler's timer (tests fire its ticks by hand). */
  timer: IntervalTimer;
  background: BackgroundTasks;
  /** Delivers the standby report CSV to the person who asked (Teams file consent); without it the file stays on the server only. */
  files?: FileDeliveryPort;
}

export interface OncallWiring {
  feature: OncallFeature;
  rota: OncallRotaService;
  paging: PagingService;
  /** Pages received and incident hours for the standby report. */
  incidents: PagingIncidentWork;
  scheduler: PagingScheduler;
  register(router: CardActionRouter): void;
}

/** Builds the on-call feature's graph (repository → services → feature, card actions); called by compose.ts. */
export function wireOncallFeature(d: OncallWiringDeps): OncallWiring {
  const logger = d.logger.child({ feature: 'oncall' });
  const repository = new RotaRepository(d.store);
  const rota = new OncallRotaService(d.domain, repository, d.clock, logger);
  const people = new OncallPeopleService(d.domain, d.directory, logger);
  const messenger = new OncallSwapMessenger({
    adapter: d.adapter, botAppId: d.botAppId, conversationRefs: d.conversationRefs, languages: d.languages, people, config: d.domain, logger,
  });
  const swaps = new OncallSwapService(rota, repository, messenger, d.domain.oncall.swapExpiresHours, logger);
  const pageMessenger = new PageMessenger({
    adapter: d.adapter, botAppId: d.botAppId, conversationRefs: d.conversationRefs, languages: d.languages, people, mailer: d.mailer,
    config: d.domain, clock: d.clock, logger,
  });
  const pages = new PageRepository(d.store);
  const paging = new PagingService({
    pages, rota, workflow: d.workflow, calendars: new SlaCalendars(d.domain), delivery: pageMessenger,
    config: d.domain, clock: d.clock, logger, background: d.background,
  });
  d.workflow.subscribe(paging);
  const incidents = new PagingIncidentWork(pages);
  const directory = new DirectoryReportFileSink(path.join(d.dataDir, 'reports'));
  const sink = d.files ? new DeliveredReportFileSink(directory, d.files, logger) : directory;
  const reports = new OncallReportService(d.domain, rota, people, incidents, sink, logger);
  const actions = new OncallCardActions(swaps);
  const pageActions = new PagingCardActions(paging, pageMessenger);
  return {
    feature: new OncallFeature({ rota, swaps, reports, people, paging, messenger: pageMessenger, config: d.domain }),
    rota,
    paging,
    incidents,
    scheduler: new PagingScheduler({ steps: paging, clock: d.clock, timer: d.timer, logger, intervalMs: d.domain.oncall.tickSeconds * 1000 }),
    register: (router) => {
      actions.register(router);
      pageActions.register(router);
    },
  };
}
