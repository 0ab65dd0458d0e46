import { describe, expect, it } from 'vitest';
import { demoConfig } from '../../support/ticket-fixtures.js';
import { vendorTask } from '../../support/vendor-fixtures.js';
import { buildStatement } from '../../../src/capabilities/vendors/statement-builder.js';
import { VendorCalendars } from '../../../src/capabilities/vendors/vendor-month.js';
import type { StatementCorrection } from '../../../src/capabilities/vendors/statement.js';

const config = demoConfig();
const calendars = new VendorCalendars('Europe/Prague');

function build(tasks: ReturnType<typeof vendorTask>[], vendor: string, district: string, corrections: StatementCorrection[] = [], month = '2026-11') {
  return buildStatement({
    vendor, district, month, monthEnd: calendars.monthEnd(month), tasks, corrections, contracts: config.contracts, calendarOf: (c) => calendars.of(c),
  });
}

describe('the monthly statement (hand-computed)', () => {
  it('a contract changing mid-month: each task at the contract of the day it was assigned, each contract capped on its own tasks', () => {
    // A: assigned Fri 13 Nov 08:00 (old contract: 850 Kč, 4 %/h, 150 Kč, cap 10 %), resolved 1 business hour late
    //    P2 resolved due Mon 16 Nov 07:30 → done 08:30 → 60 min → 1 h: 4 % of 85 000 = 3 400 + 15 000 = 18 400; monthly cap 10 % of 85 000 = 8 500
    // B: assigned Mon 16 Nov 08:00 (new contract: 930 Kč), on time
    const a = vendorTask({
      id: 'HD-2026-00001/1', vendor: 'vendor-rokycany', district: 'rokycany', contractId: 'SML-RO-2025', assignedAt: '2026-11-13T07:00:00.000Z',
      acceptedAt: '2026-11-13T07:10:00.000Z', onSiteAt: '2026-11-13T08:00:00.000Z', doneAt: '2026-11-16T07:30:00.000Z', approvedAt: '2026-11-16T09:00:00.000Z',
    });
    const b = vendorTask({ id: 'HD-2026-00002/1', vendor: 'vendor-rokycany', district: 'rokycany', contractId: 'SML-RO-2026', assignedAt: '2026-11-16T07:00:00.000Z' });
    const s = build([a, b], 'vendor-rokycany', 'rokycany');
    expect(s.lines.map((l) => [l.ticketId, l.contractId, l.price, l.penalty])).toEqual([
      ['HD-2026-00001', 'SML-RO-2025', 85000, 18400],
      ['HD-2026-00002', 'SML-RO-2026', 93000, 0],
    ]);
    expect(s.lines[0]!.breaches[0]).toMatchObject({ target: 'resolved', lateMinutes: 60, startedHours: 1, percentAmount: 3400, fixedAmount: 15000 });
    expect(s.groups).toEqual([
      { contractId: 'SML-RO-2025', tasksTotal: 85000, penaltiesUncapped: 18400, monthlyCap: 8500, monthlyCapPercent: 10, penalties: 8500, monthlyCapApplied: true },
      { contractId: 'SML-RO-2026', tasksTotal: 93000, penaltiesUncapped: 0, monthlyCap: 13950, monthlyCapPercent: 15, penalties: 0, monthlyCapApplied: false },
    ]);
    expect(s.totals).toEqual({ tasks: 178000, penalties: 8500, corrections: 0, net: 169500, vat: 35595, gross: 205095 });
  });

  it('bills only approved, unbilled tasks of the vendor and district accepted before the month ended; carries corrections', () => {
    const inMonth = vendorTask({ id: 'HD-2026-00010/1', assignedAt: '2026-11-20T08:00:00.000Z' });
    // finished in October but accepted by OIT only on 2 November: billed in November
    const late = vendorTask({ id: 'HD-2026-00011/1', assignedAt: '2026-10-30T08:00:00.000Z', approvedAt: '2026-11-02T08:00:00.000Z' });
    const december = vendorTask({ id: 'HD-2026-00012/1', assignedAt: '2026-11-30T08:00:00.000Z', approvedAt: '2026-11-30T23:30:00.000Z' }); // 1 Dec 00:30 Prague
    const billed = vendorTask({ id: 'HD-2026-00013/1', assignedAt: '2026-11-03T08:00:00.000Z', billedIn: 'VS-2026-0001' });
    const waiting = vendorTask({ id: 'HD-2026-00014/1', assignedAt: '2026-11-03T08:00:00.000Z', status: 'done' });
    const other = vendorTask({ id: 'HD-2026-00015/1', assignedAt: '2026-11-03T08:00:00.000Z', vendor: 'vendor-tachov', district: 'tachov', contractId: 'SML-TC-2026' });
    const correction: StatementCorrection = { id: 'C-1', kind: 'reopen', ticketId: 'HD-2026-00009', refersTo: 'VS-2026-0001', note: 'reopened', amount: -95000, createdAt: '2026-11-25T10:00:00.000Z' };
    const s = build([inMonth, late, december, billed, waiting, other], 'vendor-klatovy', 'klatovy', [correction]);
    expect(s.lines.map((l) => l.ticketId)).toEqual(['HD-2026-00011', 'HD-2026-00010']);
    expect(s.totals).toEqual({ tasks: 190000, penalties: 0, corrections: -95000, net: 95000, vat: 19950, gross: 114950 });
  });
});
