/** One line of the benchmark table: what was measured, the figure, the target, and whether it holds. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean;
}
