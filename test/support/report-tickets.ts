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
import { playStory, seededRandom, ticketStory } from '../../src/services/ticket-stories.js';

const TECH = '00000000-0000-0000-0000-0000000000021';
const SITES: Record<string, string[]> = {
  KU: ['ku-skroupova'], SUS: ['sus-klatovy', 'sus-domazlice', 'sus-tachov', 'sus-plzen-mesto'], CN: ['cn-plzen'], ZH: ['zh-plzen', 'zh-klatovy', 'zh-rokycany'],
};
const CATEGORIES: CategoryId[] = ['software', 'hardware', 'printer', 'network', 'account', 'email', 'application', 'access'];
const TITLES = ['Nefunguje tiskárna', 'Nejde přihlásit do spisové služby', 'Pomalý internet', 'Přístup do sdílené složky', 'Outlook chce heslo', 'Nový monitor'];

export interface ReportDataOptions { count: number; from: Date; now: Date; seed?: number; config: DomainConfig }

export function generateReportTickets(o: ReportDataOptions): Ticket[] {
  const rnd = seededRandom(o.seed ?? 20261207);
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
    const apply = (at: number, command: TicketCommand): boolean => {
      const rate = command.kind === 'rate';
      const actor = { id: rate ? ticket.requester.id : TECH, technician: !rate, requester: rate, system: false };
      ticket = applyCommand(ticket, command, actor, { now: new Date(at), reopenUntil: new Date(at + 1), nextTier: o.config.escalation.nextTier[ticket.team ?? ''] ?? null, teams: new Set(o.config.oit.teams.map((x) => x.id)) }).ticket;
      return true;
    };
    playStory(ticketStory(rnd, { current: () => ticket, nextTier: o.config.escalation.nextTier }), rnd, start, o.now.getTime(), apply);
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
