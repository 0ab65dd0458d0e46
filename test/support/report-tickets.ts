/**
 * A realistic data set for the reports (tests, e2e and the benchmark): tickets of every organisation,
 * priority and team, with responses, waiting periods, priority changes, escalations, reopens, ratings
 * and closing (closed ones go to their month's archive) - built through the real domain rules, and
 * written with the store's own operations, the layout the bot itself would have made.
 */
import type { CategoryId, DomainConfig, Priority } from '../../src/config/domain-schema.js';
import { routeTicket } from '../../src/domain/tickets/routing.js';
import { applyCommand } from '../../src/domain/tickets/ticket-change.js';
import type { TicketCommand } from '../../src/domain/tickets/ticket-command.js';
import { formatTicketId, type Ticket } from '../../src/domain/tickets/ticket.js';
import { createLogger } from '../../src/logging/logger.js';
import { JsonStore, type Op } from '../../src/store/json-store.js';
import { archiveOps } from '../../src/store/ticket-repository.js';

const TECH = '00000000-0000-0000-0000-0000000000021';
const HOUR = 3_600_000;
const SITES: Record<string, string[]> = {
  KU: ['ku-skroupova'], SUS: ['sus-klatovy', 'sus-domazlice', 'sus-tachov', 'sus-plzen-mesto'], CN: ['cn-plzen'], ZH: ['zh-plzen', 'zh-klatovy', 'zh-rokycany'],
};
const CATEGORIES: CategoryId[] = ['software', 'hardware', 'printer', 'network', 'account', 'email', 'application', 'access'];
const TITLES = ['Nefunguje tiskárna', 'Nejde přihlásit do spisové služby', 'Pomalý internet', 'Přístup do sdílené složky', 'Outlook chce heslo', 'Nový monitor'];

export interface ReportDataOptions { count: number; from: Date; now: Date; seed?: number; config: DomainConfig }

/** A seeded pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateReportTickets(o: ReportDataOptions): Ticket[] {
  const rnd = seeded(o.seed ?? 20261207);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const span = o.now.getTime() - o.from.getTime();
  const counters: Record<number, number> = {};
  const starts = Array.from({ length: o.count }, () => o.from.getTime() + rnd() * span * 0.995).sort((a, b) => a - b);
  return starts.map((start, i) => {
    const year = new Date(start).getUTCFullYear();
    counters[year] = (counters[year] ?? 0) + 1;
    const org = rnd() < 0.45 ? 'KU' : pick(['SUS', 'SUS', 'CN', 'ZH', 'ZH']);
    const site = pick(SITES[org]!);
    const category = pick(CATEGORIES);
    const district = o.config.sites.find((s) => s.id === site)?.district ?? null;
    const route = routeTicket({ category, organisation: org, site, district }, o.config);
    const at = new Date(start).toISOString();
    let ticket: Ticket = {
      id: formatTicketId(year, counters[year]!), version: 1, title: `${pick(TITLES)} (${i + 1})`, description: 'Popis problému.', language: 'cs',
      requester: { id: `00000000-0000-4000-8000-${String(i % 3000).padStart(12, '0')}`, name: `Uživatel ${i % 3000}`, upn: null },
      organisation: org, site, district, office: null, category, priority: pick(['P1', 'P2', 'P2', 'P3', 'P3', 'P3', 'P4'] as Priority[]), status: 'new',
      team: route.team, vendor: route.vendor, assignee: null, entities: { rooms: [], assetTags: [], phones: [], applications: [] },
      createdAt: at, updatedAt: at, history: [{ at, actor: 'requester', action: 'created', to: 'new' }],
    };
    let t = start;
    const act = (maxHours: number, command: TicketCommand): boolean => {
      t += rnd() * maxHours * HOUR + 60_000;
      if (t >= o.now.getTime()) return false;
      const rate = command.kind === 'rate';
      const actor = { id: rate ? ticket.requester.id : TECH, technician: !rate, requester: rate, system: false };
      ticket = applyCommand(ticket, command, actor, { now: new Date(t), reopenUntil: new Date(t + 1), nextTier: o.config.escalation.nextTier[ticket.team ?? ''] ?? null, teams: new Set(o.config.oit.teams.map((x) => x.id)) }).ticket;
      return true;
    };
    if (rnd() < 0.1) act(4, { kind: 'priority', priority: ticket.priority === 'P2' ? 'P1' : 'P2' });
    if (rnd() < 0.04) act(24, { kind: 'cancel' });
    else if (act(ticket.priority === 'P1' ? 1 : 20, { kind: 'take' })) {
      if (rnd() < 0.25 && act(24, { kind: 'status', to: rnd() < 0.5 ? 'waiting-requester' : 'waiting-vendor' })) act(72, { kind: 'status', to: 'in-progress' });
      if (rnd() < 0.12 && o.config.escalation.nextTier[ticket.team ?? '']) act(8, { kind: 'escalate' });
      if (rnd() < 0.85 && act(ticket.priority === 'P1' ? 6 : 90, { kind: 'resolve', note: 'Vyřešeno.', minutes: 5 + Math.floor(rnd() * 120) })) {
        if (rnd() < 0.06 && act(48, { kind: 'reopen' })) act(24, { kind: 'resolve', note: 'Vyřešeno znovu.', minutes: 15 });
        if (rnd() < 0.35) act(24, { kind: 'rate', rating: rnd() < 0.7 ? 5 : 1 + Math.floor(rnd() * 4) });
        if (ticket.status === 'resolved') act(80, { kind: 'close' });
      }
    }
    return ticket;
  });
}

/** Writes the tickets into a store in `dataDir` (closed and cancelled ones into their month's archive), with the year counters. */
export async function writeTickets(dataDir: string, tickets: Ticket[]): Promise<void> {
  const store = await JsonStore.open({ dataDir, logger: createLogger('silent') });
  let ops: Op[] = [];
  const counters: Record<string, number> = {};
  for (const ticket of tickets) {
    const year = ticket.id.slice(3, 7);
    counters[`ticket-${year}`] = Math.max(counters[`ticket-${year}`] ?? 0, Number(ticket.id.slice(8)));
    ops.push(...(ticket.status === 'closed' || ticket.status === 'cancelled' ? archiveOps(ticket) : [{ c: 'tickets', k: ticket.id, v: ticket }]));
    if (ops.length >= 6000) {
      await store.commit(ops);
      ops = [];
    }
  }
  await store.commit([...ops, ...Object.entries(counters).map(([k, v]) => ({ c: 'counters', k, v }))]);
  await store.compact();
  await store.close();
}
