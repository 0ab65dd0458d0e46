import type { PendingAccountAction } from '../services/store-ports.js';
import type { JsonStore } from './json-store.js';

const COLLECTION = 'accountConfirmations';

export type { PendingAccountAction } from '../services/store-ports.js';

/**
 * Confirmation cards that may still be clicked. `take` removes the entry, so a card acts once
 * (a double click or a replayed card finds nothing); expired entries are pruned on every write.
 */
export class AccountConfirmationRepository {
  constructor(private readonly store: JsonStore) {}

  async add(pending: PendingAccountAction, now: Date): Promise<void> {
    const expired = this.store.values<PendingAccountAction>(COLLECTION).filter((p) => p.expiresAt <= now.toISOString());
    await this.store.commit([
      ...expired.map((p) => ({ c: COLLECTION, k: p.id, d: true as const })),
      { c: COLLECTION, k: pending.id, v: { ...pending } },
    ]);
  }

  /** Ids of the requester's actions still waiting for their click (not expired). */
  waitingFor(requesterId: string, now: Date): string[] {
    return this.store.values<PendingAccountAction>(COLLECTION)
      .filter((p) => p.requesterId === requesterId && p.expiresAt > now.toISOString()).map((p) => p.id);
  }

  /** The requester's pending action, removed; undefined when unknown, someone else's, used, or expired. */
  async take(id: string, requesterId: string, now: Date): Promise<PendingAccountAction | undefined> {
    const pending = this.store.get<PendingAccountAction>(COLLECTION, id);
    if (!pending || pending.requesterId !== requesterId) return undefined;
    await this.store.commit([{ c: COLLECTION, k: id, d: true }]);
    return pending.expiresAt > now.toISOString() ? { ...pending } : undefined;
  }
}
