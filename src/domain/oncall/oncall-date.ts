import { formatCivilDate, fromEpochDay, toEpochDay, type CivilDate } from '../calendar/civil-date.js';

/** A date as users type it: "2026-11-16", "16.11.2026", "16. 11. 2026", or "16.11." (the next such day from today). */
export const DATE_PATTERN = String.raw`\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{4})?`;

/** "YYYY-MM-DD" of a typed date, or null when it is not a real calendar date. `today` resolves a missing year. */
export function parseUserDate(text: string, today: CivilDate): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(trimmed);
  const czech = /^(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}))?$/u.exec(trimmed);
  let date: CivilDate | null = null;
  if (iso) date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  else if (czech) {
    const day = Number(czech[1]);
    const month = Number(czech[2]);
    if (czech[3]) date = { year: Number(czech[3]), month, day };
    else {
      const thisYear = { year: today.year, month, day };
      date = valid(thisYear) && toEpochDay(thisYear) < toEpochDay(today) ? { ...thisYear, year: today.year + 1 } : thisYear;
    }
  }
  return date && valid(date) ? formatCivilDate(date) : null;
}

/** "YYYY-MM" of a typed month ("2026-11", "11/2026"), or null. */
export function parseUserMonth(text: string): { year: number; month: number } | null {
  const iso = /^(\d{4})-(\d{1,2})$/u.exec(text.trim());
  const slash = /^(\d{1,2})[/.](\d{4})$/u.exec(text.trim());
  const [year, month] = iso ? [Number(iso[1]), Number(iso[2])] : slash ? [Number(slash[2]), Number(slash[1])] : [NaN, NaN];
  return year >= 2000 && year <= 2200 && month >= 1 && month <= 12 ? { year, month } : null;
}

function valid(date: CivilDate): boolean {
  if (date.year < 2000 || date.year > 2200 || date.month < 1 || date.month > 12 || date.day < 1) return false;
  const back = fromEpochDay(toEpochDay(date));
  return back.month === date.month && back.day === date.day;
}
