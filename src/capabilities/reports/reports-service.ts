import type { DomainConfig } from '../../config/domain-schema.js';
import type { WorkCalendar } from '../../domain/calendar/work-calendar.js';
import { ZonedTime } from '../../domain/calendar/zoned-time.js';
import { workedMinutes, type Page } from '../../domain/paging/page.js';
import type { Ticket } from '../../domain/tickets/ticket.js';
import type { Clock } from '../../services/ports.js';
import { audienceOf, checkFilter, type ReportAudience, type ReportFilter } from './report-audience.js';
import type { Dimension, ExportRow, FactTable } from './figures/fact-table.js';
import { serviceFigures, slaCompliance, type ServiceFigures, type SlaCompliance } from './figures/period-figures.js';
import { boundsOf, monthAt, monthsOf, monthStart, addMonths, previousOf, type PeriodSpec, type YearMonth } from './figures/report-period.js';
import { rowMatcher, type RowMatcher } from './figures/row-matcher.js';
import { slaMatrix, type SlaMatrix } from './figures/sla-matrix.js';
import { monthFlow, type MonthFlow } from './figures/month-flow.js';
import { statusNow, type OpenList, type StatusNow } from './figures/status-figures.js';
import type { ReportKind } from './report-question-recognizer.js';

/** A complete report question (a follow-up merged into the last one). */
export interface ReportQuery {
  kind: ReportKind;
  period: PeriodSpec | null;
  by: Dimension | null;
  filter: ReportFilter;
  /** "Status now" shown as one of its lists of tickets (waiting on a vendor…) instead of the figures. */
  list?: OpenList;
}

export interface PageCount { pages: number; incidentHours: number }

interface Base { query: ReportQuery; audience: ReportAudience; at: number }
export type Report =
  | Base & { kind: 'status'; status: StatusNow; region: { open: number; breached: number } | null; list: TicketList | null }
  | Base & { kind: 'sla'; period: PeriodSpec; previous: PeriodSpec; sla: SlaCompliance; before: SlaCompliance; region: SlaCompliance | null }
  | Base & { kind: 'service'; period: PeriodSpec; previous: PeriodSpec; service: ServiceFigures; before: ServiceFigures; sla: SlaCompliance; slaBefore: SlaCompliance; pages: PageCount }
  | Base & { kind: 'trend'; period: PeriodSpec; months: YearMonth[]; matrix: SlaMatrix; flow: MonthFlow[]; running: boolean }
  | Base & { kind: 'breached'; period: PeriodSpec; tickets: ListedTicket[]; total: number };

/** A ticket in a list of a report (each opens its detail on a click). */
export interface ListedTicket { id: string; title: string; organisation: string | null; team: string | null; priority: string | null; created: number }
/** One of the lists of "status now": the first tickets (oldest first) and how many there are. */
export interface TicketList { which: OpenList; tickets: ListedTicket[]; total: number }

export type ReportOutcome =
  | { kind: 'report'; report: Report }
  | { kind: 'refused'; reason: 'not-a-manager' | 'other-organisation' | 'other-team'; audience: ReportAudience | null };

export interface ReportsServiceDeps {
  facts: { table(): Promise<FactTable> };
  tickets: { get(id: string): Ticket | undefined };
  pages: { openedBetween(from: Date, to: Date): Page[] };
  calendarOf(organisation: string | null): WorkCalendar;
  config: DomainConfig;
  clock: Clock;
}

const TICKET_LIST = 200;
const EXPORT_LIMIT = 200_000;
/** new, assigned, in-progress, waiting-requester, waiting-vendor come first in TICKET_STATUSES. */
const OPEN_STATUS_COUNT = 5;

/**
 * Answers report questions: who asks is checked first (from the Entra object id and config, for
 * every question, drill-down and export), then the figures are computed from the tickets' facts.
 */
export class ReportsService {
  readonly zone: ZonedTime;

  constructor(private readonly deps: ReportsServiceDeps) {
    this.zone = new ZonedTime(deps.config.timezone);
  }

  audience(userId: string): ReportAudience | null {
    return audienceOf(userId, this.deps.config);
  }

  today(): YearMonth {
    return monthAt(this.deps.clock.now().getTime(), this.zone);
  }

  /** The period a query runs over when it names none. */
  periodOf(query: ReportQuery): PeriodSpec {
    if (query.period) return query.period;
    const today = this.today();
    return query.kind === 'trend' ? { kind: 'months', ...today, count: 12 } : { kind: 'month', ...today };
  }

  async answer(userId: string, query: ReportQuery): Promise<ReportOutcome> {
    const audience = this.audience(userId);
    if (!audience) return { kind: 'refused', reason: 'not-a-manager', audience };
    const checked = checkFilter(audience, query.filter);
    if (!checked.ok) return { kind: 'refused', reason: checked.reason, audience };
    const table = await this.deps.facts.table();
    const match = rowMatcher(table, checked.filter, checked.teams);
    const region = audience.role === 'lead' ? rowMatcher(table, {}, null) : null;
    const base = { query: { ...query, filter: checked.filter }, audience, at: this.deps.clock.now().getTime() };
    return { kind: 'report', report: this.compute(table, match, region, base, checked.filter, checked.teams) };
  }

  private compute(table: FactTable, match: RowMatcher, region: RowMatcher | null, base: Base, filter: ReportFilter, teams: readonly string[] | null): Report {
    const { query, at } = base;
    const businessDays = (org: string | null, from: number, to: number) => {
      const calendar = this.deps.calendarOf(org);
      return calendar.businessMinutesBetween(new Date(from), new Date(to)) / calendar.businessDayMinutes;
    };
    if (query.kind === 'status') {
      const status = statusNow(table, match, at, query.by ?? 'status', businessDays);
      const whole = region ? statusNow(table, region, at, 'status', () => 0) : null;
      const list = query.list ? { which: query.list, tickets: this.listed(table, status[query.list].slice(0, TICKET_LIST)), total: status[query.list].length } : null;
      return { ...base, kind: 'status', status, region: whole ? { open: whole.open, breached: whole.breached.length } : null, list };
    }
    const period = this.periodOf(query);
    const bounds = boundsOf(period, this.zone);
    const previous = previousOf(period);
    const before = boundsOf(previous, this.zone);
    if (query.kind === 'sla') {
      const sla = slaCompliance(table, match, bounds, at, query.by);
      return { ...base, kind: 'sla', period, previous, sla, before: slaCompliance(table, match, before, at, null), region: region ? slaCompliance(table, region, bounds, at, null) : null };
    }
    if (query.kind === 'service') {
      return {
        ...base, kind: 'service', period, previous, service: serviceFigures(table, match, bounds), before: serviceFigures(table, match, before),
        sla: slaCompliance(table, match, bounds, at, null), slaBefore: slaCompliance(table, match, before, at, null), pages: this.pages(bounds, filter, teams),
      };
    }
    if (query.kind === 'trend') {
      const months = monthsOf(period);
      const edges = [...months.map((m) => monthStart(m, this.zone)), monthStart(addMonths(months[months.length - 1]!, 1), this.zone)];
      const today = this.today();
      const last = months[months.length - 1]!;
      const running = last.year === today.year && last.month === today.month; // its figures are not final yet
      return { ...base, kind: 'trend', period, months, matrix: slaMatrix(table, match, edges, at, query.by), flow: monthFlow(table, match, edges), running };
    }
    const breached = slaCompliance(table, match, bounds, at, null).breached;
    return { ...base, kind: 'breached', period, tickets: this.listed(table, breached.slice(0, TICKET_LIST)), total: breached.length };
  }

  private listed(table: FactTable, ids: string[]): ListedTicket[] {
    const wanted = new Set(ids);
    const rows = new Map<string, number>();
    for (let row = 0; row < table.size; row++) if (wanted.has(table.ids[row]!)) rows.set(table.ids[row]!, row);
    return ids.map((id) => {
      const row = rows.get(id)!;
      return {
        id, title: this.deps.tickets.get(id)?.title ?? id, organisation: table.nameOf('organisation', row), team: table.nameOf('team', row),
        priority: table.nameOf('priority', row), created: table.col.created[row]!,
      };
    }).sort((a, b) => a.created - b.created);
  }

  /** On-call pages opened in the period and hours from acknowledgement to resolution, in the audience's part. */
  private pages(bounds: { from: number; to: number }, filter: ReportFilter, teams: readonly string[] | null): PageCount {
    const pages = this.deps.pages.openedBetween(new Date(bounds.from), new Date(bounds.to))
      .filter((p) => (!filter.organisation || p.organisation === filter.organisation) && (!teams || teams.includes(p.teamId)));
    return { pages: pages.length, incidentHours: pages.reduce((sum, p) => sum + workedMinutes(p), 0) / 60 };
  }

  /**
   * The tickets behind a report, for its export: the open ones (status now), or those whose SLA
   * deadline fell in the period, or that were created or closed in it; the same audience rules.
   */
  async exportRows(userId: string, query: ReportQuery): Promise<ExportRow[] | null> {
    const audience = this.audience(userId);
    const checked = audience ? checkFilter(audience, query.filter) : null;
    if (!checked?.ok) return null;
    const table = await this.deps.facts.table();
    const match = rowMatcher(table, checked.filter, checked.teams);
    const c = table.col;
    const out: ExportRow[] = [];
    const { from, to } = query.kind === 'status' ? { from: 0, to: 0 } : boundsOf(this.periodOf(query), this.zone);
    const inside = (t: number) => t >= from && t < to;
    for (let row = 0; row < table.size && out.length < EXPORT_LIMIT; row++) {
      const keep = query.kind === 'status'
        ? Number.isNaN(c.ended[row]!) && c.status[row]! < OPEN_STATUS_COUNT
        : inside(c.responseDue[row]!) || inside(c.resolutionDue[row]!) || inside(c.created[row]!) || inside(c.ended[row]!);
      if (keep && match(row)) out.push(table.row(row));
    }
    return out.sort((a, b) => a.created - b.created);
  }

  /** The ticket behind a drill-down, when it belongs to what this user may see (else undefined). */
  async ticketFor(userId: string, id: string): Promise<Ticket | undefined> {
    const audience = this.audience(userId);
    const ticket = audience ? this.deps.tickets.get(id) : undefined;
    if (!audience || !ticket) return undefined;
    if (audience.role === 'organisation') return ticket.organisation === audience.organisation ? ticket : undefined;
    if (audience.role === 'lead') return ticket.team && audience.teams.includes(ticket.team) ? ticket : undefined;
    return ticket;
  }
}
