import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/domain/calendar/business-calendar.js';
import { czechPublicHolidays } from '../../src/domain/calendar/czech-holidays.js';
import { ZonedTime } from '../../src/domain/calendar/zoned-time.js';
import { Rota } from '../../src/domain/oncall/rota.js';
import type { RotaOverride } from '../../src/domain/oncall/rota-override.js';
import { StandbyCalculator } from '../../src/domain/oncall/standby-calculator.js';
import { standbyCsv, type StandbyReportLine } from '../../src/domain/oncall/standby-csv.js';
import { WeeklyRotation } from '../../src/domain/oncall/weekly-rotation.js';

const zone = new ZonedTime('Europe/Prague');
const hours = { days: [1, 2, 3, 4, 5], start: '07:00', end: '15:30' };
const calculator = new StandbyCalculator({
  zone, workingDays: hours.days, holidays: czechPublicHolidays,
  calendar: new BusinessCalendar({ timezone: 'Europe/Prague', hours, holidays: czechPublicHolidays }),
});
const [LYNNE, MEGAN] = ['lynne', 'megan'];
const network = new WeeklyRotation({ teamId: 'network', members: [LYNNE, MEGAN], startDate: '2026-01-05', handoverTime: '07:00' }, zone);
/** Lynne covers Megan for Saturday 21 November 2026 (local day). */
const saturdayCover: RotaOverride = {
  id: 'cover-1', kind: 'cover', teamId: null, from: '2026-11-20T23:00:00.000Z', to: '2026-11-21T23:00:00.000Z',
  absentId: MEGAN, coverId: LYNNE, seq: 1, createdAt: '2026-11-01T08:00:00Z', createdBy: 'adele',
};

function month(rota: Rota, personId: string, year: number, m: number) {
  const bounds = calculator.monthBounds(year, m);
  return calculator.forMonth(rota.shiftsBetween('network', bounds.start, bounds.end).filter((s) => s.personId === personId), year, m);
}
const inHours = (minutes: { weekdayNight: number; weekend: number; holiday: number; workingTime: number }) =>
  ({ night: minutes.weekdayNight / 60, weekend: minutes.weekend / 60, holiday: minutes.holiday / 60, work: minutes.workingTime / 60 });

describe('standby hours, November 2026 (17 Nov is a public holiday), computed by hand', () => {
  // Megan: weeks from Mon 2, 16 and 30 Nov 07:00 (the last cut at 1 Dec 00:00); Lynne the rest, plus Sat 21 Nov by the cover.
  // Working time Mon–Fri 7:00–15:30 = 8.5 h; a working weekday in the middle of a week gives 24 − 8.5 = 15.5 h of night.
  it('Megan: nights 8.5+62+7 (2–9 Nov) + 8.5+46.5+7 (16–23 Nov, Tue 17 a holiday) + 8.5 (30 Nov) = 148; weekends 48+48−24 = 72; holiday 24', () => {
    const rota = new Rota([network], [saturdayCover]);
    expect(inHours(month(rota, MEGAN, 2026, 11))).toEqual({ night: 148, weekend: 72, holiday: 24, work: 8.5 * 5 + 8.5 * 4 + 8.5 });
  });

  it('Lynne: Sun 1 Nov 24 h weekend + Mon 2 Nov 0–7 h night, two full weeks (77.5 nights, 48 weekend each), Sat 21 Nov covered', () => {
    const rota = new Rota([network], [saturdayCover]);
    expect(inHours(month(rota, LYNNE, 2026, 11))).toEqual({ night: 7 + 77.5 + 77.5, weekend: 24 + 48 + 48 + 24, holiday: 0, work: 8.5 * 10 });
  });

  it('everything adds up to the 720 hours of November: standby of both + 20 working days × 8.5 h', () => {
    const rota = new Rota([network], [saturdayCover]);
    const all = [LYNNE, MEGAN].map((p) => inHours(month(rota, p, 2026, 11)));
    const total = all.reduce((sum, h) => sum + h.night + h.weekend + h.holiday + h.work, 0);
    expect(total).toBe(720);
    expect(all.reduce((sum, h) => sum + h.work, 0)).toBe(20 * 8.5);
  });
});

describe('standby hours across DST', () => {
  it('the weekend of 24–25 October 2026 is 49 hours (the Sunday has 25)', () => {
    const rota = new Rota([network], []);
    const bounds = { start: new Date('2026-10-19T05:00:00Z'), end: new Date('2026-10-26T06:00:00Z') };
    const megan = rota.shiftsBetween('network', bounds.start, bounds.end);
    expect(megan).toHaveLength(1);
    expect(megan[0]!.personId).toBe(MEGAN);
    expect(inHours(calculator.forMonth(megan, 2026, 10))).toEqual({ night: 8.5 + 4 * 15.5 + 7, weekend: 49, holiday: 0, work: 5 * 8.5 });
  });

  it('March 2026 and October 2026 have 743 and 745 hours in Prague', () => {
    for (const [m, h] of [[3, 743], [10, 745]] as const) {
      const b = calculator.monthBounds(2026, m);
      expect((b.end.getTime() - b.start.getTime()) / 3_600_000).toBe(h);
    }
  });

  it('two teams at once count once', () => {
    const a = { start: new Date('2026-11-07T00:00:00Z'), end: new Date('2026-11-07T10:00:00Z') };
    const b = { start: new Date('2026-11-07T05:00:00Z'), end: new Date('2026-11-07T12:00:00Z') };
    expect(calculator.forMonth([a, b], 2026, 11).weekend / 60).toBe(12);
  });
});

describe('standby CSV for Czech Excel', () => {
  const line: StandbyReportLine = {
    personId: '00000000-0000-0000-0000-0000000000021', name: 'Bowen; Megan', month: '2026-11',
    weekdayNightHours: 148, weekendHours: 72.5, holidayHours: 24, standbyHours: 244.5, pages: 0, incidentHours: 1.25,
  };

  it('starts with a byte-order mark, separates by semicolons, uses a decimal comma and CRLF', () => {
    const csv = standbyCsv([line], 'cs');
    expect(csv.startsWith('\uFEFFMěsíc;Jméno;')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe('2026-11;"Bowen; Megan";00000000-0000-0000-0000-0000000000021;244,5;148;72,5;24;0;1,25');
    expect(rows[2]).toBe('');
  });

  it('keeps a formula-looking name inert', () => {
    expect(standbyCsv([{ ...line, name: '=HYPERLINK("x")' }], 'en')).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
