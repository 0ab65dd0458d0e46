import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZonedTime } from '../../src/domain/calendar/zoned-time.js';
import { Rota, type RotaSegment } from '../../src/domain/oncall/rota.js';
import { holderAfterOverrides, inApplicationOrder, type RotaOverride } from '../../src/domain/oncall/rota-override.js';
import { WeeklyRotation } from '../../src/domain/oncall/weekly-rotation.js';

const zone = new ZonedTime('Europe/Prague');
const [A, B, C] = ['person-a', 'person-b', 'person-c'];
const HOUR = 3_600_000;
const network = new WeeklyRotation({ teamId: 'network', members: [A, B], startDate: '2026-01-05', handoverTime: '07:00' }, zone);
const desk = new WeeklyRotation({ teamId: 'desk', members: [B, C, A], startDate: '2026-01-07', handoverTime: '16:30' }, zone);
const rotations = [network, desk];

/** Instants all over 2026 and early 2027, denser around the DST changes and month ends. */
const instant = fc.oneof(
  fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-02-01T00:00:00Z') }),
  fc.integer({ min: Date.parse('2026-03-27T00:00:00Z'), max: Date.parse('2026-04-01T00:00:00Z') }),
  fc.integer({ min: Date.parse('2026-10-23T00:00:00Z'), max: Date.parse('2026-11-02T00:00:00Z') }),
).map((ms) => new Date(ms));
const person = fc.constantFrom(A, B, C);
const override = fc.record({
  from: instant, hours: fc.integer({ min: 1, max: 24 * 20 }), absentId: person, coverId: person,
  teamId: fc.constantFrom<string | null>(null, 'network', 'desk'), seq: fc.nat(1000), id: fc.uuid(),
}).map(({ from, hours, ...o }): RotaOverride => ({
  ...o, kind: 'cover', from: from.toISOString(), to: new Date(from.getTime() + hours * HOUR).toISOString(),
  createdAt: '2026-01-01T00:00:00Z', createdBy: 'admin',
}));

function assertPartition(segments: RotaSegment[], from: Date, to: Date): void {
  expect(segments[0]!.start.getTime()).toBe(from.getTime());
  expect(segments.at(-1)!.end.getTime()).toBe(to.getTime());
  for (let i = 1; i < segments.length; i++) {
    expect(segments[i]!.start.getTime()).toBe(segments[i - 1]!.end.getTime());
    expect(segments[i]!.personId).not.toBe(segments[i - 1]!.personId);
  }
}

describe('weekly rotation across DST', () => {
  it('hands over on Monday 07:00 Prague wall-clock time, every week of the year', () => {
    fc.assert(fc.property(instant, (at) => {
      const shift = network.shiftAt(at);
      expect(shift.start.getTime()).toBeLessThanOrEqual(at.getTime());
      expect(at.getTime()).toBeLessThan(shift.end.getTime());
      for (const edge of [shift.start, shift.end]) expect(zone.toParts(edge)).toMatchObject({ weekday: 1, hour: 7, minute: 0 });
      expect([167, 168, 169]).toContain((shift.end.getTime() - shift.start.getTime()) / HOUR);
    }), { numRuns: 500 });
  });

  it('the week with 29 March 2026 lasts 167 hours, the week with 25 October 2026 lasts 169', () => {
    const spring = network.shiftAt(new Date('2026-03-29T12:00:00Z'));
    expect(spring.start.toISOString()).toBe('2026-03-23T06:00:00.000Z');
    expect(spring.end.toISOString()).toBe('2026-03-30T05:00:00.000Z');
    const autumn = network.shiftAt(new Date('2026-10-25T12:00:00Z'));
    expect(autumn.start.toISOString()).toBe('2026-10-19T05:00:00.000Z');
    expect(autumn.end.toISOString()).toBe('2026-10-26T06:00:00.000Z');
    expect((autumn.end.getTime() - autumn.start.getTime()) / HOUR).toBe(169);
  });

  it('alternates the members week by week, also before the start week', () => {
    expect(network.shiftAt(new Date('2026-01-05T06:00:00Z')).personId).toBe(A);
    expect(network.shiftAt(new Date('2026-01-12T05:59:59Z')).personId).toBe(A);
    expect(network.shiftAt(new Date('2026-01-12T06:00:00Z')).personId).toBe(B);
    expect(network.shiftAt(new Date('2026-01-05T05:59:59Z')).personId).toBe(B);
  });
});

describe('rota with overrides (properties)', () => {
  it('shiftsBetween partitions any range exactly, and agrees with whoIsOnCall', () => {
    fc.assert(fc.property(instant, fc.integer({ min: 1, max: 24 * 70 }), fc.array(override, { maxLength: 6 }), (from, hours, overrides) => {
      const rota = new Rota(rotations, overrides);
      const to = new Date(from.getTime() + hours * HOUR);
      for (const team of ['network', 'desk']) {
        const segments = rota.shiftsBetween(team, from, to);
        assertPartition(segments, from, to);
        for (const s of segments) {
          for (const probe of [s.start, new Date((s.start.getTime() + s.end.getTime()) / 2), new Date(s.end.getTime() - 1)]) {
            expect(rota.whoIsOnCall(team, probe)).toBe(s.personId);
          }
        }
      }
    }), { numRuns: 300 });
  });

  it('applies overrides in order, only to the absent person, only inside their range', () => {
    fc.assert(fc.property(instant, fc.array(override, { maxLength: 6 }), (at, overrides) => {
      const rota = new Rota(rotations, overrides);
      let expected = network.shiftAt(at).personId;
      for (const o of inApplicationOrder(overrides)) {
        const inside = at.getTime() >= Date.parse(o.from) && at.getTime() < Date.parse(o.to);
        if (inside && (o.teamId ?? 'network') === 'network' && expected === o.absentId) expected = o.coverId;
      }
      expect(rota.whoIsOnCall('network', at)).toBe(expected);
      expect(holderAfterOverrides('network', network.shiftAt(at).personId, at.getTime(), inApplicationOrder(overrides)).personId).toBe(expected);
    }), { numRuns: 500 });
  });

  it('a month of segments adds up to the month, including the 743-hour March and the 745-hour October', () => {
    const months = [['2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00', 743], ['2026-10-01T00:00:00+02:00', '2026-11-01T00:00:00+01:00', 745],
      ['2026-02-01T00:00:00+01:00', '2026-03-01T00:00:00+01:00', 672], ['2026-12-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00', 744]] as const;
    fc.assert(fc.property(fc.constantFrom(...months), fc.array(override, { maxLength: 5 }), ([from, to, hours], overrides) => {
      const rota = new Rota(rotations, overrides);
      const total = rota.shiftsBetween('desk', new Date(from), new Date(to)).reduce((sum, s) => sum + s.end.getTime() - s.start.getTime(), 0);
      expect(total / HOUR).toBe(hours);
    }), { numRuns: 100 });
  });

  it('nextShifts returns the person\'s own segments, in order, not yet over, consistent with shiftsBetween', () => {
    fc.assert(fc.property(instant, person, fc.integer({ min: 1, max: 5 }), fc.array(override, { maxLength: 4 }), (from, who, count, overrides) => {
      const rota = new Rota(rotations, overrides);
      const shifts = rota.nextShifts(who, from, count);
      expect(shifts.length).toBeGreaterThan(0);
      expect(shifts.length).toBeLessThanOrEqual(count);
      shifts.forEach((s, i) => {
        expect(s.personId).toBe(who);
        expect(s.end.getTime()).toBeGreaterThan(from.getTime());
        if (i > 0) expect(s.start.getTime()).toBeGreaterThanOrEqual(shifts[i - 1]!.start.getTime());
        expect(rota.whoIsOnCall(s.teamId, new Date(Math.max(s.start.getTime(), from.getTime())))).toBe(who);
      });
    }), { numRuns: 150 });
  });
});

describe('rota: examples', () => {
  it('a cover moves the absent person\'s duty and nothing else', () => {
    const cover: RotaOverride = {
      id: 'c1', kind: 'cover', teamId: null, from: '2026-11-20T23:00:00.000Z', to: '2026-11-21T23:00:00.000Z',
      absentId: B, coverId: C, seq: 1, createdAt: '2026-11-01T00:00:00Z', createdBy: 'admin',
    };
    const rota = new Rota(rotations, [cover]);
    expect(new Rota(rotations, []).whoIsOnCall('network', new Date('2026-11-21T10:00:00Z'))).toBe(B);
    expect(rota.whoIsOnCall('network', new Date('2026-11-21T10:00:00Z'))).toBe(C);
    expect(rota.whoIsOnCall('network', new Date('2026-11-22T10:00:00Z'))).toBe(B);
    const now = rota.onCallNow('network', new Date('2026-11-21T10:00:00Z'))!;
    expect(now.current).toMatchObject({ personId: C, overridden: true });
    expect(now.current.end.toISOString()).toBe('2026-11-21T23:00:00.000Z');
    expect(now.next?.personId).toBe(B);
  });
});
