import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Ticket } from '../src/domain/tickets/ticket.js';
import { createLogger } from '../src/logging/logger.js';
import { JsonStore } from '../src/store/json-store.js';
import { median } from './blocks.js';
import type { Takeable } from './take-load.js';

const ROUNDS = 3;
const logger = createLogger('silent');

/**
 * Opening the store (snapshot, journal, indexes; the archives stay on disk until asked for)
 * against the floor of reading and parsing all the same tickets from one JSON file, in alternating
 * rounds of the same run; the medians.
 */
export async function storeOpenAgainstJson(dataDir: string, jsonFile: string): Promise<{ openMs: number; jsonMs: number; rounds: number }> {
  const seeded = await JsonStore.open({ dataDir, logger });
  // every ticket: the open ones and those in the monthly archives (which the store opens only when asked)
  const archiveDir = path.join(dataDir, 'archive');
  const archives = existsSync(archiveDir) ? readdirSync(archiveDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)) : [];
  const all = [...seeded.values<Ticket>('tickets'), ...archives.flatMap((name) => seeded.values<Ticket>(name))];
  writeFileSync(jsonFile, JSON.stringify(all));
  await seeded.close();
  const opens: number[] = [];
  const jsons: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let started = performance.now();
    const store = await JsonStore.open({ dataDir, logger });
    opens.push(performance.now() - started);
    await store.close();
    started = performance.now();
    const tickets = JSON.parse(readFileSync(jsonFile, 'utf8')) as Ticket[];
    jsons.push(performance.now() - started);
    if (!tickets.length) throw new Error('store-open bench: no tickets in the JSON file');
  }
  return { openMs: median(opens), jsonMs: median(jsons), rounds: ROUNDS };
}

/** `count` stored tickets still new (a technician can take them), with their versions. */
export async function takeableTickets(dataDir: string, count: number): Promise<Takeable[]> {
  const store = await JsonStore.open({ dataDir, logger });
  try {
    const found = store.values<Ticket>('tickets').filter((t) => t.status === 'new').slice(0, count).map((t) => ({ id: t.id, version: t.version }));
    if (found.length < count) throw new Error(`take bench: ${found.length} new tickets stored, ${count} needed`);
    return found;
  } finally {
    await store.close();
  }
}
