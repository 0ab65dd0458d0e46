import path from 'node:path';
import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import { OncallPeopleService } from '../services/oncall-people-service.js';
import { DirectoryReportFileSink } from '../services/oncall-report-file-sink.js';
import { NO_INCIDENT_WORK, OncallReportService, type IncidentWorkPort } from '../services/oncall-report-service.js';
import { OncallRotaService } from '../services/oncall-rota-service.js';
import { OncallSwapService } from '../services/oncall-swap-service.js';
import type { Clock, DirectoryPort } from '../services/ports.js';
import type { ConversationRefRepository } from '../store/conversation-ref-repository.js';
import type { JsonStore } from '../store/json-store.js';
import { RotaRepository } from '../store/rota-repository.js';
import type { ProactiveAdapter } from './account-proactive-messenger.js';
import type { CardActionRouter } from './card-action-router.js';
import type { LanguageResolver } from './language-resolver.js';
import { OncallCardActions } from './oncall-card-actions.js';
import { OncallFeature } from './oncall-feature.js';
import { OncallSwapMessenger } from './oncall-swap-messenger.js';

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
  /** Pages and incident work from paging; none until paging exists. */
  incidents?: IncidentWorkPort;
}

export interface OncallWiring {
  feature: OncallFeature;
  rota: OncallRotaService;
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
  const reports = new OncallReportService(d.domain, rota, people, d.incidents ?? NO_INCIDENT_WORK,
    new DirectoryReportFileSink(path.join(d.dataDir, 'reports')), logger);
  const actions = new OncallCardActions(swaps);
  return {
    feature: new OncallFeature({ rota, swaps, reports, people, config: d.domain }),
    rota,
    register: (router) => actions.register(router),
  };
}
