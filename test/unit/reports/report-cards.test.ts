import { describe, expect, it } from 'vitest';
import { statusNow } from '../../../src/capabilities/reports/figures/status-figures.js';
import { rowMatcher } from '../../../src/capabilities/reports/figures/row-matcher.js';
import { mergeQuestion, parseReportQuery } from '../../../src/capabilities/reports/report-query.js';
import { reportCharts } from '../../../src/capabilities/reports/cards/report-charts.js';
import { ReportView } from '../../../src/capabilities/reports/report-view.js';
import { ReportsService, type Report, type ReportQuery } from '../../../src/capabilities/reports/reports-service.js';
import type { ReportCard } from '../../../src/capabilities/reports/cards/report-card-parts.js';
import { SlaCalendars } from '../../../src/services/sla-calendars.js';
import type { Ticket } from '../../../src/domain/tickets/ticket.js';
import { createLogger } from '../../../src/logging/logger.js';
import { config, newTicket, run, tableOf } from './report-data.js';

const ADELE = '00000000-0000-0000-0000-0000000000022';
const DIEGO = '00000000-0000-0000-0000-0000000000026';
/** Monday 7 December 2026, 10:00 in Prague. */
const NOW = new Date('2026-12-07T09:00:00Z');

/** Open tickets now: one waiting on a vendor (SÚS), one on the requester (KU), one nobody took (KU), one in progress (SÚS). */
const tickets: Ticket[] = [
  run(newTicket({ id: 'HD-2026-00001', at: '2026-12-03T08:00:00Z', organisation: 'SUS', site: 'sus-klatovy', category: 'hardware' }), [
    ['2026-12-03T08:20:00Z', { kind: 'take' }],
    ['2026-12-03T09:00:00Z', { kind: 'status', to: 'waiting-vendor' }],
  ]),
  run(newTicket({ id: 'HD-2026-00002', at: '2026-12-04T08:00:00Z' }), [
    ['2026-12-04T08:10:00Z', { kind: 'take' }],
    ['2026-12-04T08:30:00Z', { kind: 'status', to: 'waiting-requester' }],
  ]),
  newTicket({ id: 'HD-2026-00003', at: '2026-12-07T08:00:00Z' }),
  run(newTicket({ id: 'HD-2026-00004', at: '2026-12-07T07:00:00Z', organisation: 'SUS', site: 'sus-klatovy' }), [['2026-12-07T07:05:00Z', { kind: 'take' }]]),
];

function service(list: Ticket[]): ReportsService {
  const table = tableOf(list);
  const calendars = new SlaCalendars(config);
  return new ReportsService({
    facts: { table: async () => table }, tickets: { get: (id) => list.find((t) => t.id === id) }, pages: { openedBetween: () => [] },
    calendarOf: (org) => calendars.of(org ?? 'KU'), config, clock: { now: () => NOW },
  });
}

async function report(user: string, query: ReportQuery, list = tickets): Promise<Report> {
  const outcome = await service(list).answer(user, query);
  if (outcome.kind !== 'report') throw new Error(`refused: ${outcome.reason}`);
  return outcome.report;
}

const view = new ReportView(config, null, createLogger('silent'));
const text = (card: ReportCard) => JSON.stringify(card).replace(/\u00a0/gu, ' ');
const status = (filter: ReportQuery['filter'] = {}, list?: ReportQuery['list']): ReportQuery => ({ kind: 'status', period: null, by: null, filter, ...(list ? { list } : {}) });

/** The drill-down actions of a card (buttons and clickable rows), anywhere in it. */
function actions(card: unknown): { verb: string; title: string; data: Record<string, unknown> }[] {
  const out: { verb: string; title: string; data: Record<string, unknown> }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'Action.Execute') out.push(o as never);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe('status now: waiting on a vendor, its own figure with its list', () => {
  it('the facts list the tickets waiting on a vendor apart from those waiting on the requester and the unassigned', () => {
    const table = tableOf(tickets);
    const s = statusNow(table, rowMatcher(table, {}, null), NOW.getTime(), 'status', () => 0);
    expect(s.open).toBe(4);
    expect(s.waitingVendor).toEqual(['HD-2026-00001']);
    expect(s.waitingRequester).toEqual(['HD-2026-00002']);
    expect(s.unassigned).toEqual(['HD-2026-00003']);
  });

  it('the card shows the figure beside waiting on the requester; a click opens the list, each ticket opening its detail (cs and en)', async () => {
    const card = await view.card(await report(ADELE, status()), 'cs');
    expect(text(card)).toMatch(/"text":"Čeká na žadatele".*"text":"1 ›".*"text":"Čeká na dodavatele".*"text":"1 ›"/u);
    const click = actions(card).find((a) => a.verb === 'report.show' && (a.data.q as ReportQuery).list === 'waitingVendor');
    expect(click?.title).toBe('Čeká na dodavatele');
    // the click's data goes through the same parsing as a real card action
    const query = parseReportQuery(click!.data.q)!;
    const listCard = await view.card(await report(ADELE, query), 'cs');
    expect(text(listCard)).toContain('Čeká na dodavatele – otevřené požadavky');
    expect(text(listCard)).toContain('1 požadavek');
    expect(actions(listCard).filter((a) => a.verb === 'report.ticket').map((a) => a.data.id)).toEqual(['HD-2026-00001']);
    expect(actions(listCard).find((a) => a.verb === 'report.show')?.data.q).toEqual(status());
    const en = text(await view.card(await report(ADELE, query), 'en'));
    expect(en).toContain('Waiting on a vendor – open tickets');
  });

  it('an empty list is no link; the list of an organisation manager is his organisation\'s; a forged list of another is refused', async () => {
    const none = await view.card(await report(ADELE, status({ organisation: 'CN' })), 'cs');
    expect(actions(none).some((a) => (a.data.q as ReportQuery | undefined)?.list)).toBe(false);
    const diego = await view.card(await report(DIEGO, status({}, 'waitingVendor')), 'cs');
    expect(actions(diego).filter((a) => a.verb === 'report.ticket').map((a) => a.data.id)).toEqual(['HD-2026-00001']);
    const unassigned = await report(DIEGO, status({}, 'unassigned'));
    expect(unassigned.kind === 'status' && unassigned.list?.total).toBe(0);
    const forged = await service(tickets).answer(DIEGO, parseReportQuery({ kind: 'status', filter: { organisation: 'KU' }, list: 'waitingRequester' })!);
    expect(forged.kind).toBe('refused');
    expect(parseReportQuery({ kind: 'sla', filter: {}, list: 'waitingVendor' })).toBeNull();
    expect(parseReportQuery({ kind: 'status', filter: {}, list: 'everything' })).toBeNull();
  });
});

describe('report cards say only what applies', () => {
  it('after "jen SÚS" the scope line names the organisation alone, not "the whole region" as well', async () => {
    const card = text(await view.card(await report(ADELE, status({ organisation: 'SUS' })), 'cs'));
    expect(card).toContain('"text":"Organizace: Správa údržby silnic · stav k 7. 12. 2026 10:00"');
    expect(card).not.toContain('Celý kraj');
    expect(text(await view.card(await report(ADELE, status()), 'cs'))).toContain('"text":"Celý kraj · stav k');
    const p1 = text(await view.card(await report(ADELE, { kind: 'sla', period: null, by: null, filter: { organisation: 'SUS', priority: 'P1' } }), 'en'));
    expect(p1).toContain('"text":"Organisation: Road maintenance · Only: P1"');
  });

  it('a card with no figures (a month with no tickets, no open tickets) offers no export but says there is nothing to export', async () => {
    const empty = { kind: 'month' as const, year: 2026, month: 3 };
    for (const kind of ['sla', 'service', 'trend', 'breached'] as const) {
      const card = await view.card(await report(ADELE, { kind, period: kind === 'trend' ? { kind: 'months', year: 2026, month: 3, count: 3 } : empty, by: null, filter: {} }), 'cs');
      expect(actions(card).some((a) => a.verb === 'report.export'), kind).toBe(false);
      expect(text(card), kind).toContain('Není co exportovat');
    }
    const closedOnly = run(newTicket({ id: 'HD-2026-00009', at: '2026-11-03T08:00:00Z' }), [
      ['2026-11-03T08:10:00Z', { kind: 'take' }], ['2026-11-03T09:00:00Z', { kind: 'resolve', note: 'ok', minutes: 5 }], ['2026-11-06T09:00:00Z', { kind: 'close' }],
    ]);
    const noneOpen = await view.card(await report(ADELE, status(), [closedOnly]), 'cs');
    expect(actions(noneOpen).some((a) => a.verb === 'report.export')).toBe(false);
    const november = await view.card(await report(ADELE, { kind: 'sla', period: { kind: 'month', year: 2026, month: 11 }, by: null, filter: {} }, [closedOnly]), 'cs');
    expect(actions(november).filter((a) => a.verb === 'report.export')).toHaveLength(2);
    expect(actions(await view.card(await report(ADELE, status()), 'cs')).filter((a) => a.verb === 'report.export')).toHaveLength(2);
  });

  it('"a za říjen?" after a 12-month trend is October\'s overview, not a one-month "trend" of lone points (a trend of one month draws no chart); "rozpad podle priority" then is its SLA by priority', async () => {
    const trend: ReportQuery = { kind: 'trend', period: null, by: null, filter: { organisation: 'SUS' } };
    const october = { kind: 'month' as const, year: 2026, month: 10 };
    expect(mergeQuestion({ kind: null, period: october, by: null, filter: {}, format: null, strong: false }, trend)).toEqual({ kind: 'service', period: october, by: null, filter: { organisation: 'SUS' } });
    expect(mergeQuestion({ kind: null, period: { kind: 'quarter', year: 2026, quarter: 3 }, by: null, filter: {}, format: null, strong: false }, trend)?.kind).toBe('trend');
    // then "rozpad podle priority": the overview has no breakdown, its SLA by priority does
    const overview: ReportQuery = { kind: 'service', period: october, by: null, filter: { organisation: 'SUS' } };
    expect(mergeQuestion({ kind: null, period: null, by: 'priority', filter: {}, format: null, strong: false }, overview)).toEqual({ kind: 'sla', period: october, by: 'priority', filter: { organisation: 'SUS' } });
    const f = view.format('cs');
    expect(reportCharts(await report(ADELE, { ...trend, period: october }), f)).toEqual([]);
    expect(reportCharts(await report(ADELE, trend), f)).toHaveLength(2);
  });

  it('the trend table fits a narrow card: short headers, shares without the unit (the header says %), a legend line', async () => {
    const card = text(await view.card(await report(ADELE, { kind: 'trend', period: null, by: 'priority', filter: {} }), 'cs'));
    expect(card).toContain('"text":"Reakce %"');
    expect(card).toContain('"text":"Nevyř."');
    expect(card).not.toMatch(/"text":"\d+,\d %"/u);
    expect(card).toContain('Vyřešení v termínu (%) – priorita');
    // December is still running: marked, so that its low counts do not read as a collapse
    expect(card).toContain('"text":"12/2026*"');
    expect(card).toContain('* prosinec 2026 ještě běží.');
    expect(text(await view.card(await report(ADELE, { kind: 'trend', period: { kind: 'months', year: 2026, month: 11, count: 12 }, by: null, filter: {} }), 'cs'))).not.toContain('*');
  });
});
