import type { WorkCalendar } from '../calendar/work-calendar.js';

/**
 * Minutes of an SLA duration "30m", "4h", "3d" counted on `calendar`: with a business calendar
 * "h" means business hours and "d" business days of `calendar.businessDayMinutes`
 * (3d at 07:00–15:30 = 3 × 510 min); with a 24x7 calendar "d" is 1440 min.
 */
export function slaDurationMinutes(duration: string, calendar: WorkCalendar): number {
  const match = /^(\d+)(m|h|d)$/.exec(duration);
  if (!match) throw new RangeError(`not an SLA duration such as 30m, 4h or 3d: "${duration}"`);
  const amount = Number(match[1]);
  switch (match[2]) {
    case 'm': return amount;
    case 'h': return amount * 60;
    default: return amount * calendar.businessDayMinutes;
  }
}
