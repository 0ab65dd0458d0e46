import { open, type FileHandle } from 'node:fs/promises';
import fs, { closeSync, constants, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, statfsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { io } from './store-errors.js';
import { readJournal, type ReadEntry } from './journal-reader.js';

export type Op = { c: string; k: string; v: unknown } | { c: string; k: string; d: true };
export interface JournalEntry { s: number; o: Op[] }

interface Pending { data: Buffer; resolve: () => void; reject: (err: unknown) => void }

/** The file grows in steps of zeros written ahead, so an append + fdatasync does not also commit a size change. */
const PREALLOCATE_BYTES = 8 * 1024 * 1024;
const ZERO = Buffer.alloc(1);
/** The next step is written, in the background, once less than this is left. */
const GROW_AHEAD_BYTES = 4 * 1024 * 1024;
/**
 * Where the platform has it, the file is opened with O_DSYNC: each write returns once its data is
 * on disk, one trip to the thread pool instead of two (write, then fdatasync).
 */
const O_DSYNC: number | undefined = (constants as Record<string, number | undefined>).O_DSYNC;

export interface JournalOptions {
  /** How long an entry appended without `durable` may wait for a flush of its own (ms). */
  lazyFlushMs?: number;
}

/**
 * Append-only journal with group commit: a durable entry is written and on disk before its
 * promise resolves; entries that arrive while a flush is running share the next one. An entry
 * appended with `durable: false` does not start a flush: it goes to disk with the next durable
 * entry, or after `lazyFlushMs` at the latest (state that a crash may lose the last moments of).
 * Entries reach the file in the order they were appended.
 * The file is preallocated with NUL bytes, 8 MB ahead (less on a small disk), the next step written
 * in the background; its records end at the first NUL (JSON text never contains a raw NUL), and at
 * least one NUL always follows them, also after a clean close: a file that ends in text was cut.
 */
export class JournalFile {
  private handle: FileHandle | null = null;
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  /** Set while the file is being emptied: entries appended meanwhile wait, then go to the emptied file. */
  private emptying: Promise<void> | null = null;
  private lazyTimer: NodeJS.Timeout | null = null;
  /** The step of zeros being written ahead, from `allocated` on: nothing else is written there until it is done. */
  private growing: Promise<void> | null = null;
  /** Set once a step of zeros could not be written (disk full): appends then extend the file themselves. */
  private growthFailed = false;
  private allocated = 0;
  /** The error of the first write that failed: the journal then takes nothing more (fail-stop). */
  private failed: { err: unknown } | null = null;
  private readonly lazyFlushMs: number;
  /** Bytes of journal content (the logical end of the file). */
  bytes = 0;

  constructor(readonly file: string, options: JournalOptions = {}) {
    this.lazyFlushMs = options.lazyFlushMs ?? 50;
  }

  /**
   * Reads all complete entries (see `readJournal` for what is refused). A torn last line (a crash
   * mid-append, never acknowledged) is cut by `cutTornTail`, once the store has checked the rest:
   * kept in a backup and overwritten with zeros, so that the file keeps its zeros after the records
   * and a cut can still be told from it at the next start. A refused file is never written to.
   */
  readAll(cleanStop: boolean): { entries: ReadEntry[]; cutTornTail: (onCut: (backup: string) => void) => void } {
    if (!existsSync(this.file)) return { entries: [], cutTornTail: () => undefined };
    const buffer = io(this.file, 'read', () => readFileSync(this.file));
    const { entries, bytes, tornTail } = readJournal(this.file, buffer, cleanStop);
    this.bytes = bytes;
    const cutTornTail = (onCut: (backup: string) => void): void => {
      if (!tornTail) return;
      const backup = `${this.file}.torn-${process.pid}-${entries.length}`;
      io(backup, 'write', () => copyFileSync(this.file, backup));
      onCut(backup);
      io(this.file, 'write', () => {
        const fd = openSync(this.file, 'r+');
        try {
          writeSync(fd, Buffer.alloc(buffer.length - bytes), 0, buffer.length - bytes, bytes);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
      });
    };
    return { entries, cutTornTail };
  }

  async openForAppend(): Promise<void> {
    await (await open(this.file, 'a')).close();
    this.handle = await open(this.file, O_DSYNC === undefined ? 'r+' : constants.O_RDWR | O_DSYNC);
    this.allocated = (await this.handle.stat()).size;
    this.growAhead();
    await this.growing;
    // at least one zero after the records, always: a file that ends in text was cut (see readJournal)
    if (this.allocated <= this.bytes) this.allocated = this.bytes + await this.writeZeros(this.handle, this.bytes, 1);
  }

  /**
   * Appends an entry; the promise settles when it is on disk or could not be written. After a
   * failed write nothing more is written: the entries queued behind it and every later one are
   * rejected with the same error, so the file never holds an entry whose predecessor is missing.
   */
  append(entry: JournalEntry, durable = true): Promise<void> {
    if (this.failed) return Promise.reject(this.failed.err);
    const data = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ data, resolve, reject });
      if (durable) this.flush();
      else this.lazyTimer ??= setTimeout(() => this.flush(), this.lazyFlushMs);
    });
  }

  /** Resolves when everything appended so far is on disk (or has failed). */
  async drain(): Promise<void> {
    for (;;) {
      this.flush();
      if (this.flushing) await this.flushing;
      else if (this.emptying) await this.emptying;
      else return;
    }
  }

  private flush(): void {
    if (this.lazyTimer) clearTimeout(this.lazyTimer);
    this.lazyTimer = null;
    if (!this.flushing && !this.emptying && this.queue.length) this.flushing = this.flushLoop();
  }

  /**
   * Empties the journal after a snapshot took over its content. Writes already started finish first;
   * entries appended while the file is emptied are held and written to the emptied file (they are
   * newer than the snapshot), never to the old end of the file, where the truncation would lose them.
   */
  async truncate(): Promise<void> {
    if (!this.handle) return;
    const handle = this.handle;
    let done!: () => void;
    this.emptying = new Promise<void>((resolve) => (done = resolve));
    try {
      while (this.flushing) await this.flushing;
      await this.growing; // its zeros must not land after the truncation
      await handle.truncate(0);
      await handle.datasync();
      this.bytes = 0;
      this.allocated = 0;
      this.growAhead(); // while the held entries wait: else the first of them would
      await this.growing;
    } catch (err) {
      this.stop(err); // where the file ends is not known any more: the held entries must not be written
      throw err;
    } finally {
      this.emptying = null;
      done();
      this.flush();
    }
  }

  async close(): Promise<void> {
    await this.drain();
    await this.growing;
    if (this.handle) {
      await this.handle.truncate(this.bytes + 1); // the records and one zero: a clean end, told from a cut
      await this.handle.close();
    }
    this.handle = null;
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.queue.length) {
        const batch = this.queue;
        this.queue = [];
        const data = batch.length === 1 ? batch[0]!.data : Buffer.concat(batch.map((p) => p.data));
        try {
          await this.write(data);
          batch.forEach((p) => p.resolve());
        } catch (err) {
          this.stop(err, batch);
        }
      }
    } finally {
      this.flushing = null;
    }
  }

  /** Fail-stop: rejects `batch` and everything queued, and every later append, with `err`. */
  private stop(err: unknown, batch: Pending[] = []): void {
    this.failed ??= { err };
    const rejected = [...batch, ...this.queue];
    this.queue = [];
    rejected.forEach((p) => p.reject(err));
  }

  private async write(data: Buffer): Promise<void> {
    const handle = this.handle;
    if (!handle) throw new Error('journal is closed');
    // past the zeros written so far while the next step is being written: wait, or they would land on it
    if (this.growing && this.bytes + data.length > this.allocated) await this.growing;
    // extending the file itself (no zeros left ahead): one zero goes with the entry, so the file still ends in one
    const out = this.bytes + data.length >= this.allocated ? Buffer.concat([data, ZERO]) : data;
    for (let done = 0; done < out.length;) done += await writeAt(handle.fd, out, done, this.bytes + done);
    if (O_DSYNC === undefined) await handle.datasync();
    this.bytes += data.length;
    this.allocated = Math.max(this.allocated, this.bytes + out.length - data.length);
    this.growAhead();
  }

  /**
   * Writes the next step of zeros in the background once little is left, so that no commit waits
   * for it (8 MB took 85 ms here, inside the commit that crossed the boundary, before). It never
   * fails a commit: when it cannot be written, appends extend the file themselves.
   */
  private growAhead(): void {
    const handle = this.handle;
    if (!handle || this.growing || this.growthFailed || this.failed || this.allocated - this.bytes >= GROW_AHEAD_BYTES) return;
    const from = this.allocated;
    this.growing = this.writeZeros(handle, from, this.stepBytes())
      .then((written) => void (this.allocated = Math.max(this.allocated, from + written)), () => void (this.growthFailed = true))
      .finally(() => (this.growing = null));
  }

  /** A step of zeros: 8 MB, or a quarter of the free space on a small disk (the snapshot needs room too). */
  private stepBytes(): number {
    try {
      const fsStat = statfsSync(path.dirname(this.file));
      return Math.max(4096, Math.min(PREALLOCATE_BYTES, Math.floor((fsStat.bavail * fsStat.bsize) / 4)));
    } catch {
      return PREALLOCATE_BYTES;
    }
  }

  private async writeZeros(handle: FileHandle, position: number, length: number): Promise<number> {
    return (await handle.write(Buffer.alloc(length), 0, length, position)).bytesWritten;
  }
}

/**
 * Writes what is left of `data` from `offset` at `position`; resolves with the bytes written (a
 * regular file may take fewer). `fs.write` with a callback rather than `FileHandle.write`: a new
 * ticket's turn waits for the write to start, and it starts in half the time (25 against 47 µs,
 * measured after a pause of 2 ms).
 */
function writeAt(fd: number, data: Buffer, offset: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => {
    fs.write(fd, data, offset, data.length - offset, position, (err, written) => {
      if (err) reject(err);
      else if (written === 0) reject(new Error('journal write wrote nothing'));
      else resolve(written);
    });
  });
}
