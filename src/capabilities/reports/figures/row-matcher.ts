import type { ReportFilter } from '../report-audience.js';
import type { Dimension, FactTable } from './fact-table.js';

export type RowMatcher = (row: number) => boolean;

const FILTER_DIMENSIONS: [keyof ReportFilter, Dimension][] = [
  ['organisation', 'organisation'], ['team', 'team'], ['vendor', 'vendor'], ['district', 'district'], ['priority', 'priority'], ['category', 'category'],
];

/** Rows of `table` that pass the filter and, when `teams` is given, are with one of those teams. */
export function rowMatcher(table: FactTable, filter: ReportFilter, teams: readonly string[] | null): RowMatcher {
  const checks: { codes: Uint8Array | Uint16Array; code: number }[] = [];
  for (const [key, dimension] of FILTER_DIMENSIONS) {
    const name = filter[key];
    if (name !== undefined) checks.push({ codes: table.codes(dimension), code: table.codeOf(dimension, name) });
  }
  const teamCodes = teams ? new Set(teams.map((t) => table.codeOf('team', t))) : null;
  const teamColumn = table.codes('team');
  return (row) => {
    for (const check of checks) if (check.codes[row] !== check.code) return false;
    return teamCodes === null || teamCodes.has(teamColumn[row]!);
  };
}

/** The p-th percentile (0–100) by the nearest-rank method; null for no values. */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
