import type { WorkCalendar } from '../calendar/work-calendar.js';

/** A period the SLA clock stood still (a waiting state); no `to` = still paused. */
export interface SlaPause {
  readonly from: Date;
  readonly to?: Date;
}

interface Span {
  readonly from: number;
  /** Infinity while the pause is open. */
  readonly to: number;
}

/**
 * The running time of one SLA clock: business time of `calendar` from `start`, minus the
 * business time spent in pauses. Pauses may overlap, touch or begin before `start`; they are
 * clipped and merged first. So a pause shifts a deadline by the business time it covered.
 */
export class SlaTimeline {
  private readonly spans: readonly Span[];

  constructor(
    private readonly calendar: WorkCalendar,
    private readonly start: Date,
    pauses: readonly SlaPause[] = [],
  ) {
    this.spans = mergeSpans(pauses, start.getTime());
  }

  /**
   * The instant when `budgetMinutes` of running time have been used; null when an open pause
   * begins before that (the deadline is unknown until the pause ends).
   */
  deadline(budgetMinutes: number): Date | null {
    return this.deadlines([budgetMinutes])[0] ?? null;
  }

  /** `deadline` of several budgets (ascending, e.g. [warning, breach]) in one walk. */
  deadlines(budgets: readonly number[]): (Date | null)[] {
    const result: (Date | null)[] = budgets.map(() => null);
    let cursor = this.start;
    let used = 0;
    let next = 0;
    const resolveUntil = (limit: number): void => {
      for (; next < budgets.length; next++) {
        const budget = budgets[next] ?? 0;
        const previous = next > 0 ? result[next - 1] : null;
        // An equal budget ends where the previous one did (adding 0 at 15:30 would jump to the next morning).
        const due = previous && budget <= used ? previous : this.calendar.addBusinessMinutes(cursor, Math.max(0, budget - used));
        if (due.getTime() > limit) return;
        result[next] = due;
        cursor = due;
        used = Math.max(used, budget);
      }
    };
    for (const span of this.spans) {
      if (span.from > cursor.getTime()) {
        resolveUntil(span.from);
        if (next === budgets.length) return result;
        used += this.calendar.businessMinutesBetween(cursor, new Date(span.from));
      }
      if (span.to === Infinity) return result;
      cursor = new Date(Math.max(cursor.getTime(), span.to));
    }
    resolveUntil(Infinity);
    return result;
  }

  /** Running (unpaused) business minutes from the start until `until` (0 before the start). */
  consumedMinutes(until: Date): number {
    const end = until.getTime();
    if (end <= this.start.getTime()) return 0;
    let total = this.calendar.businessMinutesBetween(this.start, until);
    for (const span of this.spans) {
      if (span.from >= end) break;
      total -= this.calendar.businessMinutesBetween(new Date(span.from), new Date(Math.min(span.to, end)));
    }
    return total;
  }

  /** Whether the clock stands still at `at`. */
  isPausedAt(at: Date): boolean {
    const t = at.getTime();
    return this.spans.some((span) => span.from <= t && t < span.to);
  }
}

function mergeSpans(pauses: readonly SlaPause[], start: number): Span[] {
  const spans = pauses
    .map((p) => ({ from: Math.max(p.from.getTime(), start), to: p.to ? p.to.getTime() : Infinity }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, span.to) };
    else merged.push(span);
  }
  return merged;
}
