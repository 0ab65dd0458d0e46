import type { DueEvent, ScheduledEvent, ScheduledEventKind } from '../services/store-ports.js';
import type { JsonStore, Op } from './json-store.js';

const COLLECTION = 'slaEvents';

export type { DueEvent, ScheduledEvent, ScheduledEventKind } from '../services/store-ports.js';

/** Per ticket: what is still to fire, and the keys already fired (never fired again). */
interface Record {
  pending: ScheduledEvent[];
  fired: string[];
}

const ORDER: readonly ScheduledEventKind[] = ['response-warning', 'response-breach', 'resolution-warning', 'resolution-breach', 'escalation-head', 'auto-close'];

export function eventKey(ticketId: string, event: ScheduledEvent): string {
  return `${ticketId}|${event.kind}|${event.at}`;
}

/**
 * The SLA and auto-close events of the open tickets, durable. Events are replaced whenever a
 * ticket changes (in the same write as the ticket); an event whose key has fired stays fired.
 */
export class SlaEventRepository {
  constructor(private readonly store: JsonStore) {}

  /** The operations that make `pending` the ticket's events (none left: the record goes). */
  replaceOps(ticketId: string, pending: readonly ScheduledEvent[], keepHistory = true): Op[] {
    const current = this.store.get<Record>(COLLECTION, ticketId);
    const fired = keepHistory ? current?.fired ?? [] : [];
    const firedSet = new Set(fired);
    const left = pending.filter((e) => !firedSet.has(eventKey(ticketId, e)));
    if (left.length === 0 && (fired.length === 0 || !keepHistory)) return current ? [{ c: COLLECTION, k: ticketId, d: true }] : [];
    return [{ c: COLLECTION, k: ticketId, v: { pending: left.map((e) => ({ ...e })), fired: [...fired] } satisfies Record }];
  }

  /** Every event due at `now`, oldest first (ties: response before resolution, then ticket id). */
  due(now: Date): DueEvent[] {
    const limit = now.toISOString();
    const out: DueEvent[] = [];
    for (const ticketId of this.store.keys(COLLECTION)) {
      const record = this.store.get<Record>(COLLECTION, ticketId)!;
      for (const e of record.pending) if (e.at <= limit) out.push({ ...e, ticketId, key: eventKey(ticketId, e) });
    }
    return out.sort((a, b) => (a.at === b.at
      ? ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.ticketId.localeCompare(b.ticketId)
      : a.at < b.at ? -1 : 1));
  }

  pending(ticketId: string): ScheduledEvent[] {
    return structuredClone(this.store.get<Record>(COLLECTION, ticketId)?.pending ?? []);
  }

  isPending(event: DueEvent): boolean {
    return this.store.get<Record>(COLLECTION, event.ticketId)?.pending.some((e) => eventKey(event.ticketId, e) === event.key) ?? false;
  }

  /** Moves the event from pending to fired, durably; false when it was not pending (fired already or replaced). */
  async markFired(event: DueEvent): Promise<boolean> {
    const record = this.store.get<Record>(COLLECTION, event.ticketId);
    if (!record || !this.isPending(event)) return false;
    const next: Record = {
      pending: record.pending.filter((e) => eventKey(event.ticketId, e) !== event.key),
      fired: [...record.fired, event.key],
    };
    await this.store.commit([{ c: COLLECTION, k: event.ticketId, v: next }]);
    return true;
  }
}
