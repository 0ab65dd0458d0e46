import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonStore } from '../../../src/store/json-store.js';
import { TicketRepository, archiveOf } from '../../../src/store/ticket-repository.js';
import { formatTicketId, type Ticket } from '../../../src/domain/tickets/ticket.js';
import type { TicketStatus } from '../../../src/domain/tickets/ticket-lifecycle.js';
import { tempDir } from '../../support/temp-dir.js';
import { memoryLogger } from '../../support/silent-logger.js';

function ticket(n: number, requester: string, createdAt: string, status: TicketStatus = 'new'): Ticket {
  return {
    id: formatTicketId(2026, n), version: 1, title: `Problém ${n}`, description: `Popis ${n}`, language: 'cs',
    requester: { id: requester, name: 'X', upn: null }, organisation: 'KU', site: null, district: null, office: null,
    category: 'printer', priority: 'P3', status, team: 'service-desk', assignee: null,
    entities: { rooms: [], assetTags: [], phones: [], applications: [] }, createdAt, updatedAt: createdAt, history: [],
  };
}

describe('ticket archive', () => {
  let dir: string;
  let cleanup: () => void;
  const { logger } = memoryLogger();
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('moves closed tickets to a monthly archive that is read only when asked for, and keeps them listed', async () => {
    let store = await JsonStore.open({ dataDir: dir, logger });
    let repo = new TicketRepository(store);
    await repo.begin(2026, (n) => ticket(n, 'alice', '2026-01-15T08:00:00.000Z', 'closed')).saved;
    await repo.begin(2026, (n) => ticket(n, 'alice', '2026-02-03T08:00:00.000Z')).saved;
    await repo.begin(2026, (n) => ticket(n, 'bob', '2026-02-04T08:00:00.000Z', 'cancelled')).saved;
    await repo.archive('HD-2026-00001');
    await repo.archive('HD-2026-00002'); // open: stays
    await repo.archive('HD-2026-00003');
    expect(store.keys('tickets')).toEqual(['HD-2026-00002']);
    await store.compact();
    await store.close();
    expect(existsSync(path.join(dir, 'archive', `${archiveOf({ createdAt: '2026-01-15' })}.json`))).toBe(true);

    store = await JsonStore.open({ dataDir: dir, logger });
    repo = new TicketRepository(store);
    expect(repo.listByRequester('alice').map((t) => [t.id, t.status])).toEqual([['HD-2026-00002', 'new'], ['HD-2026-00001', 'closed']]);
    expect(repo.countByRequester('bob')).toBe(1);
    expect(repo.get('HD-2026-00001')).toMatchObject({ title: 'Problém 1', status: 'closed' });
    expect(repo.get('hd-2026-00003')).toMatchObject({ status: 'cancelled' });
    await store.close();
  });

  it('replays journal entries of an archive that was not loaded at start (crash before compaction)', async () => {
    const store = await JsonStore.open({ dataDir: dir, logger });
    const repo = new TicketRepository(store);
    await repo.begin(2026, (n) => ticket(n, 'alice', '2026-03-01T08:00:00.000Z', 'closed')).saved;
    await repo.archive('HD-2026-00001');
    await store.close(); // no compaction: the archive exists only in the journal
    expect(existsSync(path.join(dir, 'archive'))).toBe(false);
    const again = await JsonStore.open({ dataDir: dir, logger });
    expect(new TicketRepository(again).get('HD-2026-00001')).toMatchObject({ status: 'closed' });
    await again.compact();
    await again.close();
    const third = await JsonStore.open({ dataDir: dir, logger });
    expect(new TicketRepository(third).get('HD-2026-00001')).toMatchObject({ status: 'closed' });
    await third.close();
  });
});
