import { MINUTE_MS, fromEpochDay, isoWeekdayOfEpochDay, formatCivilDate, toEpochDay } from '../calendar/civil-date.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import type { ZonedTime } from '../calendar/zoned-time.js';

/** Standby time of one person in one month, in minutes, by kind. Working time (business hours) is not standby. */
export interface StandbyMinutes {
  /** Working days (not holidays) outside working hours: evenings, nights, early mornings. */
  readonly weekdayNight: number;
  /** Whole non-working weekdays (Saturday, Sunday) that are not public holidays. */
  readonly weekend: number;
  /** Whole public holidays, whatever the weekday (a holiday on a Sunday counts as a holiday). */
  readonly holiday: number;
  /** Scheduled time inside working hours: on duty anyway, not paid as standby. */
  readonly workingTime: number;
}

export interface Interval {
  readonly start: Date;
  readonly end: Date;
}

export interface StandbyCalculatorOptions {
  readonly zone: ZonedTime;
  /** Working hours on working days, holidays excluded (a BusinessCalendar). */
  readonly calendar: WorkCalendar;
  /** ISO weekdays that are working days (1 = Monday). */
  readonly workingDays: readonly number[];
  /** Public holidays of a year, "YYYY-MM-DD". */
  readonly holidays: (year: number) => readonly string[];
}

/** Splits scheduled on-call time into payroll kinds, day by local day (23- and 25-hour days included). */
export class StandbyCalculator {
  constructor(private readonly options: StandbyCalculatorOptions) {}

  /** [first instant of the month, first instant of the next month) in the zone. */
  monthBounds(year: number, month: number): Interval {
    const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
    return { start: this.dayStart(toEpochDay({ year, month, day: 1 })), end: this.dayStart(toEpochDay(next)) };
  }

  /** The union of the intervals within the month, split by kind. Overlaps (two teams at once) count once. */
  forMonth(intervals: readonly Interval[], year: number, month: number): StandbyMinutes {
    const bounds = this.monthBounds(year, month);
    const merged = union(intervals, bounds);
    const totals = { weekdayNight: 0, weekend: 0, holiday: 0, workingTime: 0 };
    const firstDay = toEpochDay({ year, month, day: 1 });
    for (let day = firstDay; this.dayStart(day).getTime() < bounds.end.getTime(); day++) {
      this.addDay(day, merged, totals);
    }
    return totals;
  }

  private addDay(epochDay: number, merged: readonly Interval[], totals: { -readonly [K in keyof StandbyMinutes]: number }): void {
    const start = this.dayStart(epochDay).getTime();
    const end = this.dayStart(epochDay + 1).getTime();
    const date = fromEpochDay(epochDay);
    const holiday = this.options.holidays(date.year).includes(formatCivilDate(date));
    const working = this.options.workingDays.includes(isoWeekdayOfEpochDay(epochDay));
    for (const interval of merged) {
      const a = Math.max(start, interval.start.getTime());
      const b = Math.min(end, interval.end.getTime());
      if (b <= a) continue;
      const minutes = (b - a) / MINUTE_MS;
      if (holiday) totals.holiday += minutes;
      else if (!working) totals.weekend += minutes;
      else {
        const work = this.options.calendar.businessMinutesBetween(new Date(a), new Date(b));
        totals.workingTime += work;
        totals.weekdayNight += minutes - work;
      }
    }
  }

  private dayStart(epochDay: number): Date {
    const [ms = NaN] = this.options.zone.instantsOfDay(fromEpochDay(epochDay), [0]);
    return new Date(ms);
  }
}

/** Sorted, non-overlapping intervals covering the same time as the input within the bounds. */
export function union(intervals: readonly Interval[], bounds: Interval): Interval[] {
  const clipped = intervals
    .map((i) => ({ start: Math.max(i.start.getTime(), bounds.start.getTime()), end: Math.min(i.end.getTime(), bounds.end.getTime()) }))
    .filter((i) => i.end > i.start)
    .sort((x, y) => x.start - y.start);
  const out: { start: number; end: number }[] = [];
  for (const i of clipped) {
    const last = out.at(-1);
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out.map((i) => ({ start: new Date(i.start), end: new Date(i.end) }));
}
