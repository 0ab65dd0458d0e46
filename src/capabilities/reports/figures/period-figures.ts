import { TICKET_STATUSES } from '../../../domain/tickets/ticket-lifecycle.js';
import type { Dimension, FactTable } from './fact-table.js';
import { percentile, type RowMatcher } from './row-matcher.js';

export interface Bounds { from: number; to: number }

/** Met of total; `pct` is null when nothing was due. */
export interface Share { met: number; total: number }

export interface SlaGroup { response: Share; resolution: Share }

export interface SlaCompliance extends SlaGroup {
  by: Record<string, SlaGroup>;
  /** Tickets whose response or resolution deadline in the period was missed. */
  breached: string[];
}

export function pct(share: Share): number | null {
  return share.total ? (100 * share.met) / share.total : null;
}

/**
 * SLA met % of a period: a ticket counts for a clock when that clock's deadline falls in the period
 * (and has passed, or the clock stopped): met when it stopped by the deadline, breached when it
 * stopped later or still runs past it. Pure.
 */
export function slaCompliance(table: FactTable, match: RowMatcher, period: Bounds, now: number, by: Dimension | null): SlaCompliance {
  const c = table.col;
  const out: SlaCompliance = { response: share(), resolution: share(), by: {}, breached: [] };
  for (let row = 0; row < table.size; row++) {
    const r = verdict(c.responseDue[row]!, c.responseMet[row]!, period, now);
    const s = verdict(c.resolutionDue[row]!, c.resolutionMet[row]!, period, now);
    if (r === null && s === null) continue;
    if (!match(row)) continue;
    const group = by ? (out.by[table.nameOf(by, row) ?? ''] ??= { response: share(), resolution: share() }) : null;
    if (r !== null) count(r, out.response, group?.response);
    if (s !== null) count(s, out.resolution, group?.resolution);
    if (r === false || s === false) out.breached.push(table.ids[row]!);
  }
  return out;
}

/** true met, false breached, null: not counted in this period. */
function verdict(due: number, met: number, period: Bounds, now: number): boolean | null {
  if (!(due >= period.from && due < period.to)) return null;
  if (met >= 0) return met === 1;
  return due <= now ? false : null;
}

function share(): Share {
  return { met: 0, total: 0 };
}

function count(met: boolean, total: Share, group: Share | undefined): void {
  total.total++;
  if (met) total.met++;
  if (group) {
    group.total++;
    if (met) group.met++;
  }
}

export interface ServiceFigures {
  created: number;
  ended: number;
  /** Open at the end of the period (created before its end, not ended by then). */
  backlogEnd: number;
  backlogStart: number;
  mtta: { median: number | null; p90: number | null };
  mttr: { median: number | null; p90: number | null };
  resolved: number;
  firstAssignment: Share;
  reopened: Share;
  csat: { average: number | null; rated: number; distribution: number[] };
  topCategories: { category: string; count: number }[];
  selfService: number;
  workedMinutes: number;
}

const RESOLVED = new Set(['resolved', 'closed'].map((s) => TICKET_STATUSES.indexOf(s as 'resolved')));

/** Volume, backlog, MTTA/MTTR (the SLA clock's minutes), first-assignment and reopen shares, CSAT, categories. Pure. */
export function serviceFigures(table: FactTable, match: RowMatcher, period: Bounds): ServiceFigures {
  const c = table.col;
  const inPeriod = (t: number) => t >= period.from && t < period.to;
  const response: number[] = [];
  const resolution: number[] = [];
  const categories: Record<string, number> = {};
  const out: ServiceFigures = {
    created: 0, ended: 0, backlogEnd: 0, backlogStart: 0, mtta: { median: null, p90: null }, mttr: { median: null, p90: null }, resolved: 0,
    firstAssignment: share(), reopened: share(), csat: { average: null, rated: 0, distribution: [0, 0, 0, 0, 0] }, topCategories: [], selfService: 0, workedMinutes: 0,
  };
  let ratingSum = 0;
  for (let row = 0; row < table.size; row++) {
    const created = c.created[row]!;
    if (created >= period.to || !match(row)) continue;
    const ended = c.ended[row]!;
    // NaN (still open) compares false: open at both ends
    if (!(ended < period.to)) out.backlogEnd++;
    if (created < period.from && !(ended < period.from)) out.backlogStart++;
    if (inPeriod(created)) {
      out.created++;
      const category = table.nameOf('category', row) ?? '';
      categories[category] = (categories[category] ?? 0) + 1;
    }
    if (inPeriod(c.responded[row]!)) response.push(c.responseMinutes[row]!);
    if (!inPeriod(ended)) continue;
    out.ended++;
    if (!RESOLVED.has(c.status[row]!)) continue;
    out.resolved++;
    resolution.push(c.resolutionMinutes[row]!);
    count(c.firstTeamResolved[row] === 1, out.firstAssignment, undefined);
    count(c.reopens[row]! > 0, out.reopened, undefined);
    if (c.selfService[row]) out.selfService++;
    out.workedMinutes += c.workedMinutes[row]!;
    const rating = c.rating[row]!;
    if (rating) {
      out.csat.rated++;
      out.csat.distribution[rating - 1]!++;
      ratingSum += rating;
    }
  }
  out.mtta = { median: percentile(response, 50), p90: percentile(response, 90) };
  out.mttr = { median: percentile(resolution, 50), p90: percentile(resolution, 90) };
  out.csat.average = out.csat.rated ? ratingSum / out.csat.rated : null;
  out.topCategories = Object.entries(categories).map(([category, n]) => ({ category, count: n })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)).slice(0, 5);
  return out;
}
