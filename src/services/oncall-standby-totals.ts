import type { DomainConfig } from '../config/domain-schema.js';
import { BusinessCalendar } from '../domain/calendar/business-calendar.js';
import { czechPublicHolidays } from '../domain/calendar/czech-holidays.js';
import type { ZonedTime } from '../domain/calendar/zoned-time.js';
import { StandbyCalculator } from '../domain/oncall/standby-calculator.js';
import type { OncallRotaService } from './oncall-rota-service.js';

/** Standby minutes of a month by kind (working days outside working hours, weekends, public holidays). */
export interface StandbyTotals {
  weekdayNight: number;
  weekend: number;
  holiday: number;
}

/** The payroll split of on-call time: the organisation's working hours and Czech public holidays. */
export function standbyCalculator(config: Pick<DomainConfig, 'oncall' | 'timezone'>, zone: ZonedTime): StandbyCalculator {
  const hours = config.oncall.workingHours;
  return new StandbyCalculator({
    zone, workingDays: hours.days, holidays: czechPublicHolidays,
    calendar: new BusinessCalendar({ timezone: config.timezone, hours, holidays: czechPublicHolidays }),
  });
}

/**
 * The standby the rota was paid for in a month: each person's scheduled on-call time split as the
 * standby report splits it for payroll (a person on two rotas at once counts once), summed over people.
 */
export class OncallStandbyTotals {
  private readonly calculator: StandbyCalculator;

  constructor(config: Pick<DomainConfig, 'oncall' | 'timezone'>, private readonly rota: OncallRotaService) {
    this.calculator = standbyCalculator(config, rota.zone);
  }

  /** `month` "YYYY-MM". */
  ofMonth(month: string): StandbyTotals {
    const [year, m] = month.split('-').map(Number) as [number, number];
    const bounds = this.calculator.monthBounds(year, m);
    const rota = this.rota.rota();
    const segments = rota.teamIds.flatMap((t) => rota.shiftsBetween(t, bounds.start, bounds.end));
    const totals: StandbyTotals = { weekdayNight: 0, weekend: 0, holiday: 0 };
    for (const person of new Set(segments.map((s) => s.personId))) {
      const minutes = this.calculator.forMonth(segments.filter((s) => s.personId === person), year, m);
      totals.weekdayNight += minutes.weekdayNight;
      totals.weekend += minutes.weekend;
      totals.holiday += minutes.holiday;
    }
    return totals;
  }
}
