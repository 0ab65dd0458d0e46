import path from 'node:path';
import { DeliveredReportFileSink, DirectoryReportFileSink } from '../../services/oncall-report-file-sink.js';
import { OncallReportService } from '../../services/oncall-report-service.js';
import { OncallSwapService } from '../../services/oncall-swap-service.js';
import type { CapabilityModule, Platform } from '../capability-module.js';
import type { PagingModule } from '../paging/paging-module.js';
import { OncallCardActions } from './oncall-card-actions.js';
import { OncallFeature } from './oncall-feature.js';
import type { OncallRota } from './oncall-rota.js';
import { OncallSwapMessenger } from './oncall-swap-messenger.js';

export interface OncallModuleDeps {
  rota: OncallRota;
  /** Manual pages and "výzva PG-…" are on-call commands. */
  paging: PagingModule;
}

/** On-call duty: who is on call, my shifts, swaps (proposal card and its verbs), covers, the standby report (CSV under `<dataDir>/reports/`, also sent to who asked). */
export function oncallModule(p: Platform, d: OncallModuleDeps): CapabilityModule {
  const logger = p.logger.child({ feature: 'oncall' });
  const { rota, people, repository } = d.rota;
  const messenger = new OncallSwapMessenger({
    adapter: p.adapter, botAppId: p.botAppId, conversationRefs: p.conversationRefs, languages: p.languages, people, config: p.domain, logger,
  });
  const swaps = new OncallSwapService(rota, repository, messenger, p.domain.oncall.swapExpiresHours, logger);
  // the CSV is written for payroll on the server and offered to the person who asked (Teams file consent)
  const sink = new DeliveredReportFileSink(new DirectoryReportFileSink(path.join(p.dataDir, 'reports')), p.files, logger);
  const reports = new OncallReportService(p.domain, rota, people, d.paging.incidents, sink, logger);
  const actions = new OncallCardActions(swaps);
  return {
    name: 'oncall',
    feature: new OncallFeature({ rota, swaps, reports, people, paging: d.paging.paging, messenger: d.paging.messenger, config: p.domain }),
    registerCardActions: (router) => actions.register(router),
    jobs: [],
  };
}
