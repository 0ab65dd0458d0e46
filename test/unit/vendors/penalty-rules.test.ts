import { describe, expect, it } from 'vitest';
import { demoConfig } from '../../support/ticket-fixtures.js';
import { contractOn, priceOf } from '../../../src/capabilities/vendors/contract-rules.js';
import { formatCzk, percentOf } from '../../../src/capabilities/vendors/money.js';
import { monthlyCap, taskPenalty } from '../../../src/capabilities/vendors/penalty-rules.js';
import { VendorCalendars } from '../../../src/capabilities/vendors/vendor-month.js';

const config = demoConfig();
const calendars = new VendorCalendars('Europe/Prague');
const klatovy = contractOn(config.contracts, 'vendor-klatovy', 'klatovy', '2026-11-09')!;
const calendar = calendars.of(klatovy);
const at = (iso: string) => new Date(iso);

describe('money: integer haléře, rounding half away from zero once', () => {
  it('computes percentages exactly and rounds halves away from zero', () => {
    expect(percentOf(95000, 5, 2)).toBe(9500);
    expect(percentOf(333, 50)).toBe(167); // 166.5 → 167
    expect(percentOf(-333, 50)).toBe(-167);
    expect(percentOf(169500, 21)).toBe(35595);
    expect(percentOf(1, 2.5)).toBe(0); // 0.025 haléře
  });
  it('formats Czech and English amounts', () => {
    expect(formatCzk(123450, 'cs')).toBe('1\u00a0234,50\u00a0Kč');
    expect(formatCzk(123450, 'en')).toBe('CZK 1,234.50');
    expect(formatCzk(-5, 'cs')).toBe('-0,05\u00a0Kč');
  });
});

describe('penalties on the district business calendar (hand-computed)', () => {
  it('a P2 repair: on site 70 min and resolved 90 business min late → 2 started hours each, 5 % per hour + 200 Kč', () => {
    // assigned Mon 9 Nov 2026 08:00 Prague (07:00Z); due: accept 09:00, on site 12:00, resolved Tue 07:30 (450 + 30 min)
    const price = priceOf(klatovy, 'onsite-repair')!;
    expect(price).toBe(95000);
    const p = taskPenalty(price, {
      assignedAt: at('2026-11-09T07:00:00Z'), acceptedAt: at('2026-11-09T07:30:00Z'), onSiteAt: at('2026-11-09T12:10:00Z'), doneAt: at('2026-11-10T08:00:00Z'),
    }, klatovy.sla.P2, klatovy.penalties, calendar);
    expect(p.breaches.map((b) => [b.target, b.lateMinutes, b.startedHours, b.percentAmount, b.fixedAmount, b.amount])).toEqual([
      ['onSite', 70, 2, 9500, 20000, 29500],
      ['resolved', 90, 2, 9500, 20000, 29500],
    ]);
    expect(p.breaches[1]!.dueAt).toBe('2026-11-10T06:30:00.000Z');
    expect(p).toMatchObject({ uncapped: 59000, amount: 59000, taskCapApplied: false });
  });

  it('caps a task\'s penalties at its price (toner, 250 Kč)', () => {
    const price = priceOf(klatovy, 'toner')!;
    const p = taskPenalty(price, {
      assignedAt: at('2026-11-09T07:00:00Z'), acceptedAt: at('2026-11-09T09:30:00Z'), onSiteAt: at('2026-11-09T13:00:00Z'), doneAt: at('2026-11-10T09:00:00Z'),
    }, klatovy.sla.P2, klatovy.penalties, calendar);
    // accept 90 min late (2 h: 2500+20000), on site 120 min (2 h: 22500), resolved 150 min (3 h: 3750+20000)
    expect(p.breaches.map((b) => b.amount)).toEqual([22500, 22500, 23750]);
    expect(p).toMatchObject({ uncapped: 68750, amount: 25000, taskCapApplied: true });
  });

  it('counts lateness in business time only: over a weekend and the 17 November holiday', () => {
    // P3 accept 4 h, assigned Mon 16 Nov 14:30 Prague: 60 min on Monday, Tuesday 17 Nov is a holiday → due Wed 18 Nov 10:00
    const p = taskPenalty(95000, {
      assignedAt: at('2026-11-16T13:30:00Z'), acceptedAt: at('2026-11-18T09:01:00Z'), onSiteAt: null, doneAt: null,
    }, klatovy.sla.P3, klatovy.penalties, calendar);
    expect(p.breaches).toHaveLength(1);
    expect(p.breaches[0]).toMatchObject({ target: 'accept', dueAt: '2026-11-18T09:00:00.000Z', lateMinutes: 1, startedHours: 1, amount: 4750 + 20000 });
    // finished on Friday 16:10, after hours: not late for a target due at Monday's opening
    const evening = taskPenalty(95000, {
      assignedAt: at('2026-11-20T14:00:00Z'), acceptedAt: at('2026-11-20T14:10:00Z'), onSiteAt: at('2026-11-20T14:20:00Z'), doneAt: at('2026-11-20T15:10:00Z'),
    }, klatovy.sla.P2, klatovy.penalties, calendar);
    expect(evening.breaches).toEqual([]);
  });

  it('caps a month\'s penalties at a share of its tasks total', () => {
    expect(monthlyCap(18400, 85000, { monthlyCapPercent: 10 })).toEqual({ amount: 8500, cap: 8500, applied: true });
    expect(monthlyCap(8000, 85000, { monthlyCapPercent: 10 })).toEqual({ amount: 8000, cap: 8500, applied: false });
  });
});

describe('contracts by the date the task was assigned', () => {
  it('Rokycany changes contract on 16 November 2026; Klatovy has none after 2027', () => {
    expect(contractOn(config.contracts, 'vendor-rokycany', 'rokycany', '2026-11-15')?.id).toBe('SML-RO-2025');
    expect(contractOn(config.contracts, 'vendor-rokycany', 'rokycany', '2026-11-16')?.id).toBe('SML-RO-2026');
    expect(contractOn(config.contracts, 'vendor-klatovy', 'klatovy', '2028-01-01')).toBeNull();
    expect(contractOn(config.contracts, 'vendor-plzen', 'klatovy', '2026-11-16')).toBeNull();
  });
});
