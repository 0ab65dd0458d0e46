import { DAY_MS, formatCivilDate, isoWeekday, type CivilDate } from './civil-date.js';

const QUARTER_HOUR_MS = 15 * 60_000;

/** A wall-clock time in some zone, to the minute. */
export interface WallTime extends CivilDate {
  readonly hour: number;
  readonly minute: number;
}

/** What a clock on the wall in the zone shows at an instant. */
export interface ZonedParts extends WallTime {
  readonly second: number;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** "YYYY-MM-DD" of the local date. */
  readonly date: string;
}

/**
 * Converts between instants and wall-clock time in one IANA time zone, using only
 * `Intl.DateTimeFormat` (no time-zone library).
 *
 * Wall time → instant follows the usual "compatible" rule (java.time, Temporal):
 * - in a spring-forward gap (02:30 on 29 March 2026 in Prague does not exist) the time is
 *   moved forward by the length of the gap (→ 03:30 CEST);
 * - in an autumn overlap (02:30 on 25 October 2026 happens twice) the first occurrence
 *   (CEST, the earlier instant) is taken.
 *
 * `Intl` formatting is slow (~10 µs a call); callers that convert often should cache per day,
 * as BusinessCalendar does.
 */
export class ZonedTime {
  readonly timeZone: string;
  private readonly format: Intl.DateTimeFormat;
  /** The offset of the last quarter hour `wallTime` looked up. */
  private quarter = { from: 0, to: -1, offset: 0 };

  /** @throws RangeError when the zone is unknown. */
  constructor(timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    this.timeZone = this.format.resolvedOptions().timeZone;
  }

  /** The wall-clock parts at an instant. */
  toParts(at: Date): ZonedParts {
    const wall = this.wallFields(at.getTime());
    return { ...wall, weekday: isoWeekday(wall), date: formatCivilDate(wall) };
  }

  /** The zone's offset from UTC at an instant, in milliseconds (Prague: 3 600 000 or 7 200 000). */
  offsetMs(atMs: number): number {
    const wall = this.wallFields(atMs);
    const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
    const wholeSeconds = atMs - (((atMs % 1000) + 1000) % 1000);
    return asUtc - wholeSeconds;
  }

  /** The instant at which the zone's clocks show `wall` (gap: moved forward; overlap: first occurrence). */
  toInstant(wall: WallTime): Date {
    const local = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
    const before = this.offsetMs(local - DAY_MS);
    const after = this.offsetMs(local + DAY_MS);
    if (before === after) return new Date(local - before);
    const withBefore = local - before;
    const withAfter = local - after;
    const beforeValid = this.offsetMs(withBefore) === before;
    const afterValid = this.offsetMs(withAfter) === after;
    if (beforeValid && afterValid) return new Date(Math.min(withBefore, withAfter));
    if (beforeValid) return new Date(withBefore);
    if (afterValid) return new Date(withAfter);
    // In the gap: keep the offset in force before it, which lands after the gap by the same distance.
    return new Date(withBefore);
  }

  /**
   * Instants (ms) of several wall times of one local date, same rules as `toInstant`. Cheaper when
   * no offset change falls near the date (two Intl calls for the whole day instead of 2–4 each).
   */
  instantsOfDay(date: CivilDate, minutesOfDay: readonly number[]): number[] {
    const midnight = Date.UTC(date.year, date.month - 1, date.day);
    const before = this.offsetMs(midnight - DAY_MS);
    if (before === this.offsetMs(midnight + 2 * DAY_MS)) return minutesOfDay.map((m) => midnight + m * 60_000 - before);
    return minutesOfDay.map((m) => this.toInstant({ ...date, hour: Math.floor(m / 60), minute: m % 60 }).getTime());
  }

  /** The local date "YYYY-MM-DD" at an instant. */
  dateString(at: Date): string {
    return this.toParts(at).date;
  }

  /** The local ISO day of week at an instant: 1 = Monday … 7 = Sunday. */
  dayOfWeek(at: Date): number {
    return this.toParts(at).weekday;
  }

  /**
   * What the zone's clocks show at an instant, to the minute: for formatting many instants. The
   * offset is looked up once per quarter hour of UTC (zones change offset only at whole quarter
   * hours of UTC nowadays); a quarter whose two ends disagree is looked up for each instant.
   */
  wallTime(atMs: number): WallTime {
    const local = new Date(atMs + this.quarterOffset(atMs));
    return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes() };
  }

  private quarterOffset(atMs: number): number {
    if (atMs >= this.quarter.from && atMs < this.quarter.to) return this.quarter.offset;
    const from = Math.floor(atMs / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
    const offset = this.offsetMs(from);
    if (offset !== this.offsetMs(from + QUARTER_HOUR_MS - 1000)) return this.offsetMs(atMs);
    this.quarter = { from, to: from + QUARTER_HOUR_MS, offset };
    return offset;
  }

  private wallFields(atMs: number): WallTime & { second: number } {
    const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
    for (const part of this.format.formatToParts(atMs)) {
      if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
    }
    if (fields.hour === 24) fields.hour = 0;
    return fields;
  }
}
