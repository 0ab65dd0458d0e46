import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlwaysOpenCalendar } from '../../../src/domain/calendar/always-open-calendar.js';
import { BusinessCalendar } from '../../../src/domain/calendar/business-calendar.js';
import { czechPublicHolidays } from '../../../src/domain/calendar/czech-holidays.js';

const WEEKDAYS = [1, 2, 3, 4, 5];
const ku = new BusinessCalendar({
  timezone: 'Europe/Prague',
  hours: { days: WEEKDAYS, start: '07:00', end: '15:30' },
  holidays: czechPublicHolidays,
});
const d = (iso: string) => new Date(iso);
const MS = 60_000;

describe('BusinessCalendar Mon–Fri 07:00–15:30 Europe/Prague with Czech holidays', () => {
  it('one business day is 510 minutes', () => {
    expect(ku.businessDayMinutes).toBe(510);
  });

  it.each([
    ['Fri 15:00 + 4 h → Mon 10:30', '2026-03-06T14:00:00Z', 240, '2026-03-09T09:30:00.000Z'],
    ['Fri 15:00 + 30 min → Fri 15:30 (end of day stays)', '2026-03-06T14:00:00Z', 30, '2026-03-06T14:30:00.000Z'],
    ['Fri 15:30 + 30 min → Mon 07:30', '2026-03-06T14:30:00Z', 30, '2026-03-09T06:30:00.000Z'],
    ['Sat 10:00 + 60 min → Mon 08:00', '2026-03-07T09:00:00Z', 60, '2026-03-09T07:00:00.000Z'],
    ['Mon 06:00 + 0 → Mon 07:00', '2026-03-09T05:00:00Z', 0, '2026-03-09T06:00:00.000Z'],
    ['Mon 07:00 + 510 → Mon 15:30', '2026-03-09T06:00:00Z', 510, '2026-03-09T14:30:00.000Z'],
    ['Mon 07:00 + 511 → Tue 07:01', '2026-03-09T06:00:00Z', 511, '2026-03-10T06:01:00.000Z'],
    ['Thu before Easter 14:00 + 4 h → Tue 09:30 (Good Friday, Easter Monday)', '2026-04-02T12:00:00Z', 240, '2026-04-07T07:30:00.000Z'],
    ['Thu before Easter 14:00 + 3 days → Thu 14:00', '2026-04-02T12:00:00Z', 1530, '2026-04-09T12:00:00.000Z'],
    ['Fri before DST 15:00 CET + 1 h → Mon 07:30 CEST', '2026-03-27T14:00:00Z', 60, '2026-03-30T05:30:00.000Z'],
    ['Fri before DST end 15:00 CEST + 1 h → Mon 07:30 CET', '2026-10-23T13:00:00Z', 60, '2026-10-26T06:30:00.000Z'],
    ['Tue 27 Oct 15:00 + 1 h → Thu 07:30 (28 Oct holiday)', '2026-10-27T14:00:00Z', 60, '2026-10-29T06:30:00.000Z'],
    ['Wed 23 Dec 15:00 + 1 h → Mon 28 Dec 07:30 (Christmas)', '2026-12-23T14:00:00Z', 60, '2026-12-28T06:30:00.000Z'],
    ['Thu 31 Dec 15:00 + 1 h → Mon 4 Jan 2027 07:30 (New Year)', '2026-12-31T14:00:00Z', 60, '2027-01-04T06:30:00.000Z'],
    ['fractional: Mon 07:00 + 22.5 min → 07:22:30', '2026-03-09T06:00:00Z', 22.5, '2026-03-09T06:22:30.000Z'],
  ])('addBusinessMinutes: %s', (_name, start, minutes, expected) => {
    expect(ku.addBusinessMinutes(d(start), minutes).toISOString()).toBe(expected);
  });

  it.each([
    ['Fri 15:00 → Mon 10:30', '2026-03-06T14:00:00Z', '2026-03-09T09:30:00Z', 240],
    ['Mon 10:30 → Fri 15:00 (negative)', '2026-03-09T09:30:00Z', '2026-03-06T14:00:00Z', -240],
    ['Sat → Sun', '2026-03-07T08:00:00Z', '2026-03-08T15:00:00Z', 0],
    ['Easter week, Thu 00:00 → Wed 00:00', '2026-04-01T22:00:00Z', '2026-04-07T22:00:00Z', 1020],
    ['the whole of March 2026 (22 working days)', '2026-02-28T23:00:00Z', '2026-03-31T22:00:00Z', 22 * 510],
    ['same instant', '2026-03-09T09:30:00Z', '2026-03-09T09:30:00Z', 0],
  ])('businessMinutesBetween: %s', (_name, a, b, expected) => {
    expect(ku.businessMinutesBetween(d(a), d(b))).toBe(expected);
  });

  it.each([
    ['Mon 07:00', '2026-03-09T06:00:00Z', true],
    ['Mon 06:59', '2026-03-09T05:59:00Z', false],
    ['Mon 15:29', '2026-03-09T14:29:00Z', true],
    ['Mon 15:30', '2026-03-09T14:30:00Z', false],
    ['Sat 10:00', '2026-03-07T09:00:00Z', false],
    ['Good Friday 10:00', '2026-04-03T08:00:00Z', false],
    ['Easter Monday 10:00', '2026-04-06T08:00:00Z', false],
    ['Tue after Easter 07:00 CEST', '2026-04-07T05:00:00Z', true],
  ])('isOpen: %s → %s', (_name, at, expected) => {
    expect(ku.isOpen(d(at))).toBe(expected);
  });

  it.each([
    ['open: itself', '2026-03-09T09:17:00Z', '2026-03-09T09:17:00.000Z'],
    ['Fri 15:30 → Mon 07:00', '2026-03-06T14:30:00Z', '2026-03-09T06:00:00.000Z'],
    ['Thu 2 Apr 16:00 → Tue 7 Apr 07:00 CEST', '2026-04-02T14:00:00Z', '2026-04-07T05:00:00.000Z'],
    ['Sat 28 Mar (CET) → Mon 30 Mar 07:00 CEST', '2026-03-28T10:00:00Z', '2026-03-30T05:00:00.000Z'],
  ])('nextOpen: %s', (_name, at, expected) => {
    expect(ku.nextOpen(d(at)).toISOString()).toBe(expected);
  });

  it.each([
    ['2026-04-02', true], ['2026-04-03', false], ['2026-04-06', false], ['2026-03-07', false], ['2027-03-29', false],
  ])('isBusinessDay(%s) = %s', (date, expected) => {
    expect(ku.isBusinessDay(date)).toBe(expected);
  });

  it('rejects negative minutes, bad hours and unknown zones', () => {
    expect(() => ku.addBusinessMinutes(d('2026-03-09T06:00:00Z'), -1)).toThrow(RangeError);
    expect(() => new BusinessCalendar({ timezone: 'Europe/Prague', hours: { days: WEEKDAYS, start: '15:00', end: '07:00' } })).toThrow(RangeError);
    expect(() => new BusinessCalendar({ timezone: 'Nowhere/City', hours: { days: WEEKDAYS, start: '07:00', end: '15:00' } })).toThrow(RangeError);
  });
});

describe('BusinessCalendar hours inside the DST change (02:00–04:00 daily)', () => {
  const night = new BusinessCalendar({ timezone: 'Europe/Prague', hours: { days: [1, 2, 3, 4, 5, 6, 7], start: '02:00', end: '04:00' } });

  it('spring: 02:00 does not exist, the day opens at 03:00 CEST and has 60 minutes', () => {
    expect(night.businessMinutesBetween(d('2026-03-28T23:00:00Z'), d('2026-03-29T22:00:00Z'))).toBe(60);
    expect(night.nextOpen(d('2026-03-28T23:00:00Z')).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(night.addBusinessMinutes(d('2026-03-28T23:00:00Z'), 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('autumn: opens at the first 02:00 (CEST), closes at 04:00 CET: 180 minutes', () => {
    expect(night.businessMinutesBetween(d('2026-10-24T22:00:00Z'), d('2026-10-25T23:00:00Z'))).toBe(180);
    expect(night.addBusinessMinutes(d('2026-10-24T22:00:00Z'), 180).toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });
});

describe('AlwaysOpenCalendar', () => {
  const always = new AlwaysOpenCalendar();
  it('counts wall-clock time, across DST too', () => {
    expect(always.isOpen(d('2026-03-29T01:00:00Z'))).toBe(true);
    expect(always.nextOpen(d('2026-03-29T01:00:00Z')).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(always.addBusinessMinutes(d('2026-03-29T00:30:00Z'), 240).toISOString()).toBe('2026-03-29T04:30:00.000Z');
    expect(always.businessMinutesBetween(d('2026-10-24T23:30:00Z'), d('2026-10-25T03:30:00Z'))).toBe(240);
    expect(always.businessDayMinutes).toBe(1440);
    expect(() => always.addBusinessMinutes(d('2026-03-29T00:30:00Z'), Number.NaN)).toThrow(RangeError);
  });
});

describe('BusinessCalendar properties', () => {
  const instant = fc.integer({ min: Date.parse('2025-06-01T00:00Z') / MS, max: Date.parse('2028-06-01T00:00Z') / MS })
    .map((m) => new Date(m * MS));
  const minutes = fc.integer({ min: 1, max: 20 * 510 });
  /** Within business hours, or exactly at a closing time: the millisecond before is open. */
  const inHoursOrAtClose = (at: Date) => ku.isOpen(new Date(at.getTime() - 1));

  it('a positive sum never lands outside business hours (except exactly at a closing time)', () => {
    fc.assert(fc.property(instant, minutes, (start, m) => inHoursOrAtClose(ku.addBusinessMinutes(start, m))), { numRuns: 1000 });
  });

  it('businessMinutesBetween(start, addBusinessMinutes(start, m)) = m', () => {
    fc.assert(fc.property(instant, minutes, (start, m) => ku.businessMinutesBetween(start, ku.addBusinessMinutes(start, m)) === m), { numRuns: 1000 });
  });

  it('addBusinessMinutes(a, businessMinutesBetween(a, b)) = b for b in business hours after a', () => {
    fc.assert(fc.property(instant, instant, (a, b) => {
      fc.pre(b > a && inHoursOrAtClose(b) && ku.businessMinutesBetween(a, b) > 0);
      return ku.addBusinessMinutes(a, ku.businessMinutesBetween(a, b)).getTime() === b.getTime();
    }), { numRuns: 1000 });
  });

  it('strictly monotonic in minutes', () => {
    fc.assert(fc.property(instant, minutes, minutes, (start, m1, m2) => {
      fc.pre(m1 !== m2);
      const [lo, hi] = m1 < m2 ? [m1, m2] : [m2, m1];
      return ku.addBusinessMinutes(start, lo) < ku.addBusinessMinutes(start, hi);
    }), { numRuns: 1000 });
  });

  it('businessMinutesBetween is additive and antisymmetric', () => {
    fc.assert(fc.property(instant, instant, instant, (a, b, c) =>
      ku.businessMinutesBetween(a, b) + ku.businessMinutesBetween(b, c) === ku.businessMinutesBetween(a, c)
      && ku.businessMinutesBetween(a, b) === -ku.businessMinutesBetween(b, a)), { numRuns: 500 });
  });

  it('nextOpen is open and no business minute lies between the instant and it', () => {
    fc.assert(fc.property(instant, (at) => {
      const next = ku.nextOpen(at);
      return ku.isOpen(next) && next >= at && ku.businessMinutesBetween(at, next) === 0;
    }), { numRuns: 1000 });
  });
});
