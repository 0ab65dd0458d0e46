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

/** A state item as stored: its JSON text (without the eTag) and its eTag. */
interface StoredItem { eTag: string; json: string }

/** A state item as JSON text, with its eTag. */
export interface StateText { json: string; eTag: string }

/**
 * botbuilder `Storage` over the helpdesk store, so that dialog and conversation state survive a
 * restart. Optimistic concurrency as in botbuilder's MemoryStorage: a write whose `eTag` is set
 * (and is not `*`) must match the stored one.
 * Items are kept as JSON text: a read parses a fresh copy, a write stores the text and is skipped
 * when the text did not change. `readText`/`writeText` give that text to a state class that
 * compares it itself (see JsonConversationState) instead of hashing the state.
 * With `waitForDisk: false` a write goes to disk with the journal's next flush (at most 50 ms
 * later) instead of being awaited: a turn then costs no fsync of its own, and only a crash - not a
 * restart, which drains the journal - can lose the last step of a dialog.
 */
export class BotStateStorage implements Storage {
  constructor(private readonly store: JsonStore, private readonly options: { waitForDisk: boolean } = { waitForDisk: true }) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const text = this.readText(key);
      if (text) items[key] = { ...(JSON.parse(text.json) as object), eTag: text.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const key of Object.keys(changes)) {
      const eTag: unknown = changes[key]?.eTag;
      const current = this.readText(key);
      if (current && typeof eTag === 'string' && eTag !== '*' && eTag !== current.eTag) throw new ETagConflictError(key);
    }
    await Promise.all(Object.entries(changes).map(([key, change]) => this.writeText(key, jsonWithoutETag(change))));
  }

  async delete(keys: string[]): Promise<void> {
    const ops = keys.filter((k) => this.store.get(COLLECTION, k) !== undefined).map((k) => ({ c: COLLECTION, k, d: true as const }));
    if (ops.length) await this.store.commit(ops);
  }

  /** The item's JSON text (without its eTag) and eTag, as stored. */
  readText(key: string): StateText | undefined {
    const item = this.store.get<StoredItem | Record<string, unknown>>(COLLECTION, key);
    if (!item) return undefined;
    if (typeof item.json === 'string' && typeof item.eTag === 'string') return { json: item.json, eTag: item.eTag };
    return { json: jsonWithoutETag(item as Record<string, unknown>), eTag: typeof item.eTag === 'string' ? item.eTag : '0' }; // written by an earlier version: the object itself
  }

  /** Stores the item's JSON text, last writer wins (as botbuilder's state classes write with eTag `*`); unchanged text is not written. */
  async writeText(key: string, json: string): Promise<void> {
    const current = this.readText(key);
    if (current?.json === json) return;
    const ops = [{ c: COLLECTION, k: key, v: { eTag: nextETag(current?.eTag), json } satisfies StoredItem }];
    if (this.options.waitForDisk) await this.store.commit(ops);
    else this.store.commitLazily(ops);
  }
}

function jsonWithoutETag(item: Record<string, unknown> | undefined): string {
  const { eTag: _eTag, ...rest } = item ?? {};
  return JSON.stringify(rest);
}

function nextETag(previous: string | undefined): string {
  const n = previous ? Number.parseInt(previous, 10) : 0;
  return String((Number.isFinite(n) ? n : 0) + 1);
}
