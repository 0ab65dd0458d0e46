import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, truncateSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonStore } from '../../../src/store/json-store.js';
import { TicketRepository } from '../../../src/store/ticket-repository.js';
import { StoreCorruptError, StoreIoError, StoreLockedError } from '../../../src/store/store-errors.js';
import { identity } from '../../../src/store/store-lock.js';
import type { Ticket } from '../../../src/domain/tickets/ticket.js';
import { tempDir } from '../../support/temp-dir.js';
import { memoryLogger } from '../../support/silent-logger.js';

/** A minimal stored ticket (what the repository checks at start). */
function ticket(n: number): Ticket {
  const id = `HD-2026-${String(n).padStart(5, '0')}`;
  return { id, title: `t${n}`, requester: { id: `u${n % 3}`, name: 'X' }, createdAt: `2026-03-01T10:00:${String(n % 60).padStart(2, '0')}Z`, history: [], status: 'new' } as unknown as Ticket;
}

describe('JsonStore: a damaged journal is refused, never cut down quietly', () => {
  let dir: string;
  let cleanup: () => void;
  const { logger } = memoryLogger();
  const open = () => JsonStore.open({ dataDir: dir, logger });
  const journalFile = () => path.join(dir, 'helpdesk.journal.jsonl');
  /** `count` tickets committed one by one, then a crash: the lock stays, the journal keeps its zeros. */
  async function crashedStore(count: number): Promise<void> {
    const store = await open();
    const tickets = new TicketRepository(store);
    for (let i = 0; i < count; i++) await tickets.begin(2026, (n) => ticket(n)).saved;
    await (store as unknown as { journal: { drain: () => Promise<void> } }).journal.drain();
    (store as unknown as { lock: { release: () => void } }).lock.release(); // the kernel frees the dead process's socket
    // what kill -9 leaves: no close (the zeros stay), a lock naming a process that no longer runs
    writeFileSync(path.join(dir, 'helpdesk.lock'), JSON.stringify({ pid: 2 ** 22 + 4321, host: hostname() }));
  }
  async function refusal(): Promise<Error> {
    const before = readFileSync(journalFile());
    const error = await open().then(async (s) => {
      await s.close();
      return new Error('it started');
    }, (e: unknown) => e as Error);
    expect(readFileSync(journalFile()).equals(before)).toBe(true); // never overwritten
    return error;
  }
  const content = () => readFileSync(journalFile()).subarray(0, readFileSync(journalFile()).indexOf(0));

  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('refuses a NUL byte in the middle of the journal, naming the file and the byte offset', async () => {
    await crashedStore(40);
    const at = Math.floor(content().length / 2);
    const buffer = readFileSync(journalFile());
    buffer[at] = 0;
    writeFileSync(journalFile(), buffer);
    const error = await refusal();
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error.message).toContain(journalFile());
    expect(error.message).toContain(`byte offset ${at}`);
  });

  it('refuses a block of zeros in the middle of the journal', async () => {
    await crashedStore(40);
    const buffer = readFileSync(journalFile());
    buffer.fill(0, 1000, 1000 + 512);
    writeFileSync(journalFile(), buffer);
    const error = await refusal();
    expect(error.message).toContain('byte offset 1000');
  });

  it.each([0.25, 0.5, 0.75])('refuses a journal cut at %s of its records', async (share) => {
    await crashedStore(40);
    truncateSync(journalFile(), Math.floor(content().length * share));
    const error = await refusal();
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error.message).toContain(journalFile());
    expect(error.message).toContain('cut');
  });

  it('refuses a journal cut exactly after a record when the previous bot did not stop cleanly', async () => {
    await crashedStore(10);
    const text = content().toString('utf8');
    truncateSync(journalFile(), text.lastIndexOf('\n', text.length - 2) + 1);
    expect((await refusal()).message).toContain('right after a record');
  });

  it('refuses a missing journal next to a snapshot, and a garbage line with records after it', async () => {
    await crashedStore(5);
    const good = readFileSync(journalFile());
    rmSync(journalFile());
    const missing = (await open().catch((e: unknown) => e)) as Error;
    expect(missing.message).toContain('journal is missing');
    expect(missing.message).toContain(journalFile());
    writeFileSync(journalFile(), Buffer.concat([Buffer.from('{"s":1,"o":[]}\ngarbage\n'), good.subarray(good.indexOf('\n') + 1)]));
    expect((await refusal()).message).toContain('line 2 at byte offset 15');
  });

  it('refuses a gap in the sequence of journal entries', async () => {
    await crashedStore(6);
    const lines = content().toString('utf8').split('\n');
    lines.splice(2, 1);
    writeFileSync(journalFile(), Buffer.concat([Buffer.from(lines.join('\n')), Buffer.alloc(100)]));
    const error = await refusal();
    expect(error.message).toContain('entries 3–3 are missing');
  });

  it('refuses an archive that holds changes past the end of the journal', async () => {
    await crashedStore(3);
    mkdirSync(path.join(dir, 'archive'), { recursive: true });
    writeFileSync(path.join(dir, 'archive', 'archive-2026-01.json'), JSON.stringify({ schemaVersion: 2, seq: 50, collections: { 'archive-2026-01': {} } }));
    const error = await refusal();
    expect(error.message).toContain('archive-2026-01.json holds changes up to entry 50');
  });

  it('starts after a torn last line before the zeros, cutting only that line and keeping the zeros after the records', async () => {
    await crashedStore(5);
    const end = content().length;
    const buffer = readFileSync(journalFile());
    buffer.write('{"s":6,"o":[{"c":"tickets","k":"HD-2', end, 'utf8');
    writeFileSync(journalFile(), buffer);
    const store = await open();
    expect(store.keys('tickets')).toHaveLength(5);
    await store.close();
    expect(readdirSync(dir).some((f) => f.includes('.torn-'))).toBe(true);
    expect(readFileSync(journalFile()).at(-1)).toBe(0); // a clean stop leaves a zero after the records
  });

  it('leaves a torn last line alone too when the rest of the journal is refused (a gap before it)', async () => {
    await crashedStore(6);
    const lines = content().toString('utf8').split('\n');
    lines.splice(2, 1);
    writeFileSync(journalFile(), Buffer.concat([Buffer.from(`${lines.join('\n')}{"s":7,"o":[`), Buffer.alloc(100)]));
    expect((await refusal()).message).toContain('are missing'); // refusal() checks the file is byte for byte as it was
    expect(readdirSync(dir).some((f) => f.includes('.torn-'))).toBe(false);
  });

  it('numbers new tickets after the highest stored id even when the counter is behind', async () => {
    await crashedStore(3);
    const store = await open();
    await store.commit([{ c: 'tickets', k: 'HD-2026-00070', v: ticket(70) }, { c: 'ticketIndex', k: 'HD-2026-00090', v: { r: 'u', s: 'closed', t: 'x', c: '2026-01-01', a: 'archive-2026-01' } }]);
    const tickets = new TicketRepository(store);
    expect(tickets.begin(2026, (n) => ticket(n)).ticket.id).toBe('HD-2026-00091');
    expect(tickets.begin(2026, (n) => ticket(n)).ticket.id).toBe('HD-2026-00092');
    await store.close();
  });

  it('refuses a null ticket, naming the file and the ticket', async () => {
    const store = await open();
    await store.commit([{ c: 'tickets', k: 'HD-2026-00001', v: null }]);
    const error = (() => {
      try {
        new TicketRepository(store);
        return new Error('accepted');
      } catch (e) {
        return e as Error;
      }
    })();
    await store.close();
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect(error.message).toContain('HD-2026-00001');
    expect(error.message).toContain(path.join(dir, 'helpdesk.json'));
  });

  it('refuses a journal that is a directory, naming it and saying what to do', async () => {
    mkdirSync(journalFile());
    const error = (await open().catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(StoreIoError);
    expect(error.message).toContain(journalFile());
    expect(error.message).toContain('is a directory');
    expect(existsSync(path.join(dir, 'helpdesk.lock'))).toBe(false);
  });
});

describe('StoreLock: a restarted process with the same pid', () => {
  let dir: string;
  let cleanup: () => void;
  const { logger, lines } = memoryLogger();
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('takes over a lock naming its own pid from an earlier start (a container\'s PID 1 after kill -9)', async () => {
    const me = identity(process.pid);
    expect(me.start).toBeDefined();
    writeFileSync(path.join(dir, 'helpdesk.lock'), JSON.stringify({ pid: process.pid, host: hostname(), start: String(Number(me.start) - 100), boot: me.boot }));
    const store = await JsonStore.open({ dataDir: dir, logger });
    expect(lines.some((l) => l.msg === 'store lock left by a stopped process taken over')).toBe(true);
    await store.close();
  });

  it('still refuses a second store of this very process, and a live process from an earlier boot id is not taken for it', async () => {
    const store = await JsonStore.open({ dataDir: dir, logger });
    await expect(JsonStore.open({ dataDir: dir, logger })).rejects.toBeInstanceOf(StoreLockedError);
    await store.close();
    const me = identity(process.pid);
    writeFileSync(path.join(dir, 'helpdesk.lock'), JSON.stringify({ pid: process.pid, host: hostname(), start: me.start, boot: 'another-boot' }));
    const again = await JsonStore.open({ dataDir: dir, logger });
    await again.close();
  });
});

describe('StoreLock: a lock from before start times were recorded', () => {
  let dir: string;
  let cleanup: () => void;
  const { logger } = memoryLogger();
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('naming our own pid (the container\'s PID 1 of the previous version) is taken over', async () => {
    writeFileSync(path.join(dir, 'helpdesk.lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
    const store = await JsonStore.open({ dataDir: dir, logger });
    await store.close();
  });
});

describe('PageRepository: page numbers never go back', () => {
  let dir: string;
  let cleanup: () => void;
  const { logger } = memoryLogger();
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('numbers a new page after the highest stored id even when the counter is behind', async () => {
    const { PageRepository } = await import('../../../src/store/page-repository.js');
    const store = await JsonStore.open({ dataDir: dir, logger });
    await store.commit([{ c: 'pages', k: 'PG-2026-00007', v: { id: 'PG-2026-00007' } }, { c: 'counters', k: 'page-2026', v: 2 }]);
    const { page } = new PageRepository(store).create(2026, (id) => ({ id }) as never);
    expect(page.id).toBe('PG-2026-00008');
    await store.close();
  });
});
