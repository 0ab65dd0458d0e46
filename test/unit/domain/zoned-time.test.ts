import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ZonedTime } from '../../../src/domain/calendar/zoned-time.js';

const prague = new ZonedTime('Europe/Prague');
const wall = (s: string) => {
  const [date = '', time = ''] = s.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute! };
};

describe('ZonedTime Europe/Prague', () => {
  it.each([
    ['2026-01-15T12:00:00Z', '2026-01-15', 13, 0, 4],
    ['2026-07-15T12:00:00Z', '2026-07-15', 14, 0, 3],
    ['2026-03-29T00:59:00Z', '2026-03-29', 1, 59, 7], // last CET minute
    ['2026-03-29T01:00:00Z', '2026-03-29', 3, 0, 7], // first CEST minute
    ['2026-10-25T00:30:00Z', '2026-10-25', 2, 30, 7], // 02:30 CEST, first time
    ['2026-10-25T01:30:00Z', '2026-10-25', 2, 30, 7], // 02:30 CET, second time
    ['2026-12-31T23:30:00Z', '2027-01-01', 0, 30, 5],
  ])('toParts(%s) = %s %i:%i, weekday %i', (iso, date, hour, minute, weekday) => {
    const parts = prague.toParts(new Date(iso));
    expect({ date: parts.date, hour: parts.hour, minute: parts.minute, weekday: parts.weekday })
      .toEqual({ date, hour, minute, weekday });
    expect(prague.dateString(new Date(iso))).toBe(date);
    expect(prague.dayOfWeek(new Date(iso))).toBe(weekday);
  });

  it.each([
    ['2026-01-15 13:00', '2026-01-15T12:00:00.000Z'],
    ['2026-07-15 14:00', '2026-07-15T12:00:00.000Z'],
    ['2026-03-29 01:30', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29 02:00', '2026-03-29T01:00:00.000Z'], // gap → 03:00 CEST
    ['2026-03-29 02:30', '2026-03-29T01:30:00.000Z'], // gap → 03:30 CEST (moved by the gap's length)
    ['2026-03-29 03:00', '2026-03-29T01:00:00.000Z'],
    ['2026-10-25 01:59', '2026-10-24T23:59:00.000Z'],
    ['2026-10-25 02:00', '2026-10-25T00:00:00.000Z'], // overlap → first occurrence (CEST)
    ['2026-10-25 02:30', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25 03:00', '2026-10-25T02:00:00.000Z'],
    ['2027-03-28 02:15', '2027-03-28T01:15:00.000Z'],
    ['2027-10-31 02:15', '2027-10-31T00:15:00.000Z'],
  ])('toInstant(%s) = %s', (local, iso) => {
    expect(prague.toInstant(wall(local)).toISOString()).toBe(iso);
  });

  it('offsetMs is +1 h in winter and +2 h in summer', () => {
    expect(prague.offsetMs(Date.parse('2026-03-29T00:59:59Z'))).toBe(3_600_000);
    expect(prague.offsetMs(Date.parse('2026-03-29T01:00:00Z'))).toBe(7_200_000);
  });

  it('other zones: New York gap and overlap', () => {
    const ny = new ZonedTime('America/New_York');
    expect(ny.toInstant(wall('2026-03-08 02:30')).toISOString()).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(ny.toInstant(wall('2026-11-01 01:30')).toISOString()).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
  });

  it('rejects an unknown zone', () => {
    expect(() => new ZonedTime('Europe/Atlantis')).toThrow(RangeError);
  });

  it('property: instant → wall → instant gives the same instant, or the first of two in an overlap', () => {
    const minutes = fc.integer({ min: Date.parse('2020-01-01T00:00Z') / 60_000, max: Date.parse('2030-12-31T00:00Z') / 60_000 });
    fc.assert(fc.property(minutes, (m) => {
      const at = new Date(m * 60_000);
      const parts = prague.toParts(at);
      const back = prague.toInstant(parts);
      const same = prague.toParts(back);
      return same.date === parts.date && same.hour === parts.hour && same.minute === parts.minute
        && (back.getTime() === at.getTime() || back.getTime() === at.getTime() - 3_600_000);
    }), { numRuns: 500 });
  });

  it('property: instantsOfDay agrees with toInstant, on DST days too', () => {
    const day = fc.integer({ min: Date.parse('2024-01-01T00:00Z') / 86_400_000, max: Date.parse('2029-12-31T00:00Z') / 86_400_000 });
    const dstDays = fc.constantFrom('2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31').map((s) => Date.parse(`${s}T00:00Z`) / 86_400_000);
    const minuteOfDay = fc.integer({ min: 0, max: 1439 });
    fc.assert(fc.property(fc.oneof(day, dstDays), fc.array(minuteOfDay, { minLength: 1, maxLength: 4 }), (epochDay, minutes) => {
      const utc = new Date(epochDay * 86_400_000);
      const date = { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
      const fast = prague.instantsOfDay(date, minutes);
      return minutes.every((m, i) => fast[i] === prague.toInstant({ ...date, hour: Math.floor(m / 60), minute: m % 60 }).getTime());
    }), { numRuns: 300 });
  });

  /** The wall clock at an instant as Intl tells it, with no cache: the reference. */
  function intlWall(timeZone: string, ms: number) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(ms);
    const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour') % 24, minute: n('minute'), second: n('second') };
  }

  it('property: wallTime, toParts and offsetMs (the offset looked up once a day) agree with Intl, in any order, across offset changes', () => {
    const names = ['Europe/Prague', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns'];
    const zones = names.map((z) => new ZonedTime(z));
    const anyInstant = fc.integer({ min: Date.parse('2020-01-01T00:00Z'), max: Date.parse('2035-12-31T00:00Z') });
    const nearChange = fc.tuple(fc.constantFrom('2026-03-29T01:00Z', '2026-10-25T01:00Z', '2026-04-04T15:00Z', '2026-10-03T15:30Z', '2026-03-08T05:30Z'), fc.integer({ min: -3_600_000, max: 3_600_000 }))
      .map(([iso, delta]) => Date.parse(iso) + delta);
    fc.assert(fc.property(fc.array(fc.oneof(anyInstant, nearChange), { minLength: 1, maxLength: 20 }), (instants) =>
      zones.every((zone, z) => instants.every((ms) => {
        const exact = intlWall(names[z]!, ms);
        const wall = zone.wallTime(ms);
        const parts = zone.toParts(new Date(ms));
        const asUtc = Date.UTC(exact.year, exact.month - 1, exact.day, exact.hour, exact.minute, exact.second);
        return wall.year === exact.year && wall.month === exact.month && wall.day === exact.day && wall.hour === exact.hour && wall.minute === exact.minute
          && parts.second === exact.second && parts.hour === exact.hour && parts.day === exact.day
          && zone.offsetMs(ms) === asUtc - (ms - (((ms % 1000) + 1000) % 1000));
      }))), { numRuns: 300 });
  });

  it('asks Intl about a day once: a thousand instants of an ordinary day cost two look-ups, of a day the clocks change one each', () => {
    const zone = new ZonedTime('Europe/Prague');
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      const day = Date.parse('2026-11-27T00:00Z');
      for (let i = 0; i < 1000; i++) zone.wallTime(day + i * 86_000);
      expect(spy).toHaveBeenCalledTimes(2);
      spy.mockClear();
      const change = Date.parse('2026-10-25T00:00Z');
      for (let i = 0; i < 10; i++) zone.toParts(new Date(change + i * 8_000_000));
      expect(spy).toHaveBeenCalledTimes(2 + 10);
    } finally {
      spy.mockRestore();
    }
  });
});
