import { StoreCorruptError } from './store-errors.js';
import type { JournalEntry } from './journal-file.js';

/** A journal entry and the byte offset of its line in the file. */
export interface ReadEntry { entry: JournalEntry; offset: number }

export interface JournalContent {
  entries: ReadEntry[];
  /** Bytes of complete records: where the next entry goes. */
  bytes: number;
  /** A torn last line (a crash mid-append, never acknowledged) follows the records: it is cut off. */
  tornTail: boolean;
}

const NL = 0x0a;

/**
 * Reads the journal's bytes strictly. The file is complete records (one JSON line each), then the
 * zeros written ahead; after the last complete record, a torn last line (the prefix of an append
 * a crash interrupted) may stand before or after zeros. Anything else is damage and refused,
 * naming the byte offset: NUL bytes or an unreadable line with records after them (data lost in
 * the middle), or text at the very end of the file with no zeros after it (the file was cut: the
 * bot always keeps at least one zero after its records). `cleanStop` (the previous bot released
 * its lock) also accepts a file that ends right after a record, as versions before this one left
 * it on a clean stop.
 */
export function readJournal(file: string, buffer: Buffer, cleanStop: boolean): JournalContent {
  const lastNl = buffer.lastIndexOf(NL);
  const recordsEnd = lastNl + 1;
  const hole = buffer.indexOf(0);
  if (hole !== -1 && hole < recordsEnd) {
    throw new StoreCorruptError(file, `NUL bytes at byte offset ${hole}, with records after them up to byte ${recordsEnd}: part of the journal was overwritten or lost`);
  }
  const entries: ReadEntry[] = [];
  let start = 0;
  let line = 1;
  while (start < recordsEnd) {
    const end = buffer.indexOf(NL, start);
    entries.push({ entry: parseLine(file, buffer.toString('utf8', start, end), line, start), offset: start });
    start = end + 1;
    line++;
  }
  const tail = buffer.subarray(recordsEnd);
  if (tail.length === 0) {
    if (buffer.length > 0 && !cleanStop) {
      throw new StoreCorruptError(file, `the file ends at byte ${buffer.length} right after a record, without the zeros the bot keeps after its last record: it was cut or copied in part, and records after byte ${buffer.length} may be lost`);
    }
    return { entries, bytes: recordsEnd, tornTail: false };
  }
  const text = textRun(tail);
  if (text === null) return { entries, bytes: recordsEnd, tornTail: false }; // only the zeros written ahead
  if (text.start === 0 && text.end === tail.length) {
    throw new StoreCorruptError(file, `the file ends at byte ${buffer.length} in the middle of a record that starts at byte ${recordsEnd}, without the zeros the bot keeps after its last record: it was cut or copied in part, and records after it may be lost`);
  }
  if (tail.subarray(text.end).some((b) => b !== 0)) {
    throw new StoreCorruptError(file, `NUL bytes at byte offset ${recordsEnd + text.end}, with data after them: part of the last record was overwritten or lost`);
  }
  return { entries, bytes: recordsEnd, tornTail: true };
}

/** The first run of non-zero bytes in `tail` (null when it is all zeros). */
function textRun(tail: Buffer): { start: number; end: number } | null {
  const start = tail.findIndex((b) => b !== 0);
  if (start === -1) return null;
  const zero = tail.indexOf(0, start);
  return { start, end: zero === -1 ? tail.length : zero };
}

function parseLine(file: string, line: string, n: number, offset: number): JournalEntry {
  try {
    const entry = JSON.parse(line) as JournalEntry;
    if (!entry || typeof entry.s !== 'number' || !Array.isArray(entry.o)) throw new Error('not a journal entry');
    for (const op of entry.o) {
      if (!op || typeof op.c !== 'string' || typeof op.k !== 'string' || !('v' in op || 'd' in op)) throw new Error('not a store operation');
    }
    return entry;
  } catch (err) {
    throw new StoreCorruptError(file, `line ${n} at byte offset ${offset}: ${(err as Error).message}`);
  }
}

/**
 * Checks that the journal continues the snapshot: the entries after the snapshot's position start
 * right after it and follow one another without a gap (a gap means lost records).
 */
export function checkSequence(file: string, entries: readonly ReadEntry[], snapshotSeq: number, snapshotFile: string): void {
  let expected = snapshotSeq + 1;
  for (const { entry, offset } of entries) {
    if (entry.s <= snapshotSeq) continue;
    if (entry.s !== expected) {
      throw new StoreCorruptError(file, expected === snapshotSeq + 1
        ? `the record at byte offset ${offset} is entry ${entry.s}, but the snapshot ${snapshotFile} ends at entry ${snapshotSeq}: entries ${expected}–${entry.s - 1} are missing`
        : `the record at byte offset ${offset} is entry ${entry.s}, expected ${expected}: entries ${expected}–${entry.s - 1} are missing`);
    }
    expected++;
  }
}
