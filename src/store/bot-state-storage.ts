import type { Storage, StoreItems } from 'botbuilder';
import type { JsonStore } from './json-store.js';

const COLLECTION = 'botState';

/** Thrown when a state item was changed by another turn since it was read. */
export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: the item "${key}" was changed by another turn (eTag conflict).`);
    this.name = 'ETagConflictError';
  }
}

/**
 * botbuilder `Storage` over the helpdesk store, so that dialog and conversation state survive a
 * restart. Optimistic concurrency as in botbuilder's MemoryStorage: a write whose `eTag` is set
 * (and is not `*`) must match the stored one.
 * With `waitForDisk: false` a write is queued for the journal's next group flush (a few ms later)
 * instead of being awaited: a turn then costs no fsync of its own, and only a crash - not a
 * restart, which drains the journal - can lose the last step of a dialog.
 */
export class BotStateStorage implements Storage {
  constructor(private readonly store: JsonStore, private readonly options: { waitForDisk: boolean } = { waitForDisk: true }) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const item = this.store.get<Record<string, unknown>>(COLLECTION, key);
      if (item) items[key] = structuredClone(item);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const ops = [];
    for (const [key, change] of Object.entries(changes)) {
      const current = this.store.get<{ eTag?: string }>(COLLECTION, key);
      const eTag: unknown = change?.eTag;
      if (current && typeof eTag === 'string' && eTag !== '*' && eTag !== current.eTag) throw new ETagConflictError(key);
      const next = nextETag(current?.eTag);
      const value = { ...structuredClone(change), eTag: next };
      ops.push({ c: COLLECTION, k: key, v: value });
    }
    if (!ops.length) return;
    if (this.options.waitForDisk) await this.store.commit(ops);
    else this.store.commitLazily(ops);
  }

  async delete(keys: string[]): Promise<void> {
    const ops = keys.filter((k) => this.store.get(COLLECTION, k) !== undefined).map((k) => ({ c: COLLECTION, k, d: true as const }));
    if (ops.length) await this.store.commit(ops);
  }
}

function nextETag(previous: string | undefined): string {
  const n = previous ? Number.parseInt(previous, 10) : 0;
  return String((Number.isFinite(n) ? n : 0) + 1);
}
