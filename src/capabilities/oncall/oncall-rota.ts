import { OncallPeopleService } from '../../services/oncall-people-service.js';
import { OncallRotaService } from '../../services/oncall-rota-service.js';
import { OncallStandbyTotals } from '../../services/oncall-standby-totals.js';
import { RotaRepository } from '../../store/rota-repository.js';
import type { Platform } from '../capability-module.js';

/** The rota and the people on it: what on-call's commands and paging's escalation both read. */
export interface OncallRota {
  readonly rota: OncallRotaService;
  readonly people: OncallPeopleService;
  readonly repository: RotaRepository;
  /** A month's standby minutes of the whole rota (what its allowance is paid for). */
  readonly standby: OncallStandbyTotals;
}

export function oncallRota(p: Platform): OncallRota {
  const logger = p.logger.child({ feature: 'oncall' });
  const repository = new RotaRepository(p.store);
  const rota = new OncallRotaService(p.domain, repository, p.clock, logger);
  return { repository, rota, people: new OncallPeopleService(p.domain, p.directory, logger), standby: new OncallStandbyTotals(p.domain, rota) };
}
