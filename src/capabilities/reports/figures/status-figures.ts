import { isOpen, TICKET_STATUSES } from '../../../domain/tickets/ticket-lifecycle.js';
import type { Dimension, FactTable } from './fact-table.js';
import type { RowMatcher } from './row-matcher.js';

/** Age bands of open tickets, in business days of the requester's organisation. */
export const AGE_BANDS = ['0-1', '2-5', '6-10', '11-30', '31+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(businessDays: number): AgeBand {
  const days = Math.ceil(businessDays - 1e-9);
  if (days <= 1) return '0-1';
  if (days <= 5) return '2-5';
  if (days <= 10) return '6-10';
  if (days <= 30) return '11-30';
  return '31+';
}

/** Business days from `from` to `to` on the organisation's calendar (injected: figures stay pure). */
export type BusinessDays = (organisation: string | null, from: number, to: number) => number;

/** The figures of "status now" that are lists of tickets (each shown on a click). */
export const OPEN_LISTS = ['breached', 'atRisk', 'unassigned', 'waitingRequester', 'waitingVendor'] as const;
export type OpenList = (typeof OPEN_LISTS)[number];

export interface StatusNow extends Record<OpenList, string[]> {
  open: number;
  by: Record<string, number>;
  ages: Record<AgeBand, number>;
  /** Not taken by anyone yet. */
  unassigned: string[];
  /** Waiting on the requester. */
  waitingRequester: string[];
  /** Waiting on a vendor (handed to the district's vendor or a supplier). */
  waitingVendor: string[];
  /** Open, resolution clock past its warning share and not yet breached. */
  atRisk: string[];
  /** Open, and the response or resolution deadline has passed. */
  breached: string[];
  /** The oldest open tickets, oldest first. */
  oldest: { id: string; created: number }[];
}

const OLDEST = 5;
const WAITING_REQUESTER = TICKET_STATUSES.indexOf('waiting-requester');
const WAITING_VENDOR = TICKET_STATUSES.indexOf('waiting-vendor');
const OPEN_CODES = new Set(TICKET_STATUSES.filter(isOpen).map((s) => TICKET_STATUSES.indexOf(s)));

/** The backlog as it is at `now`, grouped by `by`. Pure. */
export function statusNow(table: FactTable, match: RowMatcher, now: number, by: Dimension, businessDays: BusinessDays): StatusNow {
  const c = table.col;
  const out: StatusNow = {
    open: 0, by: {}, ages: { '0-1': 0, '2-5': 0, '6-10': 0, '11-30': 0, '31+': 0 }, unassigned: [], waitingRequester: [], waitingVendor: [], atRisk: [], breached: [], oldest: [],
  };
  for (let row = 0; row < table.size; row++) {
    if (!OPEN_CODES.has(c.status[row]!) || !match(row)) continue;
    out.open++;
    const key = table.nameOf(by, row) ?? '';
    out.by[key] = (out.by[key] ?? 0) + 1;
    out.ages[ageBand(businessDays(table.nameOf('organisation', row), c.created[row]!, now))]++;
    const id = table.ids[row]!;
    if (!c.assigned[row]) out.unassigned.push(id);
    if (c.status[row] === WAITING_REQUESTER) out.waitingRequester.push(id);
    if (c.status[row] === WAITING_VENDOR) out.waitingVendor.push(id);
    const responseLate = Number.isNaN(c.responded[row]!) && c.responseDue[row]! <= now;
    const resolutionLate = c.resolutionDue[row]! <= now;
    if (responseLate || resolutionLate) out.breached.push(id);
    else if (c.resolutionWarn[row]! <= now) out.atRisk.push(id);
    out.oldest.push({ id, created: c.created[row]! });
    if (out.oldest.length > OLDEST * 4) trimOldest(out.oldest);
  }
  trimOldest(out.oldest);
  return out;
}

function trimOldest(list: { id: string; created: number }[]): void {
  list.sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
  list.length = Math.min(list.length, OLDEST);
}
