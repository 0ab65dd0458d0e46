import type { Ticket } from '../domain/tickets/ticket.js';
import type { TicketSummary } from '../domain/tickets/ticket-summary.js';
import type { TicketStatus } from '../domain/tickets/ticket-lifecycle.js';
import type { JsonStore, Op } from './json-store.js';
import { StoreCorruptError } from './store-errors.js';

const TICKETS = 'tickets';
const COUNTERS = 'counters';
const INDEX = 'ticketIndex';
const ARCHIVABLE: ReadonlySet<TicketStatus> = new Set(['closed', 'cancelled']);

export type { TicketSummary } from '../domain/tickets/ticket-summary.js';

interface IndexEntry { r: string; s: TicketStatus; t: string; c: string; a: string }

/** The monthly archive a ticket goes to once it is closed: `archive-2026-01`. */
export function archiveOf(ticket: Pick<Ticket, 'createdAt'>): string {
  return `archive-${ticket.createdAt.slice(0, 7)}`;
}

/** The store operations that move a closed ticket from the open tickets to its month's archive. */
export function archiveOps(ticket: Ticket): Op[] {
  const entry: IndexEntry = { r: ticket.requester.id, s: ticket.status, t: ticket.title, c: ticket.createdAt, a: archiveOf(ticket) };
  return [
    { c: archiveOf(ticket), k: ticket.id, v: ticket },
    { c: TICKETS, k: ticket.id, d: true },
    { c: INDEX, k: ticket.id, v: entry },
  ];
}

/**
 * Tickets in the store. Open ones are in memory; closed ones move to monthly archive files that
 * are read only when asked for, with a small index entry each so that lists stay cheap. Reads
 * return copies, so a caller can never change a stored ticket behind the store's back.
 */
export class TicketRepository {
  private readonly byRequester = new Map<string, string[]>();
  /** The highest ticket number stored for each year, open or archived: numbering never goes back below it. */
  private readonly highest = new Map<number, number>();

  constructor(private readonly store: JsonStore) {
    const all: { id: string; requester: string; createdAt: string }[] = [];
    const shared = new StringPool();
    for (const key of store.keys(TICKETS)) {
      const t = store.get<Ticket>(TICKETS, key);
      if (!isStoredTicket(t, key)) throw new StoreCorruptError(store.snapshotFile, `the ticket ${key} in it or in its journal is not a ticket (${JSON.stringify(t)?.slice(0, 80)}): restore the data directory from a backup, or correct or remove that record`);
      this.seen(key);
      shareStrings(t, shared);
      all.push({ id: t.id, requester: t.requester.id, createdAt: t.createdAt });
    }
    for (const [id, e] of Object.entries(this.indexEntries())) {
      if (!e || typeof e !== 'object' || typeof e.r !== 'string' || typeof e.c !== 'string' || typeof e.a !== 'string') {
        throw new StoreCorruptError(store.snapshotFile, `the index entry of the archived ticket ${id} in it or in its journal is damaged (${JSON.stringify(e)?.slice(0, 80)}): restore the data directory from a backup`);
      }
      this.seen(id);
      e.r = shared.get(e.r);
      e.a = shared.get(e.a);
      all.push({ id, requester: e.r, createdAt: e.c });
    }
    all.sort((a, b) => (a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt)));
    for (const t of all) this.index(t.requester, t.id);
  }

  get(id: string): Ticket | undefined {
    const key = id.toUpperCase();
    const open = this.store.get<Ticket>(TICKETS, key);
    if (open) return structuredClone(open);
    const archived = this.store.get<IndexEntry>(INDEX, key);
    const ticket = archived ? this.store.get<Ticket>(archived.a, key) : undefined;
    return ticket ? structuredClone(ticket) : undefined;
  }

  /** The requester's tickets, newest first. */
  listByRequester(requesterId: string, limit = 50): TicketSummary[] {
    const ids = this.byRequester.get(requesterId) ?? [];
    const out: TicketSummary[] = [];
    for (let i = ids.length - 1; i >= 0 && out.length < limit; i--) {
      const summary = this.summary(ids[i]!);
      if (summary) out.push(summary);
    }
    return out;
  }

  countByRequester(requesterId: string): number {
    return this.byRequester.get(requesterId)?.length ?? 0;
  }

  /**
   * Reserves the next number of the year's sequence and stores the ticket with it - and with
   * `extraOps` (its SLA events) - in one durable write. Returns the ticket (a copy) at once, and
   * `saved`, which settles when the write does: its id must reach no one before `saved` is fulfilled.
   */
  begin(year: number, build: (n: number) => Ticket, extraOps: (ticket: Ticket) => Op[] = () => []): { ticket: Ticket; saved: Promise<void> } {
    const counterKey = `ticket-${year}`;
    const n = Math.max(this.store.get<number>(COUNTERS, counterKey) ?? 0, this.highest.get(year) ?? 0) + 1;
    const ticket = build(n);
    this.highest.set(year, n);
    const saved = this.store.commit([
      { c: COUNTERS, k: counterKey, v: n },
      { c: TICKETS, k: ticket.id, v: ticket },
      ...extraOps(ticket),
    ]);
    this.index(ticket.requester.id, ticket.id);
    // a ticket that could not be written is taken back out of the store's memory: out of the lists too
    saved.catch(() => this.unindex(ticket.requester.id, ticket.id));
    return { ticket: structuredClone(ticket), saved };
  }

  /** Moves a closed or cancelled ticket to its month's archive. */
  async archive(id: string): Promise<void> {
    const ticket = this.store.get<Ticket>(TICKETS, id);
    if (!ticket || !ARCHIVABLE.has(ticket.status)) return;
    await this.store.commit(archiveOps(ticket));
  }

  /**
   * Stores a changed ticket, together with `extra` operations, in one durable write. A closed or
   * cancelled ticket goes to its month's archive; a reopened archived one comes back to the open tickets.
   */
  async save(ticket: Ticket, extra: Op[] = []): Promise<void> {
    const stored = structuredClone(ticket);
    if (ARCHIVABLE.has(stored.status)) {
      await this.store.commit([...archiveOps(stored), ...extra]);
      return;
    }
    const archived = this.store.get<IndexEntry>(INDEX, stored.id);
    await this.store.commit([
      { c: TICKETS, k: stored.id, v: stored },
      ...(archived ? [{ c: archived.a, k: stored.id, d: true as const }, { c: INDEX, k: stored.id, d: true as const }] : []),
      ...extra,
    ]);
  }

  /** Copies of the open (not archived) tickets that match, up to `limit`. */
  findOpen(match: (ticket: Readonly<Ticket>) => boolean, limit = Infinity): Ticket[] {
    const out: Ticket[] = [];
    for (const ticket of this.store.values<Ticket>(TICKETS)) {
      if (out.length >= limit) break;
      if (match(ticket)) out.push(structuredClone(ticket));
    }
    return out;
  }

  private seen(id: string): void {
    const match = /^HD-(\d{4})-(\d+)$/u.exec(id);
    if (!match) return;
    const [year, n] = [Number(match[1]), Number(match[2])];
    if (n > (this.highest.get(year) ?? 0)) this.highest.set(year, n);
  }

  /**
   * Every ticket, open and archived (read-only views, not copies: the caller must not change them),
   * one archive month at a time so that rebuilding a projection (the reports' facts) reads each file once.
   */
  forEachTicket(visit: (ticket: Readonly<Ticket>) => void): void {
    for (const ticket of this.store.values<Ticket>(TICKETS)) visit(ticket);
    const byArchive = new Map<string, string[]>();
    for (const [id, e] of Object.entries(this.indexEntries())) {
      const ids = byArchive.get(e.a);
      if (ids) ids.push(id);
      else byArchive.set(e.a, [id]);
    }
    for (const [archive, ids] of byArchive) {
      for (const id of ids) {
        const ticket = this.store.get<Ticket>(archive, id);
        if (ticket) visit(ticket);
      }
    }
  }

  private summary(id: string): TicketSummary | undefined {
    const open = this.store.get<Ticket>(TICKETS, id);
    if (open) return { id, status: open.status, title: open.title, createdAt: open.createdAt, requesterId: open.requester.id };
    const e = this.store.get<IndexEntry>(INDEX, id);
    return e ? { id, status: e.s, title: e.t, createdAt: e.c, requesterId: e.r } : undefined;
  }

  private indexEntries(): Record<string, IndexEntry> {
    return Object.fromEntries(this.store.keys(INDEX).map((k) => [k, this.store.get<IndexEntry>(INDEX, k)!]));
  }

  private unindex(requester: string, id: string): void {
    const list = this.byRequester.get(requester);
    const at = list?.lastIndexOf(id) ?? -1;
    if (at !== -1) list!.splice(at, 1);
  }

  private index(requester: string, id: string): void {
    const list = this.byRequester.get(requester);
    if (list) list.push(id);
    else this.byRequester.set(requester, [id]);
  }
}

function isStoredTicket(t: unknown, key: string): t is Ticket {
  const ticket = t as Partial<Ticket> | null | undefined;
  return !!ticket && typeof ticket === 'object' && ticket.id === key && !!ticket.requester && typeof ticket.requester.id === 'string'
    && typeof ticket.createdAt === 'string' && Array.isArray(ticket.history);
}

/**
 * One copy of each repeated string. JSON.parse gives every value its own string, so the 100,000
 * tickets of a large store held ≈ 100,000 copies of a few thousand requester ids and names and of
 * some 35 archive names (≈ 10 MB of heap, measured); sharing them at start changes no value.
 */
class StringPool {
  private readonly strings = new Map<string, string>();

  get(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }
}

/** Shares the repeated strings of a stored open ticket (in place: the same values). */
function shareStrings(ticket: Ticket, shared: StringPool): void {
  const { requester } = ticket;
  requester.id = shared.get(requester.id);
  requester.name = shared.get(requester.name);
  if (requester.upn) requester.upn = shared.get(requester.upn);
  for (const entry of ticket.history) entry.actor = shared.get(entry.actor);
}
