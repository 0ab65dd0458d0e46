import type { Dimension, FactTable } from './fact-table.js';
import type { SlaGroup } from './period-figures.js';
import type { RowMatcher } from './row-matcher.js';
import { monthIndex } from './month-flow.js';

/** SLA met per month (and per group in each month): the trend, in one walk over the facts. */
export interface SlaMatrix {
  months: SlaGroup[];
  by: Record<string, SlaGroup[]>;
}

/**
 * `edges` are the month boundaries (n + 1 instants for n months). A deadline counts in the month
 * it falls in, by the same rule as `slaCompliance`. Pure.
 */
export function slaMatrix(table: FactTable, match: RowMatcher, edges: readonly number[], now: number, by: Dimension | null): SlaMatrix {
  const n = edges.length - 1;
  const fresh = (): SlaGroup[] => Array.from({ length: n }, () => ({ response: { met: 0, total: 0 }, resolution: { met: 0, total: 0 } }));
  const out: SlaMatrix = { months: fresh(), by: {} };
  const c = table.col;
  const first = edges[0]!;
  const last = edges[n]!;
  const add = (due: number, met: number, row: number, stage: 'response' | 'resolution'): void => {
    if (!(due >= first && due < last)) return;
    if (met < 0 && due > now) return;
    if (!match(row)) return;
    const m = monthIndex(edges, due);
    const ok = met === 1;
    const total = out.months[m]![stage];
    total.total++;
    if (ok) total.met++;
    if (by) {
      const group = (out.by[table.nameOf(by, row) ?? ''] ??= fresh())[m]![stage];
      group.total++;
      if (ok) group.met++;
    }
  };
  for (let row = 0; row < table.size; row++) {
    add(c.responseDue[row]!, c.responseMet[row]!, row, 'response');
    add(c.resolutionDue[row]!, c.resolutionMet[row]!, row, 'resolution');
  }
  return out;
}
