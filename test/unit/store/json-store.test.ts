import { existsSync, readFileSync, writeFileSync, appendFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JsonStore } from '../../../src/store/json-store.js';
import { StoreCorruptError, StoreLockedError, StoreVersionError, StoreUnavailableError } from '../../../src/store/store-errors.js';
import { CURRENT_SCHEMA_VERSION } from '../../../src/store/migrations.js';
import { tempDir } from '../../support/temp-dir.js';
import { memoryLogger } from '../../support/silent-logger.js';

describe('JsonStore', () => {
  let dir: string;
  let cleanup: () => void;
  const { logger, lines } = memoryLogger();
  const open = (opts: Partial<Parameters<typeof JsonStore.open>[0]> = {}) => JsonStore.open({ dataDir: dir, logger, ...opts });

  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('keeps committed data across a restart (journal replay)', async () => {
    const store = await open();
    await store.commit([{ c: 'tickets', k: 'A', v: { id: 'A', n: 1 } }]);
    await store.commit([{ c: 'tickets', k: 'B', v: { id: 'B', n: 2 } }, { c: 'counters', k: 'x', v: 2 }]);
    await store.commit([{ c: 'tickets', k: 'A', d: true }]);
    await store.close();
    const again = await open();
    expect(again.get('tickets', 'A')).toBeUndefined();
    expect(again.get('tickets', 'B')).toEqual({ id: 'B', n: 2 });
    expect(again.get('counters', 'x')).toBe(2);
    await again.close();
  });

  it('makes a commit durable before it resolves: the journal line is on disk', async () => {
    const store = await open();
    await store.commit([{ c: 'tickets', k: 'HD-1', v: { id: 'HD-1' } }]);
    const journal = readFileSync(path.join(dir, 'helpdesk.journal.jsonl'), 'utf8');
    expect(journal).toContain('"HD-1"');
    await store.close();
  });

  it('groups concurrent commits and keeps every one of them', async () => {
    const store = await open();
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.commit([{ c: 't', k: `k${i}`, v: i }])));
    await store.close();
    const again = await open();
    expect(again.keys('t')).toHaveLength(200);
    expect(again.get('t', 'k199')).toBe(199);
    await again.close();
  });

  it('compacts the journal into an atomically written snapshot', async () => {
    const store = await open({ compactAfterBytes: 2_000 });
    for (let i = 0; i < 100; i++) await store.commit([{ c: 't', k: `k${i}`, v: { i, text: 'příliš žluťoučký kůň' } }]);
    await store.compact();
    await store.close();
    const snapshot = JSON.parse(readFileSync(path.join(dir, 'helpdesk.json'), 'utf8'));
    expect(snapshot.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(Object.keys(snapshot.collections.t)).toHaveLength(100);
    expect(snapshot.collections.t.k5.text).toBe('příliš žluťoučký kůň');
    expect(readFileSync(path.join(dir, 'helpdesk.journal.jsonl'), 'utf8').replace(/\0+$/u, '')).toBe('');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('keeps a commit that arrives while the journal is being emptied after a compaction', async () => {
    const store = await open();
    await store.commit([{ c: 't', k: 'early', v: 1 }]);
    const journal = (store as unknown as { journal: { truncate: () => Promise<void> } }).journal;
    const truncate = journal.truncate.bind(journal);
    let late: Promise<void> | undefined;
    journal.truncate = () => {
      const emptying = truncate();
      late = store.commit([{ c: 't', k: 'late', v: 2 }]); // a turn's commit, while the journal is being emptied
      return emptying;
    };
    await store.compact();
    await late;
    await store.close();
    const again = await open();
    expect([again.get('t', 'early'), again.get('t', 'late')]).toEqual([1, 2]);
    await again.close();
  });

  it('stops taking writes when a compaction fails (disk full), and loses nothing already acknowledged', async () => {
    const logged = lines.length;
    const store = await open({ compactAfterBytes: 1_000 });
    (store as unknown as { db: { write: () => void } }).db.write = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const acknowledged: string[] = [];
    for (let i = 0; i < 40 && store.healthy; i++) {
      await store.commit([{ c: 't', k: `k${i}`, v: { i, text: 'příliš žluťoučký kůň' } }]).then(() => acknowledged.push(`k${i}`), () => undefined);
    }
    await vi.waitFor(() => expect(store.healthy).toBe(false));
    expect(acknowledged.length).toBeGreaterThan(10);
    expect(lines.slice(logged).filter((l) => l.msg === 'compaction failed: the store refuses further writes')).toHaveLength(1);
    await expect(store.commit([{ c: 't', k: 'after', v: 1 }])).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
    const again = await open();
    expect(acknowledged.every((k) => again.get('t', k) !== undefined)).toBe(true);
    expect(again.get('t', 'after')).toBeUndefined();
    await again.close();
  });

  it('counts an entry as saved when a compaction\'s snapshot holds it, even if its own journal write then fails', async () => {
    const store = await open();
    const journal = (store as unknown as { journal: { write: (data: Buffer) => Promise<void>; drain: () => Promise<void> } }).journal;
    const drain = journal.drain.bind(journal);
    let fail!: (err: Error) => void;
    let late: Promise<void> | undefined;
    journal.drain = async () => {
      journal.drain = drain; // once: the compaction's drain
      await drain();
      // a turn's commit lands just before the snapshot is taken; its journal write is then held, and fails
      journal.write = () => new Promise<void>((_, reject) => (fail = reject));
      late = store.commit([{ c: 't', k: 'late', v: 1 }]);
    };
    const compacting = store.compact();
    await vi.waitFor(() => expect(fail).toBeDefined());
    fail(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }));
    await compacting;
    await expect(late).resolves.toBeUndefined();
    expect(store.get('t', 'late')).toBe(1);
    expect(store.healthy).toBe(false);
    await store.close();
    const again = await open();
    expect(again.get('t', 'late')).toBe(1);
    await again.close();
  });

  it('survives a crash between snapshot and journal truncation without applying entries twice', async () => {
    const store = await open();
    await store.commit([{ c: 'counters', k: 'n', v: 1 }]);
    await store.commit([{ c: 'counters', k: 'n', v: 2 }]);
    await store.compact();
    await store.commit([{ c: 'counters', k: 'n', v: 3 }]);
    await store.close();
    // simulate the crash: the old journal lines are still there next to the newer snapshot
    const journalFile = path.join(dir, 'helpdesk.journal.jsonl');
    const newer = readFileSync(journalFile, 'utf8');
    writeFileSync(journalFile, `${JSON.stringify({ s: 1, o: [{ c: 'counters', k: 'n', v: 1 }] })}\n${newer}`);
    const again = await open();
    expect(again.get('counters', 'n')).toBe(3);
    await again.close();
  });

  it('cuts off a torn last journal line, keeps a copy, and loses no acknowledged entry', async () => {
    const store = await open();
    await store.commit([{ c: 't', k: 'a', v: 1 }]);
    await store.close();
    const journalFile = path.join(dir, 'helpdesk.journal.jsonl');
    appendFileSync(journalFile, '{"s":2,"o":[{"c":"t","k":"b"');
    const again = await open();
    expect(again.get('t', 'a')).toBe(1);
    expect(again.get('t', 'b')).toBeUndefined();
    expect(readdirSync(dir).some((f) => f.startsWith('helpdesk.journal.jsonl.torn-'))).toBe(true);
    await again.commit([{ c: 't', k: 'c', v: 3 }]);
    await again.close();
    const third = await open();
    expect(third.get('t', 'c')).toBe(3);
    await third.close();
  });

  it('refuses to start on a corrupt snapshot, names the file and never overwrites it', async () => {
    const file = path.join(dir, 'helpdesk.json');
    writeFileSync(file, '{"schemaVersion":2,"seq":3,"collections":{"tickets":{"HD');
    const before = readFileSync(file);
    const error = await open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect((error as Error).message).toContain(file);
    expect(readFileSync(file)).toEqual(before);
    // the lock was released: a fixed file can be opened right away
    writeFileSync(file, JSON.stringify({ schemaVersion: 2, seq: 0, collections: {} }));
    const store = await open();
    await store.close();
  });

  it('refuses a JSON file that is not a helpdesk store', async () => {
    const file = path.join(dir, 'helpdesk.json');
    writeFileSync(file, '{"hello":"world"}');
    await expect(open()).rejects.toBeInstanceOf(StoreCorruptError);
    expect(readFileSync(file, 'utf8')).toBe('{"hello":"world"}');
  });

  it('refuses a corrupt line in the middle of the journal', async () => {
    const store = await open();
    await store.commit([{ c: 't', k: 'a', v: 1 }]);
    await store.close();
    const journalFile = path.join(dir, 'helpdesk.journal.jsonl');
    const good = readFileSync(journalFile, 'utf8');
    writeFileSync(journalFile, `garbage\n${good}`);
    const error = await open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreCorruptError);
    expect((error as Error).message).toContain('line 1');
    expect(readFileSync(journalFile, 'utf8')).toBe(`garbage\n${good}`);
  });

  it('lets only one store use a data directory at a time', async () => {
    const store = await open();
    const error = await open().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as Error).message).toContain(String(process.pid));
    await store.close();
    const next = await open();
    await next.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    writeFileSync(path.join(dir, 'helpdesk.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname() }));
    const store = await open();
    expect(lines.some((l) => l.msg === 'store lock left by a stopped process taken over')).toBe(true);
    await store.close();
  });

  it('migrates a version 1 file (lowdb arrays) to the current schema and keeps a backup', async () => {
    const file = path.join(dir, 'helpdesk.json');
    const v1 = { schemaVersion: 1, tickets: [{ id: 'HD-2025-00001', title: 'Tiskárna' }], counters: { 'ticket-2025': 1 } };
    writeFileSync(file, JSON.stringify(v1));
    const store = await open();
    expect(store.get('tickets', 'HD-2025-00001')).toEqual({ id: 'HD-2025-00001', title: 'Tiskárna' });
    expect(store.get('counters', 'ticket-2025')).toBe(1);
    await store.close();
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(JSON.parse(readFileSync(`${file}.v1.bak`, 'utf8'))).toEqual(v1);
  });

  it('refuses a file from a newer version of the bot', async () => {
    writeFileSync(path.join(dir, 'helpdesk.json'), JSON.stringify({ schemaVersion: 99, seq: 0, collections: {} }));
    await expect(open()).rejects.toBeInstanceOf(StoreVersionError);
  });

  it('takes a failed write, and every write queued behind it, back out of memory: memory stays what the disk holds', async () => {
    const logged = lines.length;
    const store = await open();
    await store.commit([{ c: 'counters', k: 'n', v: 1 }, { c: 'tickets', k: 'X', v: { v: 1 } }]);
    const journal = (store as unknown as { journal: { write: (data: Buffer) => Promise<void> } }).journal;
    let fail!: (err: Error) => void;
    journal.write = () => new Promise<void>((_, reject) => (fail = reject));
    const first = store.commit([{ c: 'counters', k: 'n', v: 2 }, { c: 'tickets', k: 'A', v: { v: 1 } }, { c: 'tickets', k: 'X', d: true }]);
    const second = store.commit([{ c: 'counters', k: 'n', v: 3 }, { c: 'tickets', k: 'X', v: { v: 3 } }]);
    store.commitLazily([{ c: 'botState', k: 's', v: 'draft' }]);
    expect([store.get('counters', 'n'), store.get('tickets', 'X'), store.get('botState', 's')]).toEqual([3, { v: 3 }, 'draft']);
    fail(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }));
    await expect(first).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(second).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(store.healthy).toBe(false);
    // newest first: n goes back to 1, not to 2; X comes back as it was
    expect(store.get('counters', 'n')).toBe(1);
    expect(store.get('tickets', 'X')).toEqual({ v: 1 });
    expect(store.get('tickets', 'A')).toBeUndefined();
    expect(store.get('botState', 's')).toBeUndefined();
    await expect(store.commit([{ c: 'tickets', k: 'B', v: {} }])).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(store.get('tickets', 'B')).toBeUndefined();
    expect(lines.slice(logged).filter((l) => l.msg === 'journal write failed: the store refuses further writes')).toHaveLength(1);
    await store.close();
    const again = await open();
    expect([again.get('counters', 'n'), again.get('tickets', 'X'), again.get('tickets', 'A'), again.keys('botState')]).toEqual([1, { v: 1 }, undefined, []]);
    await again.close();
  });

  it('refuses writes after the store is closed', async () => {
    const store = await open();
    await store.close();
    await expect(store.commit([{ c: 't', k: 'a', v: 1 }])).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(existsSync(path.join(dir, 'helpdesk.lock'))).toBe(false);
  });
});
