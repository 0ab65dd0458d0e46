import { BusinessCalendar } from '../../domain/calendar/business-calendar.js';
import { czechPublicHolidays } from '../../domain/calendar/czech-holidays.js';
import type { WorkCalendar } from '../../domain/calendar/work-calendar.js';
import { ZonedTime } from '../../domain/calendar/zoned-time.js';
import type { Contract } from '../../config/contract-schema.js';
import { nextMonth } from './contract-rules.js';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/u;

/** Months and the district's business days, in the configured zone. */
export class VendorCalendars {
  private readonly zone: ZonedTime;
  private readonly byContract = new Map<string, BusinessCalendar>();

  constructor(readonly timezone: string) {
    this.zone = new ZonedTime(timezone);
  }

  /** The district's business calendar of a contract (its hours, Czech public holidays). */
  of(contract: Contract): WorkCalendar {
    let calendar = this.byContract.get(contract.id);
    if (!calendar) {
      calendar = new BusinessCalendar({ timezone: this.timezone, hours: contract.businessHours, holidays: czechPublicHolidays });
      this.byContract.set(contract.id, calendar);
    }
    return calendar;
  }

  /** Local midnight starting the month "YYYY-MM". */
  monthStart(month: string): Date {
    const [year, m] = month.split('-').map(Number) as [number, number];
    return this.zone.toInstant({ year, month: m, day: 1, hour: 0, minute: 0 });
  }

  /** The first instant after the month. */
  monthEnd(month: string): Date {
    return this.monthStart(nextMonth(month));
  }

  /** The local month "YYYY-MM" of an instant. */
  monthOf(at: Date): string {
    return this.zone.dateString(at).slice(0, 7);
  }

  /** The local date "YYYY-MM-DD" of an instant. */
  dateOf(at: Date): string {
    return this.zone.dateString(at);
  }

  /** A month's statement can be drafted from the opening of the first business day after it. */
  draftFrom(month: string, calendar: WorkCalendar): Date {
    return calendar.nextOpen(this.monthEnd(month));
  }
}
