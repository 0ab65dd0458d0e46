import { parseTimeOfDay } from '../../../domain/calendar/civil-date.js';
import type { WorkCalendar } from '../../../domain/calendar/work-calendar.js';
import type { ZonedTime } from '../../../domain/calendar/zoned-time.js';
import { addMonths, monthAt, monthStart, type YearMonth } from './report-period.js';

/**
 * When the monthly report of the month before `now`'s month is due: the first business day of
 * `now`'s month (by `calendar`), at `at` (HH:MM) local time. Pure.
 */
export function monthlyDue(now: number, zone: ZonedTime, calendar: WorkCalendar, at: string): { due: number; month: YearMonth; reportMonth: YearMonth } {
  const month = monthAt(now, zone);
  const firstOpen = calendar.nextOpen(new Date(monthStart(month, zone)));
  const day = zone.wallTime(firstOpen.getTime());
  const minutes = parseTimeOfDay(at);
  const due = zone.toInstant({ year: day.year, month: day.month, day: day.day, hour: Math.floor(minutes / 60), minute: minutes % 60 }).getTime();
  return { due, month, reportMonth: addMonths(month, -1) };
}

/** The Monday (local date) of `now`'s ISO week and the instant of its digest at `at`; key "2026-W50". */
export function weeklyDue(now: number, zone: ZonedTime, at: string): { due: number; key: string } {
  const today = zone.wallTime(now);
  const weekday = (new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(today.year, today.month - 1, today.day - weekday));
  const minutes = parseTimeOfDay(at);
  const due = zone.toInstant({ year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate(), hour: Math.floor(minutes / 60), minute: minutes % 60 }).getTime();
  return { due, key: isoWeekKey(monday) };
}

function isoWeekKey(monday: Date): string {
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
