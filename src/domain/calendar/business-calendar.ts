import type { BusinessHours } from '../../config/domain-schema.js';
import {
  MINUTE_MS, DAY_MS, formatCivilDate, fromEpochDay, isoWeekdayOfEpochDay, parseTimeOfDay,
} from './civil-date.js';
import type { WorkCalendar } from './work-calendar.js';
import { ZonedTime } from './zoned-time.js';

export interface BusinessCalendarOptions {
  /** IANA zone of the organisation, e.g. "Europe/Prague". */
  readonly timezone: string;
  /** Days 1 = Monday … 7 = Sunday; start and end "HH:MM" local, end after start. */
  readonly hours: BusinessHours;
  /** Public holidays of a year as "YYYY-MM-DD"; none when omitted. */
  readonly holidays?: (year: number) => readonly string[];
}

/** One local day: its first instant and its business interval [open, close) (empty when closed). */
interface DayInfo {
  readonly start: number;
  readonly open: number;
  readonly close: number;
}

/** Give up looking for an opening after this many days (a calendar with no business day at all). */
const MAX_SCAN_DAYS = 3700;
/** Bound on the per-instance day cache; cleared when exceeded. */
const MAX_CACHED_DAYS = 50_000;

/**
 * Business hours of one organisation in its time zone, skipping holidays.
 * Works day by day, never minute by minute: each local day's opening and closing instants are
 * computed once (through Intl) and cached in the instance, so later queries are arithmetic.
 * Overnight hours (end before start) are not supported.
 */
export class BusinessCalendar implements WorkCalendar {
  readonly businessDayMinutes: number;
  readonly timeZone: string;
  private readonly zone: ZonedTime;
  private readonly openMinute: number;
  private readonly closeMinute: number;
  private readonly weekdays: ReadonlySet<number>;
  private readonly holidaySource: (year: number) => readonly string[];
  private readonly holidayCache = new Map<number, ReadonlySet<string>>();
  private readonly dayCache = new Map<number, DayInfo>();

  constructor(options: BusinessCalendarOptions) {
    this.zone = new ZonedTime(options.timezone);
    this.timeZone = this.zone.timeZone;
    this.openMinute = parseTimeOfDay(options.hours.start);
    this.closeMinute = parseTimeOfDay(options.hours.end);
    if (this.closeMinute <= this.openMinute) {
      throw new RangeError(`business hours must end after they start: ${options.hours.start}–${options.hours.end}`);
    }
    this.weekdays = new Set(options.hours.days);
    this.businessDayMinutes = this.closeMinute - this.openMinute;
    this.holidaySource = options.holidays ?? (() => []);
  }

  isOpen(at: Date): boolean {
    const t = at.getTime();
    const day = this.day(this.dayOf(t));
    return t >= day.open && t < day.close;
  }

  nextOpen(at: Date): Date {
    const t = at.getTime();
    const first = this.dayOf(t);
    for (let n = first; n < first + MAX_SCAN_DAYS; n++) {
      const day = this.day(n);
      const from = Math.max(t, day.open);
      if (from < day.close) return new Date(from);
    }
    throw new RangeError(`no business time within ${MAX_SCAN_DAYS} days of ${at.toISOString()}`);
  }

  addBusinessMinutes(start: Date, minutes: number): Date {
    if (!Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError(`business minutes must be a finite number >= 0, got ${minutes}`);
    }
    let remaining = Math.round(minutes * MINUTE_MS);
    const t = start.getTime();
    const first = this.dayOf(t);
    for (let n = first; n < first + MAX_SCAN_DAYS; n++) {
      const day = this.day(n);
      const from = Math.max(t, day.open);
      if (from >= day.close) continue;
      const available = day.close - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
    throw new RangeError(`business time of ${minutes} min does not fit within ${MAX_SCAN_DAYS} days`);
  }

  businessMinutesBetween(a: Date, b: Date): number {
    const from = a.getTime();
    const to = b.getTime();
    if (to < from) return -this.businessMinutesBetween(b, a);
    let total = 0;
    const last = this.dayOf(to);
    for (let n = this.dayOf(from); n <= last; n++) {
      const day = this.day(n);
      const overlap = Math.min(to, day.close) - Math.max(from, day.open);
      if (overlap > 0) total += overlap;
    }
    return total / MINUTE_MS;
  }

  /** Whether a local date "YYYY-MM-DD" is a business day (a working weekday, not a holiday). */
  isBusinessDay(date: string): boolean {
    const [year, month, day] = date.split('-').map(Number);
    const epochDay = Math.floor(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN) / DAY_MS);
    if (Number.isNaN(epochDay)) throw new RangeError(`not a date YYYY-MM-DD: "${date}"`);
    const info = this.day(epochDay);
    return info.close > info.open;
  }

  /** The local day (epoch day number) containing instant t. */
  private dayOf(t: number): number {
    if (!Number.isFinite(t)) throw new RangeError('invalid date');
    let n = Math.floor(t / DAY_MS);
    while (t < this.day(n).start) n--;
    while (t >= this.day(n + 1).start) n++;
    return n;
  }

  private day(epochDay: number): DayInfo {
    const cached = this.dayCache.get(epochDay);
    if (cached) return cached;
    if (this.dayCache.size >= MAX_CACHED_DAYS) this.dayCache.clear();
    const info = this.computeDay(epochDay);
    this.dayCache.set(epochDay, info);
    return info;
  }

  private computeDay(epochDay: number): DayInfo {
    const date = fromEpochDay(epochDay);
    const working = this.weekdays.has(isoWeekdayOfEpochDay(epochDay)) && !this.isHoliday(date.year, formatCivilDate(date));
    if (!working) {
      const [start = NaN] = this.zone.instantsOfDay(date, [0]);
      return { start, open: start, close: start };
    }
    const [start = NaN, open = NaN, close = NaN] = this.zone.instantsOfDay(date, [0, this.openMinute, this.closeMinute]);
    return { start, open, close };
  }

  private isHoliday(year: number, date: string): boolean {
    let holidays = this.holidayCache.get(year);
    if (!holidays) {
      holidays = new Set(this.holidaySource(year));
      this.holidayCache.set(year, holidays);
    }
    return holidays.has(date);
  }
}
