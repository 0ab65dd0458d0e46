/**
 * Civil (calendar) dates without a time zone: conversions between year-month-day,
 * "epoch days" (days since 1970-01-01 of the proleptic Gregorian calendar) and ISO strings.
 * Pure arithmetic; valid for years 100–9999.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** A calendar date; month 1–12, day 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days since 1970-01-01 of the given civil date. */
export function toEpochDay(date: CivilDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

/** The civil date of an epoch day. */
export function fromEpochDay(epochDay: number): CivilDate {
  const utc = new Date(epochDay * DAY_MS);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** ISO day of week of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOfEpochDay(epochDay: number): number {
  return (((epochDay % 7) + 10) % 7) + 1;
}

/** ISO day of week of a civil date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CivilDate): number {
  return isoWeekdayOfEpochDay(toEpochDay(date));
}

/** "YYYY-MM-DD". */
export function formatCivilDate(date: CivilDate): string {
  const mm = String(date.month).padStart(2, '0');
  const dd = String(date.day).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${mm}-${dd}`;
}

/** Minutes after midnight of a "HH:MM" time of day. */
export function parseTimeOfDay(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new RangeError(`not a time of day HH:MM: "${hhmm}"`);
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) throw new RangeError(`not a time of day HH:MM: "${hhmm}"`);
  return hours * 60 + minutes;
}
