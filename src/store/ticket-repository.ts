import type { Ticket } from '../domain/tickets/ticket.js';
import type { JsonStore, Op } from './json-store.js';

const TICKETS = 'tickets';
const COUNTERS = 'counters';

/**
 * Tickets in the store, with an in-memory index by requester. Reads return copies, so a caller
 * can never change a stored ticket behind the store's back.
 */
export class TicketRepository {
  private readonly byRequester = new Map<string, string[]>();

  constructor(private readonly store: JsonStore) {
    for (const t of store.values<Ticket>(TICKETS)) this.index(t);
  }

  get(id: string): Ticket | undefined {
    const t = this.store.get<Ticket>(TICKETS, id.toUpperCase());
    return t ? structuredClone(t) : undefined;
  }

  /** The requester's tickets, newest first. */
  listByRequester(requesterId: string, limit = 50): Ticket[] {
    const ids = this.byRequester.get(requesterId) ?? [];
    const out: Ticket[] = [];
    for (let i = ids.length - 1; i >= 0 && out.length < limit; i--) {
      const t = this.get(ids[i]!);
      if (t) out.push(t);
    }
    return out;
  }

  count(): number {
    return this.store.keys(TICKETS).length;
  }

  /** Reserves the next number of the year's sequence and stores the ticket with it in one durable write. */
  async create(year: number, build: (n: number) => Ticket): Promise<Ticket> {
    const counterKey = `ticket-${year}`;
    const n = (this.store.get<number>(COUNTERS, counterKey) ?? 0) + 1;
    const ticket = build(n);
    const ops: Op[] = [
      { c: COUNTERS, k: counterKey, v: n },
      { c: TICKETS, k: ticket.id, v: ticket },
    ];
    const durable = this.store.commit(ops);
    this.index(ticket);
    await durable;
    return structuredClone(ticket);
  }

  private index(t: Ticket): void {
    const list = this.byRequester.get(t.requester.id);
    if (list) list.push(t.id);
    else this.byRequester.set(t.requester.id, [t.id]);
  }
}
