import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Priority, SlaTarget } from '../../../src/config/domain-schema.js';
import { BusinessCalendar } from '../../../src/domain/calendar/business-calendar.js';
import { czechPublicHolidays } from '../../../src/domain/calendar/czech-holidays.js';
import { SlaClock, type SlaInputs } from '../../../src/domain/sla/sla-clock.js';
import { slaEvents } from '../../../src/domain/sla/sla-events.js';
import { SlaTimeline, type SlaPause } from '../../../src/domain/sla/sla-timeline.js';

/** The demo policy of config/demo.yaml. */
const TARGETS: Record<Priority, SlaTarget> = {
  P1: { response: '30m', resolution: '4h', calendar: '24x7' },
  P2: { response: '1h', resolution: '8h', calendar: 'business' },
  P3: { response: '4h', resolution: '3d', calendar: 'business' },
  P4: { response: '1d', resolution: '10d', calendar: 'business' },
};
const calendar = new BusinessCalendar({
  timezone: 'Europe/Prague',
  hours: { days: [1, 2, 3, 4, 5], start: '07:00', end: '15:30' },
  holidays: czechPublicHolidays,
});
const d = (iso: string) => new Date(iso);
const clockFor = (priority: Priority, createdAt: string, extra: Partial<SlaInputs> = {}) =>
  new SlaClock({ createdAt: d(createdAt), priority, target: TARGETS[priority], calendar, ...extra });
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('SlaClock deadlines (Europe/Prague, Mon–Fri 07:00–15:30, Czech holidays)', () => {
  it.each([
    // name, priority, created (UTC), response due, resolution due
    ['P3 Friday 15:00 CET: 4 business h → Mon 10:30; 3 business days → Wed 15:00', 'P3', '2026-03-06T14:00:00Z',
      '2026-03-09T09:30:00.000Z', '2026-03-11T14:00:00.000Z'],
    ['P3 Thu 2 Apr 14:00 CEST across Good Friday and Easter Monday', 'P3', '2026-04-02T12:00:00Z',
      '2026-04-07T07:30:00.000Z', '2026-04-09T12:00:00.000Z'],
    ['P4 Thu 2 Apr 14:00 CEST: 1 business day → Tue 14:00; 10 days (90 + 9 × 510 + 420) → Mon 20 Apr 14:00', 'P4',
      '2026-04-02T12:00:00Z', '2026-04-07T12:00:00.000Z', '2026-04-20T12:00:00.000Z'],
    ['P4 Mon 2 Mar 09:00 CET: 10 business days → Mon 16 Mar 09:00', 'P4', '2026-03-02T08:00:00Z',
      '2026-03-03T08:00:00.000Z', '2026-03-16T08:00:00.000Z'],
    ['P1 24x7 01:30 CET on 29 March: 30 min → 03:00 CEST, 4 h → 06:30 CEST', 'P1', '2026-03-29T00:30:00Z',
      '2026-03-29T01:00:00.000Z', '2026-03-29T04:30:00.000Z'],
    ['P1 24x7 01:30 CEST on 25 October: 4 h → 04:30 CET', 'P1', '2026-10-24T23:30:00Z',
      '2026-10-25T00:00:00.000Z', '2026-10-25T03:30:00.000Z'],
    ['P2 Fri 27 Mar 15:00 CET across the spring change → Mon 07:30 / 14:30 CEST', 'P2', '2026-03-27T14:00:00Z',
      '2026-03-30T05:30:00.000Z', '2026-03-30T12:30:00.000Z'],
    ['P2 Fri 23 Oct 15:00 CEST across the autumn change → Mon 07:30 / 14:30 CET', 'P2', '2026-10-23T13:00:00Z',
      '2026-10-26T06:30:00.000Z', '2026-10-26T13:30:00.000Z'],
    ['P2 Sat 10:00: counting starts Monday 07:00', 'P2', '2026-03-07T09:00:00Z',
      '2026-03-09T07:00:00.000Z', '2026-03-09T14:00:00.000Z'],
    ['P2 Mon 07:30 CET: 8 h → 15:30 the same day (end of day stays)', 'P2', '2026-03-09T06:30:00Z',
      '2026-03-09T07:30:00.000Z', '2026-03-09T14:30:00.000Z'],
  ] as const)('%s', (_name, priority, createdAt, responseDue, resolutionDue) => {
    const clock = clockFor(priority, createdAt);
    expect([iso(clock.responseDue), iso(clock.resolutionDue)]).toEqual([responseDue, resolutionDue]);
  });

  it('one minute later the 8 h run over into the next morning: Mon 07:31 → Tue 07:01', () => {
    expect(iso(clockFor('P2', '2026-03-09T06:31:00Z').resolutionDue)).toBe('2026-03-10T06:01:00.000Z');
  });

  it('warnings at 75 % (default) and at a configured share', () => {
    const clock = clockFor('P3', '2026-03-06T14:00:00Z');
    expect(iso(clock.responseWarnAt)).toBe('2026-03-09T08:30:00.000Z'); // 180 min: Fri 30 + Mon 150 → 09:30 CET
    expect(iso(clock.resolutionWarnAt)).toBe('2026-03-11T07:37:30.000Z'); // 1147.5 min → Wed 08:37:30 CET
    const p1 = new SlaClock({ createdAt: d('2026-03-29T00:30:00Z'), priority: 'P1', target: TARGETS.P1, calendar }, { warnAtPercent: 50 });
    expect([iso(p1.responseWarnAt), iso(p1.resolutionWarnAt)]).toEqual(['2026-03-29T00:45:00.000Z', '2026-03-29T02:30:00.000Z']);
  });

  it('breaches: open at the deadline = breached; responded at the deadline = met', () => {
    const clock = clockFor('P3', '2026-03-06T14:00:00Z');
    expect(clock.responseBreached(d('2026-03-09T09:29:59Z'))).toBe(false);
    expect(clock.responseBreached(d('2026-03-09T09:30:00Z'))).toBe(true);
    const onTime = clockFor('P3', '2026-03-06T14:00:00Z', { respondedAt: d('2026-03-09T09:30:00Z') });
    expect(onTime.responseBreached(d('2026-03-20T00:00:00Z'))).toBe(false);
    const late = clockFor('P3', '2026-03-06T14:00:00Z', { respondedAt: d('2026-03-09T09:31:00Z') });
    expect(late.responseBreached(d('2026-03-20T00:00:00Z'))).toBe(true);
    expect(late.responseBreached(d('2026-03-09T09:00:00Z'))).toBe(false); // asked about a moment before the breach
    const resolvedLate = clockFor('P3', '2026-03-06T14:00:00Z', { resolvedAt: d('2026-03-11T14:01:00Z') });
    expect(resolvedLate.resolutionBreached(d('2026-03-12T00:00:00Z'))).toBe(true);
  });

  it('elapsed and remaining business minutes', () => {
    const clock = clockFor('P3', '2026-03-06T14:00:00Z');
    const monday0900 = d('2026-03-09T08:00:00Z');
    expect(clock.responseElapsedMinutes(monday0900)).toBe(150);
    expect(clock.responseRemainingMinutes(monday0900)).toBe(90);
    expect(clock.resolutionRemainingMinutes(monday0900)).toBe(1530 - 150);
    expect(clock.responseRemainingMinutes(d('2026-03-09T10:30:00Z'))).toBe(-60);
    const responded = clockFor('P3', '2026-03-06T14:00:00Z', { respondedAt: d('2026-03-09T06:10:00Z') });
    expect(responded.responseElapsedMinutes(d('2026-03-10T10:00:00Z'))).toBe(40);
    expect(clock.resolutionBudgetMinutes).toBe(1530);
  });
});

describe('SlaClock pauses', () => {
  // P3 created Thu 5 Mar 10:00 CET; waiting for the requester Fri 14:00 → Mon 09:00.
  const created = '2026-03-05T09:00:00Z';
  const weekend: SlaPause = { from: d('2026-03-06T13:00:00Z'), to: d('2026-03-09T08:00:00Z') };

  it('a pause over a weekend moves the resolution by the business time paused (Fri 90 + Mon 120 min)', () => {
    expect(iso(clockFor('P3', created).resolutionDue)).toBe('2026-03-10T09:00:00.000Z'); // Tue 10:00 CET
    const clock = clockFor('P3', created, { pauses: [weekend] });
    expect(iso(clock.resolutionDue)).toBe('2026-03-10T12:30:00.000Z'); // Tue 13:30 CET
    expect(iso(clock.responseDue)).toBe('2026-03-05T13:00:00.000Z'); // response clock not paused
    expect(clock.resolutionElapsedMinutes(d('2026-03-09T11:00:00Z'))).toBe(330 + 420 + 180);
    expect(clock.resolutionRemainingMinutes(d('2026-03-09T11:00:00Z'))).toBe(1530 - 930);
    expect(clock.isPaused(d('2026-03-07T12:00:00Z'))).toBe(true);
    expect(clock.isPaused(d('2026-03-09T08:00:00Z'))).toBe(false);
  });

  it('while paused the resolution deadline is unknown and cannot be breached', () => {
    const clock = clockFor('P3', created, { pauses: [{ from: weekend.from }] });
    expect(clock.resolutionDue).toBeNull();
    expect(clock.resolutionWarnAt).toBeNull(); // 1147.5 min not reached by the 750 min before the pause
    expect(clock.resolutionBreached(d('2026-06-01T00:00:00Z'))).toBe(false);
    expect(clock.resolutionElapsedMinutes(d('2026-03-20T00:00:00Z'))).toBe(750);
    expect(slaEvents(clock).map((e) => e.kind)).toEqual(['response-warning', 'response-breach']);
  });

  it('a pause that begins after the deadline does not hide the breach', () => {
    const clock = clockFor('P2', '2026-03-09T06:00:00Z', { pauses: [{ from: d('2026-03-10T10:00:00Z') }] });
    expect(iso(clock.resolutionDue)).toBe('2026-03-09T14:00:00.000Z');
    expect(clock.resolutionBreached(d('2026-03-11T10:00:00Z'))).toBe(true);
  });

  it('overlapping, touching and pre-creation pauses are merged and clipped', () => {
    const pauses: SlaPause[] = [
      { from: d('2026-03-05T08:00:00Z'), to: d('2026-03-05T10:00:00Z') }, // begins before creation: 60 min count
      { from: d('2026-03-05T11:00:00Z'), to: d('2026-03-05T12:00:00Z') },
      { from: d('2026-03-05T11:30:00Z'), to: d('2026-03-05T13:00:00Z') }, // overlaps the previous: 11:00–13:00
    ];
    // Tue 10:00 CET + 60 + 120 paused minutes → Tue 13:00 CET
    expect(iso(clockFor('P3', created, { pauses }).resolutionDue)).toBe('2026-03-10T12:00:00.000Z');
  });

  it('the response clock pauses only with pauseResponse', () => {
    const pauses = [{ from: d('2026-03-05T10:00:00Z'), to: d('2026-03-05T12:00:00Z') }];
    const inputs = { createdAt: d(created), priority: 'P3' as const, target: TARGETS.P3, calendar, pauses };
    expect(iso(new SlaClock(inputs).responseDue)).toBe('2026-03-05T13:00:00.000Z');
    expect(iso(new SlaClock(inputs, { pauseResponse: true }).responseDue)).toBe('2026-03-06T06:30:00.000Z'); // Fri 07:30
  });

  it('a 24x7 P1 paused for an hour across the spring change is due an hour later', () => {
    const clock = clockFor('P1', '2026-03-29T00:30:00Z', { pauses: [{ from: d('2026-03-29T01:00:00Z'), to: d('2026-03-29T02:00:00Z') }] });
    expect(iso(clock.resolutionDue)).toBe('2026-03-29T05:30:00.000Z');
  });
});

describe('SlaClock priority changes (recomputed from the original creation time)', () => {
  const created = '2026-03-02T08:00:00Z'; // Mon 09:00 CET
  const toP2 = { at: d('2026-03-02T10:00:00Z'), priority: 'P2' as const, target: TARGETS.P2 };

  it('P4 raised to P2 at 11:00: deadlines from 09:00 with the P2 target', () => {
    const clock = clockFor('P4', created, { priorityChanges: [toP2] });
    expect(clock.priority).toBe('P2');
    expect(iso(clock.responseDue)).toBe('2026-03-02T09:00:00.000Z'); // 10:00 CET: already past at the change
    expect(iso(clock.resolutionDue)).toBe('2026-03-03T07:30:00.000Z'); // Mon 390 + Tue 90 → Tue 08:30 CET
    expect(clock.responseBreached(toP2.at)).toBe(true);
  });

  it('a response given before the raise is judged by the priority then in force', () => {
    const clock = clockFor('P4', created, { priorityChanges: [toP2], respondedAt: d('2026-03-02T08:45:00Z') });
    expect(iso(clock.responseDue)).toBe('2026-03-03T08:00:00.000Z'); // P4: 1 business day
    expect(clock.responseBreached(d('2026-03-05T00:00:00Z'))).toBe(false);
    expect(iso(clock.resolutionDue)).toBe('2026-03-03T07:30:00.000Z');
  });

  it('P3 raised to P1 switches to the 24x7 calendar', () => {
    const clock = clockFor('P3', created, { priorityChanges: [{ at: d('2026-03-02T10:00:00Z'), priority: 'P1', target: TARGETS.P1 }] });
    expect([iso(clock.responseDue), iso(clock.resolutionDue)]).toEqual(['2026-03-02T08:30:00.000Z', '2026-03-02T12:00:00.000Z']);
  });

  it('the latest change wins, in whatever order they are given', () => {
    const clock = clockFor('P4', created, { priorityChanges: [
      { at: d('2026-03-02T12:00:00Z'), priority: 'P3', target: TARGETS.P3 },
      toP2,
    ] });
    expect(clock.priority).toBe('P3');
    expect(iso(clock.resolutionDue)).toBe('2026-03-05T08:00:00.000Z'); // 1530 = 390 + 510 + 510 + 120 → Thu 09:00 CET
  });
});

describe('slaEvents', () => {
  it('lists warnings and breaches of the running clocks in time order', () => {
    const events = slaEvents(clockFor('P3', '2026-03-06T14:00:00Z'));
    expect(events.map((e) => [e.kind, e.at.toISOString()])).toEqual([
      ['response-warning', '2026-03-09T08:30:00.000Z'],
      ['response-breach', '2026-03-09T09:30:00.000Z'],
      ['resolution-warning', '2026-03-11T07:37:30.000Z'],
      ['resolution-breach', '2026-03-11T14:00:00.000Z'],
    ]);
  });

  it('a stopped clock has no events', () => {
    const responded = clockFor('P3', '2026-03-06T14:00:00Z', { respondedAt: d('2026-03-09T07:00:00Z') });
    expect(slaEvents(responded).map((e) => e.kind)).toEqual(['resolution-warning', 'resolution-breach']);
    const resolved = clockFor('P3', '2026-03-06T14:00:00Z', { respondedAt: d('2026-03-09T07:00:00Z'), resolvedAt: d('2026-03-09T08:00:00Z') });
    expect(slaEvents(resolved)).toEqual([]);
  });
});

describe('SlaClock properties', () => {
  const MS = 60_000;
  const instant = fc.integer({ min: Date.parse('2025-06-01T00:00Z') / MS, max: Date.parse('2028-06-01T00:00Z') / MS }).map((m) => new Date(m * MS));
  const businessPriority = fc.constantFrom<Priority>('P2', 'P3', 'P4');
  const pause = fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 10_000 }));
  const atOrInHours = (at: Date | null) => at !== null && calendar.isOpen(new Date(at.getTime() - 1));

  it('business-hours deadlines lie in business hours or exactly at a closing time, and use the whole budget', () => {
    fc.assert(fc.property(businessPriority, instant, fc.array(pause, { maxLength: 3 }), (priority, createdAt, raw) => {
      const pauses = raw.map(([offset, length]) => ({
        from: new Date(createdAt.getTime() + offset * MS), to: new Date(createdAt.getTime() + (offset + length) * MS),
      }));
      const clock = new SlaClock({ createdAt, priority, target: TARGETS[priority], calendar, pauses });
      const due = clock.resolutionDue;
      return atOrInHours(clock.responseDue) && atOrInHours(due) && atOrInHours(clock.resolutionWarnAt)
        && clock.resolutionElapsedMinutes(due!) === clock.resolutionBudgetMinutes
        && clock.resolutionWarnAt! <= due!;
    }), { numRuns: 500 });
  });

  it('pauses never bring a deadline forward', () => {
    fc.assert(fc.property(businessPriority, instant, pause, (priority, createdAt, [offset, length]) => {
      const from = new Date(createdAt.getTime() + offset * MS);
      const plain = new SlaClock({ createdAt, priority, target: TARGETS[priority], calendar });
      const paused = new SlaClock({ createdAt, priority, target: TARGETS[priority], calendar,
        pauses: [{ from, to: new Date(from.getTime() + length * MS) }] });
      return paused.resolutionDue! >= plain.resolutionDue!;
    }), { numRuns: 500 });
  });

  it('equal budgets end at the same instant, even at a closing time', () => {
    const timeline = new SlaTimeline(calendar, d('2026-03-09T06:00:00Z'));
    expect(timeline.deadlines([510, 510]).map(iso)).toEqual(['2026-03-09T14:30:00.000Z', '2026-03-09T14:30:00.000Z']);
    const warnAtFull = new SlaClock({ createdAt: d('2026-03-09T06:30:00Z'), priority: 'P2', target: TARGETS.P2, calendar }, { warnAtPercent: 100 });
    expect([iso(warnAtFull.resolutionWarnAt), iso(warnAtFull.resolutionDue)]).toEqual(['2026-03-09T14:30:00.000Z', '2026-03-09T14:30:00.000Z']);
  });

  it('one walk for [warning, breach] gives the same instants as two separate walks', () => {
    const budget = fc.oneof(fc.integer({ min: 0, max: 6000 }), fc.constantFrom(510, 1020, 1530));
    fc.assert(fc.property(instant, budget, budget, fc.array(pause, { maxLength: 4 }), fc.boolean(), (start, b1, b2, raw, openLast) => {
      const pauses: SlaPause[] = raw.map(([offset, length], i) => ({
        from: new Date(start.getTime() + offset * MS),
        ...(openLast && i === raw.length - 1 ? {} : { to: new Date(start.getTime() + (offset + length) * MS) }),
      }));
      const timeline = new SlaTimeline(calendar, start, pauses);
      const [lo, hi] = b1 <= b2 ? [b1, b2] : [b2, b1];
      const both = timeline.deadlines([lo, hi]).map(iso);
      return both[0] === iso(timeline.deadline(lo)) && both[1] === iso(timeline.deadline(hi));
    }), { numRuns: 500 });
  });
});
