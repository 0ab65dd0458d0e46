import { AlertEndpoint } from '../../alert-endpoint.js';
import type { GraphMailer } from '../../graph/graph-mailer.js';
import { PagingScheduler } from '../../jobs/paging-scheduler.js';
import { PagingIncidentWork } from '../../services/paging-incident-work.js';
import { PagingService } from '../../services/paging-service.js';
import { SlaCalendars } from '../../services/sla-calendars.js';
import { PageRepository } from '../../store/page-repository.js';
import type { CapabilityModule, Platform } from '../capability-module.js';
import type { OncallRota } from '../oncall/oncall-rota.js';
import type { TicketsModule } from '../tickets/tickets-module.js';
import { PageMessenger } from './page-messenger.js';
import { PagingCardActions } from './paging-card-actions.js';

export interface PagingModuleDeps {
  rota: OncallRota;
  tickets: TicketsModule;
  /** The fallback email of a paging chain (null: no mailbox, a mail step counts as undelivered). */
  mailer: GraphMailer | null;
  /** Bearer token of POST /api/alerts (none: the endpoint answers 503). */
  alertsToken: string | undefined;
}

export interface PagingModule extends CapabilityModule {
  readonly paging: PagingService;
  readonly messenger: PageMessenger;
  /** Pages received and incident hours, for the standby report. */
  readonly incidents: PagingIncidentWork;
  /** POST /api/alerts: monitoring → ticket and page. */
  readonly alerts: AlertEndpoint;
}

/**
 * Paging the on-call: pages opened by P1 tickets outside business hours, by people or by
 * monitoring alerts; alert cards and their verbs; the escalation chain's scheduler. Its commands
 * ("zavolej pohotovost", "výzva PG-…") share on-call's vocabulary and are recognised there.
 */
export function pagingModule(p: Platform, d: PagingModuleDeps): PagingModule {
  const logger = p.logger.child({ feature: 'oncall' });
  const messenger = new PageMessenger({
    adapter: p.adapter, botAppId: p.botAppId, conversationRefs: p.conversationRefs, languages: p.languages, people: d.rota.people, mailer: d.mailer,
    config: p.domain, clock: p.clock, logger,
  });
  const pages = new PageRepository(p.store);
  const paging = new PagingService({
    pages, rota: d.rota.rota, workflow: d.tickets.workflow, calendars: new SlaCalendars(p.domain), delivery: messenger,
    config: p.domain, clock: p.clock, logger, background: p.background,
  });
  d.tickets.workflow.subscribe(paging);
  const actions = new PagingCardActions(paging, messenger);
  return {
    name: 'paging',
    paging,
    messenger,
    incidents: new PagingIncidentWork(pages),
    alerts: new AlertEndpoint({ paging, tickets: d.tickets.service, config: p.domain, token: d.alertsToken, logger: p.logger.child({ feature: 'alerts' }) }),
    feature: null,
    registerCardActions: (router) => actions.register(router),
    jobs: [new PagingScheduler({ steps: paging, clock: p.clock, timer: p.timer('paging'), logger, intervalMs: p.domain.oncall.tickSeconds * 1000 })],
  };
}
