import type { DomainConfig } from '../config/domain-schema.js';
import { AlwaysOpenCalendar } from '../domain/calendar/always-open-calendar.js';
import { BusinessCalendar } from '../domain/calendar/business-calendar.js';
import { czechPublicHolidays } from '../domain/calendar/czech-holidays.js';
import type { WorkCalendar } from '../domain/calendar/work-calendar.js';

/**
 * The business calendar of each organisation (its hours in the configured zone, Czech public
 * holidays), built once per organisation; a ticket with no known organisation uses the first one.
 */
export class SlaCalendars {
  private readonly byOrganisation = new Map<string, BusinessCalendar>();
  readonly alwaysOpen: WorkCalendar = new AlwaysOpenCalendar();

  constructor(private readonly config: Pick<DomainConfig, 'organisations' | 'timezone'>) {}

  of(organisation: string | null): WorkCalendar {
    const org = this.config.organisations.find((o) => o.id === organisation) ?? this.config.organisations[0]!;
    let calendar = this.byOrganisation.get(org.id);
    if (!calendar) {
      calendar = new BusinessCalendar({ timezone: this.config.timezone, hours: org.businessHours, holidays: czechPublicHolidays });
      this.byOrganisation.set(org.id, calendar);
    }
    return calendar;
  }
}
