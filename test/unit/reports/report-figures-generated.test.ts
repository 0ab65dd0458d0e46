/**
 * Figures on a generated data set (seeded), against a second, simple implementation here that asks
 * each ticket's SLA clock directly (its breach methods, its elapsed minutes) instead of the facts.
 */
import { describe, expect, it } from 'vitest';
import type { Priority } from '../../../src/config/domain-schema.js';
import { isOpen } from '../../../src/domain/tickets/ticket-lifecycle.js';
import type { TicketCommand } from '../../../src/domain/tickets/ticket-command.js';
import type { Ticket } from '../../../src/domain/tickets/ticket.js';
import { pct, serviceFigures, slaCompliance } from '../../../src/capabilities/reports/figures/period-figures.js';
import { rowMatcher } from '../../../src/capabilities/reports/figures/row-matcher.js';
import { slaMatrix } from '../../../src/capabilities/reports/figures/sla-matrix.js';
import { monthFlow } from '../../../src/capabilities/reports/figures/month-flow.js';
import { statusNow } from '../../../src/capabilities/reports/figures/status-figures.js';
import { newTicket, random, run, sla, tableOf } from './report-data.js';

const NOW = new Date('2026-12-07T09:00:00Z');
/** November 2026, Prague local midnights (hard-coded here, not computed by the code under test). */
const NOV = { from: Date.parse('2026-10-31T23:00:00Z'), to: Date.parse('2026-11-30T23:00:00Z') };
const ORGS = ['KU', 'SUS', 'CN', 'ZH'];
const SITES: Record<string, string | null> = { KU: 'ku-skroupova', SUS: 'sus-klatovy', CN: 'cn-plzen', ZH: 'zh-plzen' };
const HOUR = 3_600_000;

function generate(count: number): Ticket[] {
  const rnd = random(20261207);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const start = Date.parse('2026-09-01T05:00:00Z');
  const tickets: Ticket[] = [];
  for (let i = 0; i < count; i++) {
    let at = start + rnd() * (NOW.getTime() - start - 48 * HOUR);
    const org = pick(ORGS);
    const ticket = newTicket({ id: `HD-2026-${String(i + 1).padStart(5, '0')}`, at: new Date(at).toISOString(), priority: pick(['P1', 'P2', 'P3', 'P4'] as Priority[]), organisation: org, site: SITES[org]!, category: pick(['software', 'hardware', 'network', 'account'] as const) });
    const steps: [string, TicketCommand][] = [];
    const later = (maxHours: number) => {
      at += rnd() * maxHours * HOUR + 60_000;
      return at < NOW.getTime() ? new Date(at).toISOString() : null;
    };
    const step = (maxHours: number, command: TicketCommand): boolean => {
      const when = later(maxHours);
      if (when) steps.push([when, command]);
      return when !== null;
    };
    if (rnd() < 0.15 && !step(20, { kind: 'priority', priority: ticket.priority === 'P1' ? 'P3' : 'P1' })) continue;
    if (rnd() < 0.05) {
      step(30, { kind: 'cancel' });
    } else if (rnd() < 0.9 && step(30, { kind: 'take' })) {
      if (rnd() < 0.3 && step(20, { kind: 'status', to: 'waiting-requester' })) step(60, { kind: 'status', to: 'in-progress' });
      if (rnd() < 0.15) step(10, { kind: 'escalate' });
      if (rnd() < 0.75 && step(100, { kind: 'resolve', note: 'done', minutes: Math.floor(rnd() * 90) })) {
        if (rnd() < 0.1 && step(30, { kind: 'reopen' })) step(30, { kind: 'resolve', note: 'again', minutes: 10 });
        if (rnd() < 0.4) step(20, { kind: 'rate', rating: 1 + Math.floor(rnd() * 5) });
      }
    }
    tickets.push(run(ticket, steps));
  }
  return tickets;
}

const tickets = generate(600);
const table = tableOf(tickets);

/** The second implementation: straight from each ticket's SLA clock. */
function expectedCompliance(org: string | null) {
  const out = { response: { met: 0, total: 0 }, resolution: { met: 0, total: 0 }, breached: [] as string[] };
  for (const t of tickets) {
    if (org && t.organisation !== org) continue;
    const clock = sla.clockFor(t);
    const inNov = (d: Date | null) => d !== null && d.getTime() >= NOV.from && d.getTime() < NOV.to;
    let late = false;
    if (inNov(clock.responseDue) && (clock.respondedAt || clock.responseDue!.getTime() <= NOW.getTime())) {
      out.response.total++;
      if (clock.responseBreached(NOW)) late = true;
      else out.response.met++;
    }
    if (inNov(clock.resolutionDue) && (clock.resolvedAt || clock.resolutionDue!.getTime() <= NOW.getTime())) {
      out.resolution.total++;
      if (clock.resolutionBreached(NOW)) late = true;
      else out.resolution.met++;
    }
    if (late) out.breached.push(t.id);
  }
  return out;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1]!;
}

describe('figures on a generated data set (600 tickets, Sep–Dec 2026) against the SLA clock directly', () => {
  it('has the cases the figures must handle', () => {
    expect(tickets.some((t) => (t.priorityChanges ?? []).length > 0)).toBe(true);
    expect(tickets.some((t) => t.history.some((e) => e.action === 'reopened'))).toBe(true);
    expect(tickets.some((t) => (t.pauses ?? []).some((p) => p.to))).toBe(true);
    expect(tickets.some((t) => t.history.some((e) => e.action === 'escalated'))).toBe(true);
  });

  it.each([null, 'KU', 'SUS'])('SLA compliance for November 2026, organisation %s', (org) => {
    const got = slaCompliance(table, rowMatcher(table, org ? { organisation: org } : {}, null), NOV, NOW.getTime(), null);
    const want = expectedCompliance(org);
    expect(want.response.total).toBeGreaterThan(10);
    expect(got.response).toEqual(want.response);
    expect(got.resolution).toEqual(want.resolution);
    expect([...got.breached].sort()).toEqual([...want.breached].sort());
    expect(pct(got.resolution)).toBeCloseTo((100 * want.resolution.met) / want.resolution.total, 9);
  });

  it('MTTR median and first-assignment share of the tickets resolved in November', () => {
    const got = serviceFigures(table, rowMatcher(table, {}, null), NOV);
    const resolved = tickets.filter((t) => t.resolvedAt && Date.parse(t.resolvedAt) >= NOV.from && Date.parse(t.resolvedAt) < NOV.to);
    const minutes = resolved.map((t) => sla.clockFor(t).resolutionElapsedMinutes(new Date(t.resolvedAt!)));
    expect(got.resolved).toBe(resolved.length);
    expect(got.mttr.median).toBeCloseTo(median(minutes)!, 1);
    const moved = resolved.filter((t) => t.history.some((e) => e.action === 'escalated')).length;
    expect(got.firstAssignment).toEqual({ met: resolved.length - moved, total: resolved.length });
    expect(got.created).toBe(tickets.filter((t) => Date.parse(t.createdAt) >= NOV.from && Date.parse(t.createdAt) < NOV.to).length);
  });

  it('status now: open tickets and the breached ones among them', () => {
    const got = statusNow(table, rowMatcher(table, {}, null), NOW.getTime(), 'status', () => 1);
    const open = tickets.filter((t) => isOpen(t.status));
    expect(got.open).toBe(open.length);
    const breached = open.filter((t) => {
      const clock = sla.clockFor(t);
      return (!t.respondedAt && clock.responseBreached(NOW)) || clock.resolutionBreached(NOW);
    });
    expect([...got.breached].sort()).toEqual(breached.map((t) => t.id).sort());
    expect(got.by['waiting-requester'] ?? 0).toBe(open.filter((t) => t.status === 'waiting-requester').length);
  });

  it('the monthly SLA matrix (one walk, by organisation) agrees with the compliance of each month', () => {
    const edges = ['2026-08-31T22:00:00Z', '2026-09-30T22:00:00Z', '2026-10-31T23:00:00Z', '2026-11-30T23:00:00Z', '2026-12-31T23:00:00Z'].map(Date.parse);
    const matrix = slaMatrix(table, rowMatcher(table, {}, null), edges, NOW.getTime(), 'organisation');
    for (let i = 0; i < 4; i++) {
      const month = slaCompliance(table, rowMatcher(table, {}, null), { from: edges[i]!, to: edges[i + 1]! }, NOW.getTime(), 'organisation');
      expect(matrix.months[i]).toEqual({ response: month.response, resolution: month.resolution });
      for (const [org, group] of Object.entries(month.by)) expect(matrix.by[org]![i]).toEqual(group);
    }
    expect(matrix.months[2]!.resolution.total).toBeGreaterThan(10);
  });

  it('the monthly flow (one walk) agrees with the service figures of each month', () => {
    const edges = ['2026-08-31T22:00:00Z', '2026-09-30T22:00:00Z', '2026-10-31T23:00:00Z', '2026-11-30T23:00:00Z', '2026-12-31T23:00:00Z'].map(Date.parse);
    const flow = monthFlow(table, rowMatcher(table, {}, null), edges);
    flow.forEach((month, i) => {
      const s = serviceFigures(table, rowMatcher(table, {}, null), { from: edges[i]!, to: edges[i + 1]! });
      expect(month).toEqual({ created: s.created, ended: s.ended, backlogEnd: s.backlogEnd });
    });
    expect(flow[2]!.created).toBeGreaterThan(0);
  });

  it('a team lead\'s rows are their teams\' only', () => {
    const got = statusNow(table, rowMatcher(table, {}, ['network']), NOW.getTime(), 'team', () => 1);
    expect(Object.keys(got.by)).toEqual(['network']);
    expect(got.open).toBe(tickets.filter((t) => isOpen(t.status) && t.team === 'network').length);
  });
});
