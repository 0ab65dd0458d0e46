import type { ZonedTime } from '../../../domain/calendar/zoned-time.js';

/** A reporting period, always absolute (relative words are resolved when the question is read). */
export type PeriodSpec =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'year'; year: number }
  /** Whole local days, both inclusive: "YYYY-MM-DD". */
  | { kind: 'range'; from: string; to: string }
  /** `count` months ending with (and including) year-month. */
  | { kind: 'months'; year: number; month: number; count: number };

export interface YearMonth { year: number; month: number }

/** Months of a period, in order (a range: the months it touches). */
export function monthsOf(p: PeriodSpec): YearMonth[] {
  switch (p.kind) {
    case 'month': return [{ year: p.year, month: p.month }];
    case 'quarter': return monthsEnding({ year: p.year, month: p.quarter * 3 }, 3);
    case 'year': return monthsEnding({ year: p.year, month: 12 }, 12);
    case 'months': return monthsEnding({ year: p.year, month: p.month }, p.count);
    case 'range': {
      const [a, b] = [parseDay(p.from), parseDay(p.to)];
      const count = (b.year - a.year) * 12 + b.month - a.month + 1;
      return monthsEnding({ year: b.year, month: b.month }, Math.max(1, count));
    }
  }
}

export function monthsEnding(last: YearMonth, count: number): YearMonth[] {
  const out: YearMonth[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(addMonths(last, -i));
  return out;
}

export function addMonths(ym: YearMonth, n: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The period's instants [from, to) in the zone: local midnights (DST-correct). */
export function boundsOf(p: PeriodSpec, zone: ZonedTime): { from: number; to: number } {
  if (p.kind === 'range') {
    const a = parseDay(p.from);
    const b = parseDay(p.to);
    const next = new Date(Date.UTC(b.year, b.month - 1, b.day + 1));
    return {
      from: zone.toInstant({ ...a, hour: 0, minute: 0 }).getTime(),
      to: zone.toInstant({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 }).getTime(),
    };
  }
  const months = monthsOf(p);
  return { from: monthStart(months[0]!, zone), to: monthStart(addMonths(months[months.length - 1]!, 1), zone) };
}

export function monthStart(ym: YearMonth, zone: ZonedTime): number {
  return zone.toInstant({ year: ym.year, month: ym.month, day: 1, hour: 0, minute: 0 }).getTime();
}

/** The period just before, of the same kind and length (for "↑ 4 p.b. proti říjnu"). */
export function previousOf(p: PeriodSpec): PeriodSpec {
  switch (p.kind) {
    case 'month': return { kind: 'month', ...addMonths(p, -1) };
    case 'quarter': return p.quarter === 1 ? { kind: 'quarter', year: p.year - 1, quarter: 4 } : { kind: 'quarter', year: p.year, quarter: p.quarter - 1 };
    case 'year': return { kind: 'year', year: p.year - 1 };
    case 'months': return { kind: 'months', ...addMonths(p, -p.count), count: p.count };
    case 'range': {
      const a = Date.UTC(...ymd(parseDay(p.from)));
      const b = Date.UTC(...ymd(parseDay(p.to)));
      const days = Math.round((b - a) / 86_400_000) + 1;
      return { kind: 'range', from: isoDay(a - days * 86_400_000), to: isoDay(a - 86_400_000) };
    }
  }
}

/** The local month containing an instant. */
export function monthAt(at: number, zone: ZonedTime): YearMonth {
  const { year, month } = zone.wallTime(at);
  return { year, month };
}

export function parseDay(s: string): { year: number; month: number; day: number } {
  const [year, month, day] = s.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

function ymd(d: { year: number; month: number; day: number }): [number, number, number] {
  return [d.year, d.month - 1, d.day];
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isPeriodSpec(value: unknown): value is PeriodSpec {
  if (!value || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  const int = (v: unknown, min: number, max: number) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
  const day = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(v);
  switch (p.kind) {
    case 'month': return int(p.year, 2000, 2100) && int(p.month, 1, 12);
    case 'quarter': return int(p.year, 2000, 2100) && int(p.quarter, 1, 4);
    case 'year': return int(p.year, 2000, 2100);
    case 'months': return int(p.year, 2000, 2100) && int(p.month, 1, 12) && int(p.count, 1, 36);
    case 'range': return day(p.from) && day(p.to) && (p.from as string) <= (p.to as string);
    default: return false;
  }
}
