import { open, type FileHandle } from 'node:fs/promises';
import { existsSync, readFileSync, copyFileSync, truncateSync } from 'node:fs';
import { StoreCorruptError } from './store-errors.js';

export type Op = { c: string; k: string; v: unknown } | { c: string; k: string; d: true };
export interface JournalEntry { s: number; o: Op[] }

interface Pending { line: string; resolve: () => void; reject: (err: unknown) => void }

/**
 * Append-only journal with group commit: every entry is durable (written and fdatasync'ed)
 * before its promise resolves; entries that arrive while a flush is running share the next one.
 */
export class JournalFile {
  private handle: FileHandle | null = null;
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  bytes = 0;

  constructor(readonly file: string) {}

  /** Reads all complete entries. A torn last line (a crash mid-append, never acknowledged) is kept in a backup and cut off. */
  readAll(onTornTail: (backup: string) => void): JournalEntry[] {
    if (!existsSync(this.file)) return [];
    const text = readFileSync(this.file, 'utf8');
    const lines = text.split('\n');
    const tail = lines.pop() ?? '';
    const entries = lines.map((line, i) => parseLine(this.file, line, i + 1));
    if (tail.trim() !== '') {
      const backup = `${this.file}.torn-${process.pid}-${entries.length}`;
      copyFileSync(this.file, backup);
      truncateSync(this.file, Buffer.byteLength(text, 'utf8') - Buffer.byteLength(tail, 'utf8'));
      onTornTail(backup);
    }
    this.bytes = Buffer.byteLength(text, 'utf8') - Buffer.byteLength(tail, 'utf8');
    return entries;
  }

  async openForAppend(): Promise<void> {
    this.handle = await open(this.file, 'a');
  }

  append(entry: JournalEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ line, resolve, reject });
      if (!this.flushing) this.flushing = this.flushLoop();
    });
  }

  /** Resolves when everything appended so far is on disk. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Empties the journal after a snapshot took over its content. Call only after drain(). */
  async truncate(): Promise<void> {
    if (!this.handle) return;
    await this.handle.truncate(0);
    await this.handle.datasync();
    this.bytes = 0;
  }

  async close(): Promise<void> {
    await this.drain();
    await this.handle?.close();
    this.handle = null;
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.queue.length) {
        const batch = this.queue;
        this.queue = [];
        const data = batch.map((p) => p.line).join('');
        try {
          if (!this.handle) throw new Error('journal is closed');
          await this.handle.write(data);
          await this.handle.datasync();
          this.bytes += Buffer.byteLength(data, 'utf8');
          batch.forEach((p) => p.resolve());
        } catch (err) {
          batch.forEach((p) => p.reject(err));
        }
      }
    } finally {
      this.flushing = null;
    }
  }
}

function parseLine(file: string, line: string, n: number): JournalEntry {
  try {
    const entry = JSON.parse(line) as JournalEntry;
    if (typeof entry.s !== 'number' || !Array.isArray(entry.o)) throw new Error('not a journal entry');
    return entry;
  } catch (err) {
    throw new StoreCorruptError(file, `line ${n}: ${(err as Error).message}`);
  }
}
