/** One section of the reliability report: a table, and what failed (empty when it passed). */
export type FaultSection = { title: string; header: string[]; rows: string[][]; failures: string[] };
