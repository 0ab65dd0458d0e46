import type { Dimension, FactTable } from './fact-table.js';
import type { SlaGroup } from './period-figures.js';
import type { RowMatcher } from './row-matcher.js';
import { monthIndex } from './month-flow.js';

/** SLA met per month (and per group in each month): the trend, in one walk over the facts. */
export interface SlaMatrix {
  months: SlaGroup[];
  by: Record<string, SlaGroup[]>;
}

/** Counters per (group, month): response met, response total, resolution met, resolution total. */
const SLOTS = 4;

/**
 * `edges` are the month boundaries (n + 1 instants for n months). A deadline counts in the month
 * it falls in, by the same rule as `slaCompliance`. Counts go into one typed array indexed by the
 * group's code (names only at the end): 100,000 tickets in a few milliseconds. Pure.
 */
export function slaMatrix(table: FactTable, match: RowMatcher, edges: readonly number[], now: number, by: Dimension | null): SlaMatrix {
  const n = edges.length - 1;
  const groups = by ? table.codeCount(by) : 1;
  const counts = new Int32Array(groups * n * SLOTS);
  const codes = by ? table.codes(by) : null;
  const c = table.col;
  const first = edges[0]!;
  const last = edges[n]!;
  for (let row = 0; row < table.size; row++) {
    const rDue = c.responseDue[row]!;
    const sDue = c.resolutionDue[row]!;
    const rMet = c.responseMet[row]!;
    const sMet = c.resolutionMet[row]!;
    const rIn = rDue >= first && rDue < last && (rMet >= 0 || rDue <= now);
    const sIn = sDue >= first && sDue < last && (sMet >= 0 || sDue <= now);
    if ((!rIn && !sIn) || !match(row)) continue;
    const base = (codes ? codes[row]! : 0) * n;
    if (rIn) {
      const at = (base + monthIndex(edges, rDue)) * SLOTS;
      counts[at + 1]!++;
      if (rMet === 1) counts[at]!++;
    }
    if (sIn) {
      const at = (base + monthIndex(edges, sDue)) * SLOTS;
      counts[at + 3]!++;
      if (sMet === 1) counts[at + 2]!++;
    }
  }
  const out: SlaMatrix = { months: groupMonths(new Int32Array(n * SLOTS), n), by: {} };
  for (let g = 0; g < groups; g++) {
    const slice = counts.subarray(g * n * SLOTS, (g + 1) * n * SLOTS);
    for (let i = 0; i < slice.length; i++) out.months[Math.floor(i / SLOTS)]![i % SLOTS < 2 ? 'response' : 'resolution'][i % 2 === 0 ? 'met' : 'total'] += slice[i]!;
    if (by && slice.some((v) => v > 0)) out.by[table.nameOfCode(by, g) ?? ''] = groupMonths(slice, n);
  }
  return out;
}

function groupMonths(slice: Int32Array, n: number): SlaGroup[] {
  return Array.from({ length: n }, (_, m) => ({
    response: { met: slice[m * SLOTS]!, total: slice[m * SLOTS + 1]! },
    resolution: { met: slice[m * SLOTS + 2]!, total: slice[m * SLOTS + 3]! },
  }));
}
