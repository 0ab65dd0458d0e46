import { MINUTE_MS } from './civil-date.js';
import type { WorkCalendar } from './work-calendar.js';

/** A 24x7 calendar: every minute counts, whatever the zone (durations are elapsed time). */
export class AlwaysOpenCalendar implements WorkCalendar {
  readonly businessDayMinutes = 1440;

  isOpen(_at: Date): boolean {
    return true;
  }

  nextOpen(at: Date): Date {
    return new Date(at.getTime());
  }

  addBusinessMinutes(start: Date, minutes: number): Date {
    if (!Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError(`business minutes must be a finite number >= 0, got ${minutes}`);
    }
    return new Date(start.getTime() + Math.round(minutes * MINUTE_MS));
  }

  businessMinutesBetween(a: Date, b: Date): number {
    return (b.getTime() - a.getTime()) / MINUTE_MS;
  }
}
