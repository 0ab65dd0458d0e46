import type { DomainConfig } from '../../config/domain-schema.js';
import type { Clock } from '../../services/ports.js';
import { previousMonth } from './contract-rules.js';
import { comparisonRow, estimateRow, organisationCost, type ComparisonRow, type OrganisationCost, type VendorCostFact } from './organisation-cost.js';
import { shareByUsers, standbyAllowance, type OncallShare, type StandbyKinds } from './oncall-allowance.js';
import type { TicketFactsRepository } from './ticket-facts-repository.js';
import type { VendorCalendars } from './vendor-month.js';
import type { VendorPeople } from './vendor-people.js';
import type { VendorRepository } from './vendor-repository.js';

const TREND_MONTHS = 6;

export type CostOutcome =
  | { kind: 'ok'; cost: OrganisationCost; trend: { month: string; total: number }[] }
  | { kind: 'forbidden' }
  | { kind: 'unknown' }
  | { kind: 'not-over'; month: string };

/** The rota's standby minutes of a month (on-call's standby report, summed over people). */
export interface StandbyPort {
  ofMonth(month: string): StandbyKinds<number>;
}

export type ComparisonOutcome = { kind: 'ok'; month: string; rows: ComparisonRow[] } | { kind: 'forbidden' } | { kind: 'not-over'; month: string };

/**
 * IT cost per organisation and the side-by-side comparison. The head of OIT sees every
 * organisation; an organisation's manager (config organisations[].managers) only their own.
 */
export class CostService {
  constructor(private readonly d: {
    repo: VendorRepository; facts: TicketFactsRepository; calendars: VendorCalendars; people: VendorPeople; config: DomainConfig; clock: Clock;
    standby: StandbyPort;
  }) {}

  /** The organisations whose costs the user may see. */
  visibleTo(userId: string): string[] {
    if (this.d.people.isHead(userId)) return this.d.config.organisations.map((o) => o.id);
    return this.d.config.organisations.filter((o) => o.managers.includes(userId)).map((o) => o.id);
  }

  defaultMonth(): string {
    return previousMonth(this.d.calendars.monthOf(this.d.clock.now()));
  }

  cost(userId: string, organisation: string, month: string): CostOutcome {
    if (!this.d.config.organisations.some((o) => o.id === organisation)) return { kind: 'unknown' };
    if (!this.visibleTo(userId).includes(organisation)) return { kind: 'forbidden' };
    if (this.notOver(month)) return { kind: 'not-over', month };
    const cost = this.of(organisation, month);
    const trend: { month: string; total: number }[] = [{ month, total: cost.total }];
    for (let m = previousMonth(month), i = 1; i < TREND_MONTHS; i++, m = previousMonth(m)) trend.unshift({ month: m, total: this.of(organisation, m).total });
    return { kind: 'ok', cost, trend };
  }

  /** Every served organisation side by side, and the candidates modelled from similar ones (estimates). Head of OIT only. */
  comparison(userId: string, month: string): ComparisonOutcome {
    if (!this.d.people.isHead(userId)) return { kind: 'forbidden' };
    if (this.notOver(month)) return { kind: 'not-over', month };
    const costs = this.d.config.organisations.map((o) => this.of(o.id, month));
    const rows = costs.map(comparisonRow);
    for (const c of this.d.config.costs.candidates) rows.push(estimateRow(c.id, c.users, costs.filter((x) => c.like.includes(x.organisation))));
    return { kind: 'ok', month, rows };
  }

  private of(organisation: string, month: string): OrganisationCost {
    const start = this.d.calendars.monthStart(month);
    const end = this.d.calendars.monthEnd(month);
    const [a, b] = [start.toISOString(), end.toISOString()];
    const vendor: VendorCostFact[] = [];
    for (const t of this.d.repo.allTasks()) {
      if (t.organisation !== organisation || !t.line || !t.approvedAt || t.approvedAt < a || t.approvedAt >= b) continue;
      vendor.push({ organisation: t.organisation, category: t.category ?? 'other', price: t.line.price, penalty: t.line.penalty });
    }
    const users = this.d.config.costs.users[organisation] ?? 0;
    return organisationCost(organisation, month, users, this.d.config.costs.oitHourlyRate, vendor, this.d.facts.factsOf(month, start, end), this.oncallShare(organisation, month));
  }

  /** The organisation's share of the allowance paid for the month's standby, by its users among all served organisations' users. */
  private oncallShare(organisation: string, month: string): OncallShare {
    const { users, standbyAllowance: perHour } = this.d.config.costs;
    const total = standbyAllowance(this.d.standby.ofMonth(month), perHour);
    const allUsers = Object.values(users).reduce((s, n) => s + n, 0);
    return { share: shareByUsers(total, users).get(organisation) ?? 0, total, users: users[organisation] ?? 0, allUsers };
  }

  private notOver(month: string): boolean {
    return this.d.clock.now().getTime() < this.d.calendars.monthEnd(month).getTime();
  }
}
