import { closeSync, existsSync, mkdirSync, openSync, readSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Op } from './journal-file.js';
import { SnapshotFile, type StoreData } from './snapshot-file.js';
import { StoreCorruptError } from './store-errors.js';

interface Cold {
  data: Record<string, unknown> | null;
  dirty: boolean;
  /** Journal operations replayed at start for a collection not loaded yet: applied when it is. */
  pending: { s: number; op: Op }[];
}

/**
 * Collections kept out of memory until asked for (the monthly ticket archives): each lives in its own
 * file under `archive/`, is read on first use, and - when clean - dropped again when too many are loaded.
 */
export class ColdCollections {
  private readonly cold = new Map<string, Cold>();

  constructor(private readonly dir: string, readonly isCold: (name: string) => boolean, private readonly maxLoaded = 4) {}

  /** The collection's records, loading its file if needed. */
  data(name: string): Record<string, unknown> {
    const entry = this.entry(name);
    if (!entry.data) {
      const { records, seq } = this.read(name);
      for (const { s, op } of entry.pending) if (s > seq) applyOne(records, op);
      entry.dirty = entry.pending.some(({ s }) => s > seq);
      entry.pending = [];
      entry.data = records;
    }
    const records = entry.data;
    this.cold.delete(name);
    this.cold.set(name, entry);
    this.evict(name);
    return records;
  }

  /** Applies an operation, or keeps it for later while replaying the journal of a collection not loaded. */
  apply(op: Op, seq: number, replaying: boolean): void {
    const entry = this.entry(op.c);
    if (!entry.data && replaying) {
      entry.pending.push({ s: seq, op });
      return;
    }
    applyOne(this.data(op.c), op);
    entry.dirty = true;
  }

  /** Writes every changed collection (atomically, one file each) as of journal position `seq`. */
  flush(seq: number): void {
    for (const [name, entry] of this.cold) {
      if (entry.pending.length) this.data(name);
      if (!entry.dirty || !entry.data) continue;
      mkdirSync(this.dir, { recursive: true });
      const snapshot: StoreData = { schemaVersion: 2, seq, collections: { [name]: entry.data } };
      new SnapshotFile(this.file(name)).write(snapshot);
      entry.dirty = false;
    }
    this.evict();
  }

  /**
   * Refuses to start when an archive file holds changes past the end of the journal (`lastSeq`):
   * records the archive was written from are missing from the snapshot and the journal. Reads only
   * the head of each file (its position), so a large archive costs nothing here.
   */
  checkBehind(lastSeq: number, journalFile: string): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) {
      if (!name.endsWith('.json')) continue;
      const file = path.join(this.dir, name);
      const head = Buffer.alloc(80);
      const fd = openSync(file, 'r');
      try {
        readSync(fd, head, 0, head.length, 0);
      } finally {
        closeSync(fd);
      }
      const seq = Number(/"seq":(\d+)/u.exec(head.toString('utf8'))?.[1] ?? 0);
      if (seq > lastSeq) {
        throw new StoreCorruptError(journalFile, `the archive ${file} holds changes up to entry ${seq}, but the snapshot and the journal end at entry ${lastSeq}: records were lost from the journal. Restore the data directory from a backup`);
      }
    }
  }

  private entry(name: string): Cold {
    let entry = this.cold.get(name);
    if (!entry) {
      entry = { data: null, dirty: false, pending: [] };
      this.cold.set(name, entry);
    }
    return entry;
  }

  private read(name: string): { records: Record<string, unknown>; seq: number } {
    const file = this.file(name);
    if (!existsSync(file)) return { records: {}, seq: 0 };
    const raw = new SnapshotFile(file).read() as Partial<StoreData> | null;
    const records = raw?.collections?.[name];
    if (!raw || typeof raw.seq !== 'number' || !records || typeof records !== 'object') {
      throw new StoreCorruptError(file, `no collection "${name}"`);
    }
    return { records, seq: raw.seq };
  }

  /** Drops the least recently used clean collections beyond the limit (never `keep`, the one in use). */
  private evict(keep?: string): void {
    let loaded = [...this.cold.values()].filter((e) => e.data).length;
    for (const [name, entry] of this.cold) {
      if (loaded <= this.maxLoaded) return;
      if (name !== keep && entry.data && !entry.dirty && !entry.pending.length) {
        entry.data = null;
        loaded--;
      }
    }
  }

  private file(name: string): string {
    return path.join(this.dir, `${name.replace(/[^\w.-]+/gu, '_')}.json`);
  }
}

export function applyOne(records: Record<string, unknown>, op: Op): void {
  if ('d' in op) delete records[op.k];
  else records[op.k] = op.v;
}
