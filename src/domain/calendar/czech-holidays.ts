import { formatCivilDate } from './civil-date.js';

/** Month (3 = March, 4 = April) and day of a date in a year. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** Fixed-date public holidays and days of rest in Czechia (law 245/2000 Coll.), as MM-DD. */
const FIXED_HOLIDAYS = [
  '01-01', // Restoration Day of the independent Czech state; New Year's Day
  '05-01', // Labour Day
  '05-08', // Liberation Day
  '07-05', // Saints Cyril and Methodius
  '07-06', // Jan Hus
  '09-28', // Czech Statehood Day
  '10-28', // Independent Czechoslovak State Day
  '11-17', // Struggle for Freedom and Democracy Day
  '12-24', // Christmas Eve
  '12-25', // Christmas Day
  '12-26', // St Stephen's Day
] as const;

/** Good Friday became a public holiday by the 2015 amendment, from 2016 on. */
const GOOD_FRIDAY_SINCE = 2016;

/** Easter Sunday of a Gregorian year (the "Anonymous Gregorian" / Meeus–Jones–Butcher algorithm). */
export function easterSunday(year: number): MonthDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { month: Math.floor(n / 31), day: (n % 31) + 1 };
}

/**
 * Czech public holidays of a year as sorted "YYYY-MM-DD" strings: the fixed dates, Easter Monday
 * and (from 2016) Good Friday; earlier years get today's fixed list (the law dates from 2000).
 * No substitute day is given when a holiday falls on a weekend.
 * Cheap (a few microseconds), so callers may call it per year without caching; BusinessCalendar
 * memoises per instance anyway.
 */
export function czechPublicHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < 100 || year > 9999) {
    throw new RangeError(`not a supported year: ${year}`);
  }
  const easter = easterSunday(year);
  const easterUtc = Date.UTC(year, easter.month - 1, easter.day);
  const movable = [1];
  if (year >= GOOD_FRIDAY_SINCE) movable.push(-2);
  const dates = FIXED_HOLIDAYS.map((mmdd) => `${year}-${mmdd}`);
  for (const offsetDays of movable) {
    const date = new Date(easterUtc + offsetDays * 86_400_000);
    dates.push(formatCivilDate({ year, month: date.getUTCMonth() + 1, day: date.getUTCDate() }));
  }
  return dates.sort();
}
