import { DAY_MS, formatCivilDate, isoWeekday, type CivilDate } from './civil-date.js';

/** Days of UTC whose offsets are kept (a few years' worth; the cache starts again when full). */
const CACHED_DAYS = 4096;

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
 * `Intl` formatting is slow (~10 µs a call hot, several times that in a turn with cold caches), so
 * the offset is looked up once per day of UTC: a day whose offset is the same at its first and last
 * second has it all day (no zone changes offset twice in a day); on the two days a year it changes,
 * each instant is looked up.
 */
export class ZonedTime {
  readonly timeZone: string;
  private readonly format: Intl.DateTimeFormat;
  /** The offset of each day of UTC looked up so far (ms), NaN on a day the offset changes. */
  private readonly dayOffsets = new Map<number, number>();

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
    const local = new Date(at.getTime() + this.offsetMs(at.getTime()));
    const wall = { ...wallOf(local), second: local.getUTCSeconds() };
    return { ...wall, weekday: isoWeekday(wall), date: formatCivilDate(wall) };
  }

  /** The zone's offset from UTC at an instant, in milliseconds (Prague: 3 600 000 or 7 200 000). */
  offsetMs(atMs: number): number {
    const day = Math.floor(atMs / DAY_MS);
    let offset = this.dayOffsets.get(day);
    if (offset === undefined) {
      const first = this.formattedOffsetMs(day * DAY_MS);
      offset = first === this.formattedOffsetMs(day * DAY_MS + DAY_MS - 1000) ? first : Number.NaN;
      if (this.dayOffsets.size >= CACHED_DAYS) this.dayOffsets.clear();
      this.dayOffsets.set(day, offset);
    }
    return Number.isNaN(offset) ? this.formattedOffsetMs(atMs) : offset;
  }

  /** The offset at an instant as the zone's formatter tells it (to the second). */
  private formattedOffsetMs(atMs: number): number {
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

  /** What the zone's clocks show at an instant, to the minute. */
  wallTime(atMs: number): WallTime {
    return wallOf(new Date(atMs + this.offsetMs(atMs)));
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

/** The wall fields of a local time held as a UTC date. */
function wallOf(local: Date): WallTime {
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes() };
}
