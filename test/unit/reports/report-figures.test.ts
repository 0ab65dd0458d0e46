import { describe, expect, it } from 'vitest';
import { ZonedTime } from '../../../src/domain/calendar/zoned-time.js';
import { boundsOf } from '../../../src/capabilities/reports/figures/report-period.js';
import { pct, serviceFigures, slaCompliance } from '../../../src/capabilities/reports/figures/period-figures.js';
import { rowMatcher } from '../../../src/capabilities/reports/figures/row-matcher.js';
import { slaMatrix } from '../../../src/capabilities/reports/figures/sla-matrix.js';
import { factOf, newTicket, run, tableOf } from './report-data.js';

const zone = new ZonedTime('Europe/Prague');
const all = rowMatcher.bind(null);
const NOW = Date.parse('2026-12-07T09:00:00Z');

describe('ticket facts: hand-computed cases on the SLA clock', () => {
  it('a holiday and a waiting period move the deadlines by business time (KU 07:00–15:30, 28 Oct a holiday)', () => {
    // P3 created Tue 27 Oct 14:30: response 4 h = 60 min that day + 180 on Thu 29 (Wed 28 is a holiday) → 10:00
    const t = run(newTicket({ id: 'A', at: '2026-10-27T13:30:00Z' }), [
      ['2026-10-29T07:00:00Z', { kind: 'take' }],
      ['2026-10-29T09:00:00Z', { kind: 'status', to: 'waiting-requester' }],
      ['2026-10-30T09:00:00Z', { kind: 'status', to: 'in-progress' }],
      ['2026-11-03T14:00:00Z', { kind: 'resolve', note: 'ok', minutes: 45 }],
    ]);
    const f = factOf(t);
    expect(new Date(f.responseDue!).toISOString()).toBe('2026-10-29T09:00:00.000Z');
    expect(f.responseMet).toBe(true);
    expect(f.responseMinutes).toBe(120);
    // 3 d = 1530 min → Mon 2 Nov 14:30 without the pause; the pause covered 330 + 180 = 510 business minutes → Tue 3 Nov 14:30
    expect(new Date(f.resolutionDue!).toISOString()).toBe('2026-11-03T13:30:00.000Z');
    expect(f.resolutionMet).toBe(false);
    // running minutes: 60 + 510 + 510 + 510 + 480 − 510 paused
    expect(f.resolutionMinutes).toBe(1560);
    expect(f.workedMinutes).toBe(45);
  });

  it('across the end of summer time (25 Oct 2026) the deadline is Monday 07:30 local, 06:30 UTC', () => {
    const f = factOf(newTicket({ id: 'B', at: '2026-10-23T13:00:00Z', priority: 'P2' }));
    expect(new Date(f.responseDue!).toISOString()).toBe('2026-10-26T06:30:00.000Z');
    expect(new Date(f.resolutionDue!).toISOString()).toBe('2026-10-26T13:30:00.000Z');
    expect(f.responseMet).toBeNull();
  });

  it('a priority raised mid-ticket counts from creation with the new target (P4 → P2: the response is late at once)', () => {
    const t = run(newTicket({ id: 'C', at: '2026-11-02T07:00:00Z', priority: 'P4' }), [
      ['2026-11-02T13:00:00Z', { kind: 'priority', priority: 'P2' }],
      ['2026-11-02T13:10:00Z', { kind: 'take' }],
      ['2026-11-03T06:20:00Z', { kind: 'resolve', note: 'ok', minutes: 10 }],
    ]);
    const f = factOf(t);
    expect(f.priority).toBe('P2');
    expect(new Date(f.responseDue!).toISOString()).toBe('2026-11-02T08:00:00.000Z');
    expect(f.responseMet).toBe(false);
    expect(new Date(f.resolutionDue!).toISOString()).toBe('2026-11-03T06:30:00.000Z');
    expect(f.resolutionMet).toBe(true);
  });

  it('a reopened ticket moved to another team: the resolved time is not counted, not a first-assignment resolution', () => {
    const t = run(newTicket({ id: 'D', at: '2026-11-09T08:00:00Z' }), [
      ['2026-11-09T08:30:00Z', { kind: 'take' }],
      ['2026-11-09T09:00:00Z', { kind: 'escalate' }],
      ['2026-11-09T10:00:00Z', { kind: 'resolve', note: 'ok', minutes: 30 }],
      ['2026-11-10T08:00:00Z', { kind: 'reopen' }],
      ['2026-11-10T09:00:00Z', { kind: 'resolve', note: 'ok again', minutes: 20 }],
      ['2026-11-10T10:00:00Z', { kind: 'rate', rating: 4 }],
    ]);
    const f = factOf(t);
    expect(f).toMatchObject({ firstTeam: 'service-desk', team: 'applications', firstTeamResolved: false, reopens: 1, rating: 4, workedMinutes: 50 });
    // Mon 09:00–15:30 (390) + Tue 07:00–10:00 (180) − resolved Mon 11:00 → Tue 09:00 (270 + 120)
    expect(f.resolutionMinutes).toBe(180);
  });
});

describe('period figures', () => {
  const a = run(newTicket({ id: 'A', at: '2026-11-02T08:00:00Z' }), [
    ['2026-11-02T08:30:00Z', { kind: 'take' }], ['2026-11-02T10:00:00Z', { kind: 'resolve', note: 'x', minutes: 5 }], ['2026-11-02T11:00:00Z', { kind: 'rate', rating: 5 }],
  ]);
  const b = run(newTicket({ id: 'B', at: '2026-11-02T08:00:00Z', organisation: 'SUS', site: 'sus-klatovy' }), [
    ['2026-11-05T08:30:00Z', { kind: 'take' }],
  ]);

  it('November 2026 in Prague: from local midnight 1 Nov (CET) to local midnight 1 Dec', () => {
    expect(boundsOf({ kind: 'month', year: 2026, month: 11 }, zone)).toEqual({ from: Date.parse('2026-10-31T23:00:00Z'), to: Date.parse('2026-11-30T23:00:00Z') });
    expect(boundsOf({ kind: 'month', year: 2026, month: 10 }, zone).from).toBe(Date.parse('2026-09-30T22:00:00Z'));
  });

  it('SLA met %, by organisation, and the breached ticket listed', () => {
    const table = tableOf([a, b]);
    const sla = slaCompliance(table, all(table, {}, null), boundsOf({ kind: 'month', year: 2026, month: 11 }, zone), NOW, 'organisation');
    expect(sla.response).toEqual({ met: 1, total: 2 });
    expect(sla.resolution).toEqual({ met: 1, total: 2 });
    expect(sla.by.SUS).toEqual({ response: { met: 0, total: 1 }, resolution: { met: 0, total: 1 } });
    expect(sla.breached).toEqual(['B']);
    const sus = slaCompliance(table, all(table, { organisation: 'SUS' }, null), boundsOf({ kind: 'month', year: 2026, month: 11 }, zone), NOW, null);
    expect(pct(sus.response)).toBe(0);
  });

  it('an empty period has no shares, no medians and a zero volume', () => {
    const table = tableOf([a, b]);
    const period = boundsOf({ kind: 'month', year: 2026, month: 1 }, zone);
    const sla = slaCompliance(table, all(table, {}, null), period, NOW, null);
    expect(pct(sla.response)).toBeNull();
    const service = serviceFigures(table, all(table, {}, null), period);
    expect(service).toMatchObject({ created: 0, ended: 0, backlogEnd: 0, mtta: { median: null, p90: null }, csat: { average: null, rated: 0 } });
  });

  it('service figures: volume, backlog, MTTA and CSAT', () => {
    const table = tableOf([a, b]);
    const s = serviceFigures(table, all(table, {}, null), boundsOf({ kind: 'month', year: 2026, month: 11 }, zone));
    expect(s).toMatchObject({ created: 2, ended: 1, backlogStart: 0, backlogEnd: 1, resolved: 1, csat: { average: 5, rated: 1, distribution: [0, 0, 0, 0, 1] } });
    expect(s.mtta.median).toBe(30); // A answered after 30 minutes
    expect(s.mtta.p90).toBe(360 + 2 * 510 + 180); // B: Mon 09:00–15:00, Tue, Wed, Thu 06:30–09:30 (SUS 06:30–15:00)
  });

  it('the monthly matrix agrees with the month-by-month compliance', () => {
    const table = tableOf([a, b]);
    const edges = [10, 11, 12].map((m) => boundsOf({ kind: 'month', year: 2026, month: m }, zone).from).concat(boundsOf({ kind: 'month', year: 2026, month: 12 }, zone).to);
    const matrix = slaMatrix(table, all(table, {}, null), edges, NOW, 'organisation');
    expect(matrix.months[1]).toEqual({ response: { met: 1, total: 2 }, resolution: { met: 1, total: 2 } });
    expect(matrix.months[0]!.response.total).toBe(0);
    expect(matrix.by.KU![1]).toEqual({ response: { met: 1, total: 1 }, resolution: { met: 1, total: 1 } });
  });
});
