/**
 * The damage matrix: a store made by the real bot (tickets in the snapshot and in the journal,
 * then kill -9) is damaged one way at a time - NUL byte, zero block, cuts, deleted or garbage
 * journal, bad or missing snapshot, null ticket, full disk - and the bot started on it. Each case
 * must either start with every acknowledged ticket, or refuse with a message naming the damaged
 * file (no stack) and leave that file as it was. A case that needs no refusal (kill -9 alone, a
 * torn last line) must start.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/logging/logger.js';
import { JsonStore } from '../../src/store/json-store.js';
import { ConnectorStub } from '../support/connector-stub.js';
import { killBot, persona, startBot, stopBot, TicketClient } from './fault-bot.js';
import type { FaultSection } from './fault-section.js';

const JOURNAL = 'helpdesk.journal.jsonl';
const SNAPSHOT = 'helpdesk.json';

interface Placed { dataDir: string; relieve: () => void; done: () => void }

interface Case {
  name: string;
  /** The file the damage is in (what a refusal must name), relative to the data directory. */
  file: string;
  /** Whether the bot must start (no damage that loses anything). */
  mustStart?: boolean;
  damage: (dir: string) => void;
  /** Starts on an empty data directory (no tickets), not on the template. */
  fresh?: boolean;
  /** A refusal may name any file of the data directory (a full disk: whichever write failed first). */
  anyFile?: boolean;
  /** Runs the bot somewhere else (a small disk); returns the data directory, what to undo before checking, and how to clean up. */
  place?: (dir: string) => Placed;
}

/** The end of the journal's records (before the zeros written ahead). */
function recordsEnd(buffer: Buffer): number {
  const nul = buffer.indexOf(0);
  return nul === -1 ? buffer.length : nul;
}

function editJournal(dir: string, edit: (buffer: Buffer, end: number) => Buffer | void): void {
  const file = path.join(dir, JOURNAL);
  const buffer = readFileSync(file);
  writeFileSync(file, edit(buffer, recordsEnd(buffer)) ?? buffer);
}

function middleLine(text: string): { start: number; end: number } {
  const start = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
  return { start, end: text.indexOf('\n', start) + 1 };
}

const CASES: Case[] = [
  { name: 'none (kill -9 alone)', file: JOURNAL, mustStart: true, damage: () => undefined },
  {
    name: 'torn last line (crash mid-append)', file: JOURNAL, mustStart: true,
    damage: (dir) => editJournal(dir, (b, end) => void b.write('{"s":99999,"o":[{"c":"tickets","k":"HD-2', end, 'utf8')),
  },
  { name: 'NUL byte in the middle of the journal', file: JOURNAL, damage: (dir) => editJournal(dir, (b, end) => void (b[Math.floor(end / 2)] = 0)) },
  { name: 'zero block (4 KB) in the middle of the journal', file: JOURNAL, damage: (dir) => editJournal(dir, (b, end) => void b.fill(0, Math.floor(end / 2) - 2048, Math.floor(end / 2) + 2048)) },
  ...[25, 50, 75].map((share): Case => ({
    name: `journal cut at ${share} %`, file: JOURNAL,
    damage: (dir) => truncateSync(path.join(dir, JOURNAL), Math.floor((recordsEnd(readFileSync(path.join(dir, JOURNAL))) * share) / 100)),
  })),
  { name: 'journal deleted', file: JOURNAL, damage: (dir) => rmSync(path.join(dir, JOURNAL)) },
  {
    name: 'garbage line in the middle of the journal', file: JOURNAL,
    damage: (dir) => editJournal(dir, (b, end) => {
      const { start, end: lineEnd } = middleLine(b.toString('latin1', 0, end));
      return Buffer.concat([b.subarray(0, start), Buffer.from('garbage\n'), b.subarray(lineEnd)]);
    }),
  },
  { name: 'journal is a directory', file: JOURNAL, damage: (dir) => (rmSync(path.join(dir, JOURNAL)), mkdirSync(path.join(dir, JOURNAL))) },
  {
    name: 'snapshot cut in half (invalid JSON)', file: SNAPSHOT,
    damage: (dir) => truncateSync(path.join(dir, SNAPSHOT), Math.floor(statSync(path.join(dir, SNAPSHOT)).size / 2)),
  },
  { name: 'snapshot deleted', file: JOURNAL, damage: (dir) => rmSync(path.join(dir, SNAPSHOT)) },
  {
    name: 'a null ticket in the snapshot', file: SNAPSHOT,
    damage: (dir) => {
      const file = path.join(dir, SNAPSHOT);
      const data = JSON.parse(readFileSync(file, 'utf8')) as { collections: { tickets: Record<string, unknown> } };
      data.collections.tickets[Object.keys(data.collections.tickets)[0]!] = null;
      writeFileSync(file, JSON.stringify(data));
    },
  },
  { name: 'full disk (the store on a full volume)', file: JOURNAL, anyFile: true, damage: () => undefined, place: (dir) => onSmallDisk(dir, '24m', true) },
  { name: 'fresh start on a full disk', file: JOURNAL, anyFile: true, fresh: true, damage: () => undefined, place: () => onSmallDisk(null, '1m', true) },
  { name: 'fresh start on a 2 MB disk', file: JOURNAL, anyFile: true, fresh: true, mustStart: true, damage: () => undefined, place: () => onSmallDisk(null, '2m', false) },
];

/** A tmpfs of `size` holding a copy of `dir` (or nothing), filled up when `fill`. */
function onSmallDisk(dir: string | null, size: string, fill: boolean): Placed {
  const mount = mkdtempSync(path.join(tmpdir(), 'fault-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mount]);
  const dataDir = path.join(mount, 'data');
  if (dir) cpSync(dir, dataDir, { recursive: true });
  if (fill) {
    try {
      writeFileSync(path.join(mount, 'filler'), Buffer.alloc(64 * 1024 * 1024));
    } catch {
      // full now
    }
  }
  return {
    dataDir, relieve: () => rmSync(path.join(mount, 'filler'), { force: true }),
    done: () => (execFileSync('umount', ['-l', mount]), rmSync(mount, { recursive: true, force: true })),
  };
}

function hashOf(file: string): string {
  if (!existsSync(file)) return 'missing';
  if (statSync(file).isDirectory()) return 'directory';
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A store made by the real bot: tickets folded into the snapshot, more in the journal, then kill -9. */
async function makeTemplate(dir: string, connector: ConnectorStub): Promise<string[]> {
  const client = new TicketClient(connector);
  const acknowledged: string[] = [];
  const create = async (url: string, count: number, phase: string): Promise<void> => {
    await Promise.all(Array.from({ length: 5 }, async (_, c) => {
      for (let k = 0; k < count / 5; k++) {
        const who = persona(c);
        const result = await client.create(url, who, `D${phase}R${c}N${k}`, k);
        const id = result.confirmed ? client.ticketAfter(`a:personal-${who.aadObjectId}`, result.mark) : null;
        if (id) acknowledged.push(id);
      }
    }));
  };
  try {
    const first = await startBot(dir);
    if (!first.healthy) throw new Error(`the bot did not start on an empty directory: ${first.bot.stderr()}`);
    await create(first.url, 30, 'a');
    await stopBot(first.bot);
    const store = await JsonStore.open({ dataDir: dir, logger: createLogger('silent') });
    await store.compact(); // as the bot does when the journal grows: these tickets are now in the snapshot
    await store.close();
    const second = await startBot(dir);
    await create(second.url, 30, 'b');
    killBot(second.bot);
    await second.bot.exited;
  } finally {
    await client.close();
  }
  return acknowledged;
}

async function runCase(c: Case, template: string, all: readonly string[]): Promise<{ row: string[]; failure: string | null }> {
  const copy = mkdtempSync(path.join(tmpdir(), 'fault-damage-'));
  const acknowledged = c.fresh ? [] : all;
  let placed: Placed | null = null;
  try {
    cpSync(template, copy, { recursive: true });
    c.damage(copy);
    placed = c.place ? c.place(copy) : { dataDir: copy, relieve: () => undefined, done: () => undefined };
    const damaged = path.join(placed.dataDir, c.file);
    const before = hashOf(damaged);
    const started = await startBot(placed.dataDir);
    if (started.healthy) {
      await stopBot(started.bot);
      placed.relieve();
      const store = await JsonStore.open({ dataDir: placed.dataDir, logger: createLogger('silent') });
      const present = acknowledged.filter((id) => store.get('tickets', id) !== undefined).length;
      await store.close();
      const ok = present === acknowledged.length;
      return { row: [c.name, 'started', `${present} / ${acknowledged.length}`, '', ok ? 'ok' : 'LOST TICKETS'], failure: ok ? null : `${c.name}: started with ${present} of ${acknowledged.length} acknowledged tickets` };
    }
    const stderr = started.bot.stderr().replace(/\(node:\d+\) \[DEP0111\][^\n]*\n(\(Use [^\n]*\n)?/gu, '');
    const named = stderr.includes(c.anyFile ? placed.dataDir : damaged);
    const stack = /\n\s+at /u.test(stderr);
    const untouched = hashOf(damaged) === before;
    const ok = named && !stack && untouched && !c.mustStart;
    const message = stderr.trim().split('\n')[0]!.split(placed.dataDir).join('<DATA_DIR>');
    return {
      row: [c.name, 'refused', '', message.length > 150 ? `${message.slice(0, 150)}…` : message, ok ? 'ok' : 'FAILED'],
      failure: ok ? null : `${c.name}: refused ${c.mustStart ? 'though nothing was lost' : ''}${named ? '' : ` without naming ${damaged}`}${stack ? ' with a stack trace' : ''}${untouched ? '' : ' and changed the file'}: ${stderr.slice(0, 600)}`,
    };
  } finally {
    placed?.done();
    rmSync(copy, { recursive: true, force: true });
  }
}

export default async function storeDamage(): Promise<FaultSection> {
  const template = mkdtempSync(path.join(tmpdir(), 'fault-template-'));
  const connector = await new ConnectorStub().start();
  const rows: string[][] = [];
  const failures: string[] = [];
  try {
    const acknowledged = await makeTemplate(template, connector);
    if (acknowledged.length < 50) failures.push(`the template store has only ${acknowledged.length} acknowledged tickets`);
    const results = new Array<{ row: string[]; failure: string | null }>(CASES.length);
    let next = 0;
    await Promise.all(Array.from({ length: 3 }, async () => {
      while (next < CASES.length) {
        const i = next++;
        results[i] = await runCase(CASES[i]!, template, acknowledged).catch((err: unknown) => ({
          row: [CASES[i]!.name, 'error', '', String((err as Error)?.message ?? err).slice(0, 150), 'FAILED'], failure: `${CASES[i]!.name}: ${(err as Error)?.stack ?? String(err)}`,
        }));
      }
    }));
    for (const r of results) {
      rows.push(r.row);
      if (r.failure) failures.push(r.failure);
    }
  } finally {
    await connector.stop();
    rmSync(template, { recursive: true, force: true });
  }
  return {
    title: 'damage matrix: each damaged store either starts with every acknowledged ticket or is refused naming the file (left as it was)',
    header: ['damage', 'outcome', 'acknowledged tickets present', 'message (first line)', 'verdict'],
    rows, failures,
  };
}
