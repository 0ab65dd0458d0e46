import fs, { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalFile } from '../../../src/store/journal-file.js';
import { tempDir } from '../../support/temp-dir.js';

/** The journal's content: the text before the preallocated NUL bytes. */
function content(file: string): string {
  return readFileSync(file, 'utf8').replace(/\0+$/u, '');
}

describe('JournalFile: lazy entries', () => {
  let dir: string;
  let cleanup: () => void;
  let file: string;
  let journal: JournalFile;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    file = path.join(dir, 'j.jsonl');
    journal = new JournalFile(file, { lazyFlushMs: 50 });
    await journal.openForAppend();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await journal.close();
    cleanup();
  });

  it('does not flush a lazy entry on its own until its interval has passed, then writes it', async () => {
    await journal.append({ s: 0, o: [] });
    let written = false;
    const lazy = journal.append({ s: 1, o: [{ c: 'botState', k: 'a', v: 1 }] }, false).then(() => (written = true));
    for (let i = 0; i < 10; i++) await stat(file); // real trips through the thread pool: a flush, had one started, would have finished
    expect(written).toBe(false);
    expect(content(file)).toBe('{"s":0,"o":[]}\n');
    vi.advanceTimersByTime(50);
    await lazy;
    expect(content(file)).toBe('{"s":0,"o":[]}\n{"s":1,"o":[{"c":"botState","k":"a","v":1}]}\n');
  });

  it('writes waiting lazy entries with the next durable one, in the order they were appended', async () => {
    void journal.append({ s: 1, o: [{ c: 'botState', k: 'a', v: 1 }] }, false);
    void journal.append({ s: 2, o: [{ c: 'conversationRefs', k: 'u', v: 2 }] }, false);
    await journal.append({ s: 3, o: [{ c: 'tickets', k: 'HD-1', v: 3 }] });
    expect(content(file).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { s: number }).s)).toEqual([1, 2, 3]);
    expect(vi.getTimerCount()).toBe(0); // the lazy timer was cancelled by the flush
  });

  it('drain() and close() write lazy entries at once', async () => {
    void journal.append({ s: 1, o: [{ c: 'stats', k: 'x', v: 1 }] }, false);
    await journal.drain();
    expect(content(file)).toContain('"stats"');
  });
});

describe('JournalFile: failures and emptying', () => {
  let cleanup: () => void;
  let file: string;
  let journal: JournalFile;

  /** A journal with one entry written (s = 1). */
  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir());
    file = path.join(dir, 'j.jsonl');
    journal = new JournalFile(file);
    await journal.openForAppend();
    await journal.append({ s: 1, o: [] });
  });
  afterEach(() => cleanup());

  it('stops after a failed write: the entries queued behind it and every later one are refused, even once the disk works again', async () => {
    const io = journal as unknown as { write: (data: Buffer) => Promise<void> };
    const realWrite = io.write.bind(journal);
    let fail!: (err: Error) => void;
    io.write = () => new Promise<void>((_, reject) => (fail = reject));
    const failing = journal.append({ s: 2, o: [] });
    const queued = journal.append({ s: 3, o: [] });
    io.write = realWrite; // the disk works again
    fail(new Error('EIO: i/o error, write'));
    await expect(failing).rejects.toThrow('EIO');
    await expect(queued).rejects.toThrow('EIO');
    await expect(journal.append({ s: 4, o: [] })).rejects.toThrow('EIO');
    await journal.close();
    expect(content(file)).toBe('{"s":1,"o":[]}\n');
  });

  it('writes the rest of an entry when the file took only part of it', async () => {
    const write = fs.write;
    const calls: number[] = [];
    const spy = vi.spyOn(fs, 'write').mockImplementation(((fd: number, data: Buffer, offset: number, length: number, position: number, done: (err: Error | null, written: number) => void) => {
      calls.push(length);
      const part = calls.length === 1 ? Math.ceil(length / 3) : length; // the first call takes a third
      return (write as unknown as (...args: unknown[]) => void)(fd, data, offset, part, position, done);
    }) as never);
    try {
      await journal.append({ s: 2, o: [{ c: 't', k: 'k', v: 'příliš žluťoučký kůň úpěl ďábelské ódy' }] });
    } finally {
      spy.mockRestore();
    }
    expect(calls.length).toBe(2);
    await journal.close();
    expect(content(file)).toBe('{"s":1,"o":[]}\n{"s":2,"o":[{"c":"t","k":"k","v":"příliš žluťoučký kůň úpěl ďábelské ódy"}]}\n');
  });

  it('holds an entry appended while the file is emptied and writes it to the emptied file', async () => {
    const emptying = journal.truncate();
    const held = journal.append({ s: 2, o: [] });
    await emptying;
    await held;
    await journal.close();
    expect(content(file)).toBe('{"s":2,"o":[]}\n');
  });

  it('refuses the held entries, and all later ones, when emptying the file fails', async () => {
    const handle = (journal as unknown as { handle: { truncate: (n: number) => Promise<void> } }).handle;
    handle.truncate = () => Promise.reject(new Error('EIO: i/o error, ftruncate'));
    const emptying = journal.truncate();
    const held = journal.append({ s: 2, o: [] });
    await expect(emptying).rejects.toThrow('EIO');
    await expect(held).rejects.toThrow('EIO');
    await expect(journal.append({ s: 3, o: [] })).rejects.toThrow('EIO');
  });

  it('writes the next step of zeros ahead in the background, and holds only an entry that needs it', async () => {
    const state = journal as unknown as { allocated: number; writeZeros: (handle: unknown, position: number, length: number) => Promise<number> };
    expect(state.allocated).toBeGreaterThanOrEqual(8 * 1024 * 1024); // the first step, written at open
    const realZeros = state.writeZeros.bind(journal);
    let zerosWritten!: () => void;
    const zerosAt: number[] = [];
    state.writeZeros = async (handle, position, length) => {
      zerosAt.push(position);
      await new Promise<void>((resolve) => (zerosWritten = resolve));
      return realZeros(handle, position, length);
    };
    // nearly full: this append starts the next step of zeros and does not wait for it
    const left = 3 * 1024 * 1024;
    await journal.append({ s: 2, o: [{ c: 'x', k: 'big', v: 'a'.repeat(state.allocated - journal.bytes - left) }] });
    expect(zerosAt).toEqual([state.allocated]);
    await journal.append({ s: 3, o: [{ c: 'x', k: 'small', v: 1 }] }); // fits in what is left: not held
    // one bigger than what is left waits for the zeros: written now, they would land on it
    let written = false;
    const past = journal.append({ s: 4, o: [{ c: 'x', k: 'past', v: 'b'.repeat(left) }] }).then(() => (written = true));
    for (let i = 0; i < 5; i++) await stat(file);
    expect(written).toBe(false);
    zerosWritten();
    await past;
    await journal.close();
    expect(content(file).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { s: number }).s)).toEqual([1, 2, 3, 4]);
  });

  it('does not fail a commit when the next step of zeros cannot be written: the append extends the file itself', async () => {
    const state = journal as unknown as { allocated: number; writeZeros: () => Promise<number> };
    state.writeZeros = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    const left = 3 * 1024 * 1024;
    await journal.append({ s: 2, o: [{ c: 'x', k: 'big', v: 'a'.repeat(state.allocated - journal.bytes - left) }] });
    await journal.append({ s: 3, o: [{ c: 'x', k: 'past', v: 'b'.repeat(left) }] });
    await journal.close();
    expect(content(file).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { s: number }).s)).toEqual([1, 2, 3]);
  });
});
