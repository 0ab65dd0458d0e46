import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { SyncAdapter } from 'lowdb';
import { StoreCorruptError } from './store-errors.js';

export type Collections = Record<string, Record<string, unknown>>;

/** The snapshot as lowdb holds it: every collection, and the last journal entry it contains. */
export interface StoreData {
  schemaVersion: number;
  seq: number;
  /** Written by the store, which keeps a journal next to it: a missing journal is then damage. */
  journal?: true;
  collections: Collections;
}

const CHUNK = 1 << 20;

/**
 * lowdb adapter for the snapshot file. Writes never leave a half-written file: the data is
 * streamed record by record into a temp file (no 100 MB string in memory), fsynced, renamed
 * over the old file, and the directory is fsynced. A file that cannot be parsed is reported,
 * never overwritten.
 */
export class SnapshotFile implements SyncAdapter<unknown> {
  constructor(readonly file: string) {}

  read(): unknown {
    if (!existsSync(this.file)) return null;
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (err) {
      throw new StoreCorruptError(this.file, (err as Error).message);
    }
    try {
      const data: unknown = JSON.parse(text);
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not a JSON object');
      return data;
    } catch (err) {
      throw new StoreCorruptError(this.file, (err as Error).message);
    }
  }

  write(data: unknown): void {
    const tmp = `${this.file}.tmp-${process.pid}`;
    const fd = openSync(tmp, 'w');
    try {
      const out = new ChunkWriter(fd);
      writeData(out, data as StoreData);
      out.end();
      fsyncSync(fd);
    } catch (err) {
      closeSync(fd);
      rmSync(tmp, { force: true });
      throw err;
    }
    closeSync(fd);
    renameSync(tmp, this.file);
    fsyncDir(path.dirname(this.file));
  }
}

function writeData(out: ChunkWriter, data: StoreData): void {
  out.push(`{"schemaVersion":${data.schemaVersion},"seq":${data.seq},"journal":true,"collections":{`);
  const names = Object.keys(data.collections);
  names.forEach((name, i) => {
    out.push(`${i ? ',' : ''}\n${JSON.stringify(name)}:{`);
    let first = true;
    for (const [key, value] of Object.entries(data.collections[name] ?? {})) {
      out.push(`${first ? '' : ','}\n${JSON.stringify(key)}:${JSON.stringify(value)}`);
      first = false;
    }
    out.push('}');
  });
  out.push('\n}}\n');
}

class ChunkWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  push(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= CHUNK) this.flush();
  }
  end(): void {
    this.flush();
  }
  private flush(): void {
    if (!this.parts.length) return;
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
