import type { FactTable } from './fact-table.js';
import type { RowMatcher } from './row-matcher.js';

/** New and closed tickets per month, and the backlog at each month's end (one walk over the facts). */
export interface MonthFlow { created: number; ended: number; backlogEnd: number }

/** `edges`: n + 1 month boundaries for n months. The same rules as `serviceFigures`, per month. Pure. */
export function monthFlow(table: FactTable, match: RowMatcher, edges: readonly number[]): MonthFlow[] {
  const n = edges.length - 1;
  const out: MonthFlow[] = Array.from({ length: n }, () => ({ created: 0, ended: 0, backlogEnd: 0 }));
  const delta = new Int32Array(n + 1);
  const c = table.col;
  const first = edges[0]!;
  const last = edges[n]!;
  for (let row = 0; row < table.size; row++) {
    const created = c.created[row]!;
    if (created >= last) continue;
    const ended = c.ended[row]!;
    if (ended < first || !match(row)) continue;
    const from = created < first ? 0 : monthIndex(edges, created);
    if (created >= first) out[from]!.created++;
    // in the backlog at the end of months from … until (exclusive): the month it ended in, or never
    const until = ended >= first && ended < last ? monthIndex(edges, ended) : n;
    if (ended >= first && ended < last) out[until]!.ended++;
    if (until > from) {
      delta[from]!++;
      delta[until]!--;
    }
  }
  let running = 0;
  for (let i = 0; i < n; i++) {
    running += delta[i]!;
    out[i]!.backlogEnd = running;
  }
  return out;
}

export function monthIndex(edges: readonly number[], t: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
