import { mkdirSync, copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { LowSync } from 'lowdb';
import type { Logger } from 'pino';
import { JournalFile, type JournalEntry, type Op } from './journal-file.js';
import { CURRENT_SCHEMA_VERSION, migrate, versionOf } from './migrations.js';
import { SnapshotFile, type StoreData } from './snapshot-file.js';
import { StoreCorruptError, StoreUnavailableError, StoreVersionError, StoreIoError, io, ioAsync, isStoreError } from './store-errors.js';
import { checkSequence } from './journal-reader.js';
import { StoreLock } from './store-lock.js';
import { ColdCollections, applyOne } from './cold-collections.js';

export type { Op } from './journal-file.js';

export interface JsonStoreOptions {
  dataDir: string;
  logger: Logger;
  /** Fold the journal into the snapshot once it grows past this many bytes. */
  compactAfterBytes?: number;
  /** Collections kept in their own files under `archive/` and loaded only when used. */
  isCold?: (collection: string) => boolean;
}

/** Monthly ticket archives (`archive-2026-01`…) stay on disk until asked for. */
export const isArchiveCollection = (name: string): boolean => name.startsWith('archive-');

/**
 * The helpdesk's JSON store: a lowdb snapshot (`helpdesk.json`) plus an append-only journal
 * (`helpdesk.journal.jsonl`). A commit changes memory at once and resolves when its journal
 * line is on disk; the journal is folded into the snapshot when it grows, at open and on demand.
 * Values handed to `commit` belong to the store afterwards: callers must not mutate them.
 */
export class JsonStore {
  private readonly db: LowSync<StoreData>;
  private readonly journal: JournalFile;
  private readonly lock: StoreLock;
  private readonly cold: ColdCollections;
  private compacting: Promise<void> | null = null;
  /** What each entry not yet on disk replaced in memory, by sequence number, to put back if its write fails. */
  private readonly undo = new Map<number, Undo[]>();
  private failure: unknown = null;
  /** The last entry a snapshot written by this process holds. */
  private snapshotSeq = 0;
  private closed = false;

  private constructor(private readonly opts: Required<JsonStoreOptions>, readonly snapshotFile: string) {
    this.db = new LowSync<StoreData>(new SnapshotFile(snapshotFile) as never, emptyData());
    this.journal = new JournalFile(path.join(opts.dataDir, 'helpdesk.journal.jsonl'));
    this.lock = new StoreLock(path.join(opts.dataDir, 'helpdesk.lock'), opts.dataDir);
    this.cold = new ColdCollections(path.join(opts.dataDir, 'archive'), opts.isCold);
  }

  static async open(options: JsonStoreOptions): Promise<JsonStore> {
    const opts = { compactAfterBytes: 64 * 1024 * 1024, isCold: isArchiveCollection, ...options };
    io(opts.dataDir, 'create', () => mkdirSync(opts.dataDir, { recursive: true }));
    const store = new JsonStore(opts, path.join(opts.dataDir, 'helpdesk.json'));
    const taken = await ioAsync(path.join(opts.dataDir, 'helpdesk.lock'), 'lock', () => store.lock.acquire());
    if (taken.tookOverFromPid) opts.logger.warn({ pid: taken.tookOverFromPid }, 'store lock left by a stopped process taken over');
    try {
      await store.load(taken.cleanStop);
    } catch (err) {
      store.lock.release();
      throw isStoreError(err) ? err : new StoreIoError(opts.dataDir, 'use', err);
    }
    return store;
  }

  get healthy(): boolean {
    return this.failure === null && !this.closed;
  }

  /** Bytes of journal on disk since the last compaction. */
  get journalBytes(): number {
    return this.journal.bytes;
  }

  get<T>(collection: string, key: string): T | undefined {
    return this.records(collection)?.[key] as T | undefined;
  }

  values<T>(collection: string): T[] {
    return Object.values(this.records(collection) ?? {}) as T[];
  }

  keys(collection: string): string[] {
    return Object.keys(this.records(collection) ?? {});
  }

  private records(collection: string): Record<string, unknown> | undefined {
    return this.cold.isCold(collection) ? this.cold.data(collection) : this.db.data.collections[collection];
  }

  /** Applies the operations together; resolves once they are durable. */
  commit(ops: Op[]): Promise<void> {
    return this.append(ops, true);
  }

  /**
   * Applies the operations now; they go to disk with the next durable commit or within the
   * journal's lazy interval (50 ms), without a flush of their own. For state that a crash may lose
   * the last moments of (dialog state, conversation references, counters), never for tickets.
   */
  commitLazily(ops: Op[]): void {
    this.append(ops, false).catch((err: unknown) => this.opts.logger.error({ err: (err as Error).message }, 'lazy commit failed'));
  }

  private async append(ops: Op[], durable: boolean): Promise<void> {
    if (this.closed) throw new StoreUnavailableError(new Error('store is closed'));
    if (this.failure) throw new StoreUnavailableError(this.failure);
    const entry: JournalEntry = { s: ++this.db.data.seq, o: ops };
    this.undo.set(entry.s, this.applyNew(entry));
    try {
      await this.journal.append(entry, durable);
      this.undo.delete(entry.s);
    } catch (err) {
      this.fail(err, 'journal write failed: the store refuses further writes');
      this.revertUnwritten();
      if (entry.s <= this.snapshotSeq) return; // a snapshot written meanwhile holds it: it is on disk
      throw new StoreUnavailableError(err);
    }
    if (this.journal.bytes > this.opts.compactAfterBytes) void this.fold();
  }

  /**
   * Folds the journal into the snapshot and the archives now, as when it passes its size limit
   * (one compaction at a time): after a bulk write into the archives, so that the changed archive
   * collections are written and can leave memory instead of staying loaded until the next fold.
   */
  fold(): Promise<void> {
    this.compacting ??= this.compact()
      .catch((err: unknown) => this.fail(err, 'compaction failed: the store refuses further writes'))
      .finally(() => (this.compacting = null));
    return this.compacting;
  }

  /** Stops taking writes after the first failure (reported once); `healthy` then says so. */
  private fail(err: unknown, message: string): void {
    if (this.failure) return;
    this.failure = err;
    this.opts.logger.fatal({ err }, message);
  }

  /** Folds the journal into a fresh snapshot (written atomically), then empties the journal. */
  async compact(): Promise<void> {
    await this.journal.drain();
    const started = performance.now();
    const seq = this.db.data.seq;
    this.cold.flush(seq);
    this.db.write();
    // everything applied so far is in the snapshot now, whatever becomes of its journal write
    this.snapshotSeq = seq;
    for (const s of this.undo.keys()) if (s <= seq) this.undo.delete(s);
    await this.journal.truncate();
    this.opts.logger.info({ ms: Math.round(performance.now() - started), seq: this.db.data.seq }, 'store compacted');
  }

  /** Waits for pending writes, then releases the data directory. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.compacting;
    await this.journal.close();
    this.lock.release();
  }

  /** Applies a new entry (not a replayed one) and returns what it replaced. */
  private applyNew(entry: JournalEntry): Undo[] {
    const undo = entry.o.map((op): Undo => ({ c: op.c, k: op.k, before: this.records(op.c)?.[op.k] }));
    this.apply(entry, false);
    return undo;
  }

  /**
   * After a failed write nothing queued behind it reaches the disk either (the journal stops), so
   * every entry not yet written is taken back out of memory, newest first: memory then holds what
   * the disk holds, and nothing that was not saved can be read back (a ticket's id in a list).
   */
  private revertUnwritten(): void {
    const seqs = [...this.undo.keys()].sort((a, b) => b - a);
    for (const seq of seqs) {
      for (const { c, k, before } of this.undo.get(seq)!.reverse()) {
        const records = this.cold.isCold(c) ? this.cold.data(c) : (this.db.data.collections[c] ??= {});
        applyOne(records, before === undefined ? { c, k, d: true } : { c, k, v: before });
      }
    }
    this.undo.clear();
  }

  /**
   * Applies a journal entry. Hot collections skip what the snapshot already holds; cold ones
   * compare with their own file's position when they are loaded.
   */
  private apply(entry: JournalEntry, replaying: boolean, snapshotSeq = 0): void {
    for (const op of entry.o) {
      if (this.cold.isCold(op.c)) this.cold.apply(op, entry.s, replaying);
      else if (!replaying || entry.s > snapshotSeq) applyOne((this.db.data.collections[op.c] ??= {}), op);
    }
  }

  private async load(cleanStop: boolean): Promise<void> {
    const raw = this.db.adapter.read() as Record<string, unknown> | null;
    let needsSnapshot = raw === null;
    if (raw) {
      if (typeof raw.schemaVersion !== 'number' && !Array.isArray(raw.tickets)) {
        throw new StoreCorruptError(this.snapshotFile, 'no "schemaVersion": not a helpdesk store');
      }
      const version = versionOf(raw);
      if (version > CURRENT_SCHEMA_VERSION) throw new StoreVersionError(this.snapshotFile, version, CURRENT_SCHEMA_VERSION);
      const { data, migratedFrom } = migrate(raw);
      if (!data.collections || typeof data.collections !== 'object' || typeof data.seq !== 'number') {
        throw new StoreCorruptError(this.snapshotFile, 'missing "collections" or "seq"');
      }
      if (migratedFrom !== null) {
        const backup = `${this.snapshotFile}.v${migratedFrom}.bak`;
        if (!existsSync(backup)) copyFileSync(this.snapshotFile, backup);
        this.opts.logger.info({ from: migratedFrom, to: CURRENT_SCHEMA_VERSION, backup }, 'store migrated');
        needsSnapshot = true;
      }
      this.db.data = data;
    }
    if (raw && !needsSnapshot && (raw.journal === true || this.db.data.seq > 0) && !existsSync(this.journal.file)) {
      throw new StoreCorruptError(this.journal.file, `the journal is missing next to the snapshot ${this.snapshotFile}: every change since the snapshot was written is lost with it. Restore the journal (or the whole data directory) from a backup; to start from the snapshot alone anyway, create an empty journal file with that name`);
    }
    const snapshotSeq = this.db.data.seq;
    const { entries, cutTornTail } = this.journal.readAll(cleanStop);
    checkSequence(this.journal.file, entries, snapshotSeq, this.snapshotFile);
    for (const { entry } of entries) {
      this.apply(entry, true, snapshotSeq);
      this.db.data.seq = Math.max(this.db.data.seq, entry.s);
    }
    this.cold.checkBehind(this.db.data.seq, this.journal.file);
    cutTornTail((backup) => this.opts.logger.warn({ backup }, 'torn last journal line (crash mid-write) cut off; a copy was kept'));
    await ioAsync(this.journal.file, 'write', () => this.journal.openForAppend());
    if (needsSnapshot || this.journal.bytes > this.opts.compactAfterBytes) await ioAsync(this.snapshotFile, 'write', () => this.compact());
  }
}

/** What an operation replaced: the record before it (undefined when there was none). */
interface Undo { c: string; k: string; before: unknown }

function emptyData(): StoreData {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, seq: 0, collections: {} };
}


