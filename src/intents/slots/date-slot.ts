import { formatCivilDate, fromEpochDay, toEpochDay, type CivilDate } from '../../domain/calendar/civil-date.js';
import { parseUserDate } from '../../domain/oncall/oncall-date.js';

/**
 * A day in folded text, relative to `today`: "14.12.2026", "14. 12.", "2026-12-14", "dnes", "zítra",
 * "pozítří", "today", "tomorrow". "YYYY-MM-DD" or null.
 */
export function parseDate(folded: string, today: CivilDate): string | null {
  const typed = /\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\. ?\d{1,2}\.(?: ?\d{4})?)/u.exec(folded);
  if (typed) {
    const parsed = parseUserDate(typed[1]!.replace(/\.$/u, '.'), today);
    if (parsed) return parsed;
  }
  if (/\bpozitri\b|\bday after tomorrow\b/u.test(folded)) return formatCivilDate(addDays(today, 2));
  if (/\bzitr\w*|\btomorrow\b/u.test(folded)) return formatCivilDate(addDays(today, 1));
  if (/\bdnes\w*|\btoday\b/u.test(folded)) return formatCivilDate(today);
  return null;
}

function addDays(date: CivilDate, days: number): CivilDate {
  return fromEpochDay(toEpochDay(date) + days);
}
