import type { StoreData } from './snapshot-file.js';

export const CURRENT_SCHEMA_VERSION = 2;

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Each entry migrates a snapshot from version `n` to `n + 1`.
 * v1 was lowdb's plain layout: `{ schemaVersion: 1, tickets: Ticket[], conversationRefs: {…}, counters: {…} }`.
 * v2 keeps every collection as a map by key under `collections`, with the journal position `seq`.
 */
const MIGRATIONS: Record<number, Migration> = {
  1: (v1) => {
    const collections: Record<string, Record<string, unknown>> = {};
    for (const [name, value] of Object.entries(v1)) {
      if (name === 'schemaVersion') continue;
      if (Array.isArray(value)) {
        collections[name] = Object.fromEntries(value.map((item: { id: string }) => [item.id, item]));
      } else if (value && typeof value === 'object') {
        collections[name] = value as Record<string, unknown>;
      }
    }
    return { schemaVersion: 2, seq: 0, collections };
  },
};

export function versionOf(raw: Record<string, unknown>): number {
  return typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 1;
}

/** Runs the migrations from the file's version up to the current one. */
export function migrate(raw: Record<string, unknown>): { data: StoreData; migratedFrom: number | null } {
  const from = versionOf(raw);
  let data = raw;
  for (let v = from; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from schema version ${v}`);
    data = step(data);
  }
  return { data: data as unknown as StoreData, migratedFrom: from === CURRENT_SCHEMA_VERSION ? null : from };
}
