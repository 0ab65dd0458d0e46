/**
 * Foundation benchmark: a "create ticket" turn (the confirming message, which writes the ticket
 * durably and answers with its card), from the POST until its last reply reaches the connector
 * stub (with the time until the bot's HTTP answer beside it), against an echo bot on the same adapter and server, measured
 * in alternating blocks, at 1, 10 and 50 concurrent conversations, with 0 and 100,000 tickets
 * stored; the store's open time and the process's resident memory. With the empty store a third
 * server runs in the same blocks, the domain work of the turn alone (bench/domain-only-bot.ts), and
 * each server's main-thread CPU per turn is recorded: a lower bound for the bot's ratios. The Graph
 * sandbox runs in its own process, as Microsoft Graph is remote in production; one more row
 * measures local mode as shipped (the sandbox in the bot's process).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/load-config.js';
import { JsonStore } from '../src/store/json-store.js';
import { createLogger } from '../src/logging/logger.js';
import { seedDemoDirectory } from '../src/graph/sandbox/demo-directory-seed.js';
import { ConnectorStub } from '../test/support/connector-stub.js';
import { messageActivity } from '../test/support/activities.js';
import { startBenchProcess, startSandboxProcess, type BenchProcess } from './bench-process.js';
import { LoadClient, mergeResults, runLoad, type LoadResult } from './turn-load.js';
import { seedStore } from './seed-store.js';
import type { BenchRow } from './bench-row.js';

const CONCURRENCY = [1, 10, 50] as const;
/**
 * Measured turns per conversation. At 1 conversation a figure has 600 turns: its p99 is a tail of GC
 * pauses (a scavenge of either of the bot's threads, or of the echo's, costs 5-9 ms here and lands
 * on one turn in 50-100), and of 300 turns it was the third-worst and moved 2x between runs. Each
 * measured turn stores a ticket, so more turns would also measure the memory of more than 100,000.
 */
const TURNS = { 1: 600, 10: 42, 50: 12 } as const;
/** Measured in this many alternating blocks per concurrency (echo, bot, echo, bot, …). */
const BLOCKS = { 1: 6, 10: 6, 50: 4 } as const;
const STORED = 100_000;
/** The bot runs as `npm start` and the Docker image run it: the built code, with the production heap settings. */
const BOT_FLAGS = ['--max-old-space-size=256', '--initial-old-space-size=64'];
const logger = createLogger('silent');

interface Runner {
  (concurrency: number, turnsPerConversation: number): Promise<LoadResult>;
  close(): Promise<void>;
  /** CPU time the server's main thread has used so far (ms). */
  cpuMs(): number;
  /** CPU time all its threads have used so far (ms): with the bot core in a worker thread, the main thread is not all. */
  processCpuMs(): number;
}

/** A server's results at one concurrency, with the CPU its main thread spent per turn (every turn, measured or not). */
interface Measured { result: LoadResult; cpuPerTurnMs: number; processCpuPerTurnMs: number }

function echoRunner(connector: ConnectorStub, server: BenchProcess): Runner {
  const client = new LoadClient(server.url);
  const run = (concurrency: number, turnsPerConversation: number) => runLoad({
    client, concurrency, turnsPerConversation, steps: 1,
    activity: (c) => messageActivity(connector.url, persona(`e${c}`), 'Nefunguje mi tiskárna v kanceláři 312'),
    measure: () => true,
    lastReply: (c) => connector.lastArrival.get(`a:personal-${persona(`e${c}`).aadObjectId}`),
  });
  return Object.assign(run, { close: () => client.close(), cpuMs: () => server.mainThreadCpuMs(), processCpuMs: () => server.processCpuMs() });
}

/**
 * Conversation `c` is one person of the demo directory in their personal chat with the bot,
 * reporting problem after problem in it: the description, then "ano" (measured). As in Teams (one
 * personal conversation per person, not one per ticket) and as the echo's conversations are kept.
 */
function helpdeskRunner(connector: ConnectorStub, bot: BenchProcess): Runner {
  const users = seedDemoDirectory(loadConfig({}).domain).users.map((u) => ({ aadObjectId: u.id, name: u.displayName }));
  const client = new LoadClient(bot.url);
  const run = (concurrency: number, turnsPerConversation: number) => runLoad({
    client, concurrency, turnsPerConversation, steps: 2,
    activity: (c, _turn, step) => {
      const user = users[c % users.length]!;
      const who = { ...user, id: `29:${user.aadObjectId}` };
      const extra = { conversation: { id: `a:bench-${c}`, conversationType: 'personal', tenantId: '00000000-0000-0000-0000-000000000001' } };
      return messageActivity(connector.url, who, step === 0 ? 'Nefunguje mi tiskárna v kanceláři 312' : 'ano', extra);
    },
    measure: (step) => step === 1,
    lastReply: (c) => connector.lastArrival.get(`a:bench-${c}`),
  });
  return Object.assign(run, { close: () => client.close(), cpuMs: () => bot.mainThreadCpuMs(), processCpuMs: () => bot.processCpuMs() });
}

function persona(key: string) {
  return { aadObjectId: `00000000-0000-4000-8000-${key.padStart(12, '0')}`, name: 'Bench User', id: `29:${key}` };
}

/**
 * The same warm-up for the echo and the bot before anything is measured: a server runs for days,
 * so the figures are of its steady state, after V8 has compiled the hot paths, TLS to the Graph
 * sandbox is up and caches are warm. Measured here, both keep getting faster for the first
 * ≈ 1,500 turns (the echo's p50 at 1 conversation from 6.6 to 3.8 ms, the bot's from 10 to 5.5 ms,
 * turn by turn side by side); with 400 turns of warm-up the echo, which runs on through both
 * store sizes, was measured fully warm against a bot still warming up.
 */
async function warmUp(run: Runner): Promise<void> {
  await run(1, 800);
  await run(10, 60);
  await run(50, 12);
}

async function measureOne(run: Runner): Promise<LoadResult> {
  await warmUp(run);
  return run(1, TURNS[1]);
}

/**
 * The bot and the echo (and any other server given) measured in alternating blocks at each
 * concurrency, so that all see the same moments of a shared machine (on this VM the echo's p50
 * has moved between 2.4 and 5.5 ms from one minute to the next; measuring the floor once,
 * minutes apart, made the ratio mostly noise).
 */
async function measurePaired(bot: Runner, echo: Runner, others: Runner[] = []): Promise<Map<number, Measured[]>> {
  const runners = [echo, bot, ...others];
  for (const runner of runners) await warmUp(runner);
  const results = new Map<number, Measured[]>();
  for (const c of CONCURRENCY) results.set(c, await alternate(runners, c, BLOCKS[c], Math.ceil(TURNS[c] / BLOCKS[c])));
  return results;
}

/**
 * For the record (not a target): echo and bot one turn each, alternately, at 1 conversation. Run in
 * blocks, the echo's small working set stays in the CPU caches and its turn gets ≈ 1.5× faster; the
 * bot's does not fit. Turn by turn, neither has a warm cache, and the ratio shows the bot's own work.
 */
async function measureAlternating(bot: Runner, echo: Runner, turns: number): Promise<{ bot: LoadResult; echo: LoadResult }> {
  const [e, b] = await alternate([echo, bot], 1, turns, 1);
  return { echo: e!.result, bot: b!.result };
}

/** `blocks` blocks of `turnsPerBlock` turns per conversation, each runner in turn in each block, merged per runner. */
async function alternate(runners: Runner[], concurrency: number, blocks: number, turnsPerBlock: number): Promise<Measured[]> {
  const runs = runners.map(() => ({ results: [] as LoadResult[], cpuMs: 0, processCpuMs: 0 }));
  for (let i = 0; i < blocks; i++) {
    for (const [r, run] of runners.entries()) {
      const cpuBefore = run.cpuMs();
      const processBefore = run.processCpuMs();
      runs[r]!.results.push(await run(concurrency, turnsPerBlock));
      runs[r]!.cpuMs += run.cpuMs() - cpuBefore;
      runs[r]!.processCpuMs += run.processCpuMs() - processBefore;
    }
  }
  return runs.map(({ results, cpuMs, processCpuMs }) => {
    const result = mergeResults(results);
    return { result, cpuPerTurnMs: cpuMs / result.total, processCpuPerTurnMs: processCpuMs / result.total };
  });
}

function compare(rows: BenchRow[], label: string, results: Map<number, Measured[]>): void {
  for (const c of CONCURRENCY) {
    const [{ result: e }, { result: b }] = results.get(c)! as [Measured, Measured];
    rows.push({ name: `${label}, ${c} conv, POST → last reply at the connector: p50 (echo ${e.p50.toFixed(2)} ms)`, value: b.p50, unit: 'ms', target: `≤ ${(1.5 * e.p50).toFixed(2)} (1.5× echo)`, pass: b.p50 <= 1.5 * e.p50 });
    rows.push({ name: `${label}, ${c} conv, POST → last reply at the connector: p99 (echo ${e.p99.toFixed(2)} ms)`, value: b.p99, unit: 'ms', target: `≤ ${(2 * e.p99).toFixed(2)} (2× echo)`, pass: b.p99 <= 2 * e.p99 });
    rows.push({
      name: `${label}, ${c} conv: until the HTTP answer, after the reply (bot p50 ${b.answered.p50.toFixed(2)} / p99 ${b.answered.p99.toFixed(1)} ms, echo ${e.answered.p50.toFixed(2)} / ${e.answered.p99.toFixed(1)} ms): p50`,
      value: b.answered.p50 / e.answered.p50, unit: '× echo', target: 'info', pass: true,
    });
    if (b.failures) rows.push({ name: `${label}, ${c} conv: failed turns`, value: b.failures, unit: 'turns', target: '0', pass: false });
  }
  const [{ result: e50 }, { result: b50 }] = results.get(50)! as [Measured, Measured];
  rows.push({ name: `${label}, 50 conv: throughput (echo ${e50.throughput.toFixed(0)}/s)`, value: b50.throughput, unit: 'turns/s', target: `≥ ${(0.5 * e50.throughput).toFixed(0)} (50 % of echo)`, pass: b50.throughput >= 0.5 * e50.throughput });
}

/**
 * Info rows: the CPU each server's main thread spent per turn (the main thread is what limits all
 * of them here), and, when it ran, the lower bound - the domain work alone
 * (bench/domain-only-bot.ts) - against the echo, as the bot's own figures are.
 */
function cpuAndLowerBound(rows: BenchRow[], label: string, results: Map<number, Measured[]>): void {
  for (const c of CONCURRENCY) {
    const [echo, bot, domain] = results.get(c)! as [Measured, Measured, Measured | undefined];
    const ms = (m: Measured) => m.cpuPerTurnMs.toFixed(2);
    const bound = domain ? `, domain work alone ${ms(domain)} ms (${(domain.cpuPerTurnMs / echo.cpuPerTurnMs).toFixed(2)}× echo)` : '';
    rows.push({
      name: `${label}, ${c} conv: main-thread CPU a turn: echo ${ms(echo)} ms, bot ${ms(bot)} ms${bound}; bot`,
      value: bot.cpuPerTurnMs / echo.cpuPerTurnMs, unit: '× echo', target: 'info', pass: true,
    });
    const all = (m: Measured) => m.processCpuPerTurnMs.toFixed(2);
    rows.push({
      name: `${label}, ${c} conv: CPU a turn, all threads (GC, libuv, the bot's worker): echo ${all(echo)} ms, bot ${all(bot)} ms; bot`,
      value: bot.processCpuPerTurnMs / echo.processCpuPerTurnMs, unit: '× echo', target: 'info', pass: true,
    });
    if (!domain) continue;
    rows.push({
      name: `${label}, ${c} conv: domain work alone, no dialogs/state/routing (lower bound): p50 ${domain.result.p50.toFixed(2)} ms, p99 ${domain.result.p99.toFixed(1)} ms; p50`,
      value: domain.result.p50 / echo.result.p50, unit: '× echo', target: 'info', pass: true,
    });
  }
}

export async function runFoundationBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const connector = await new ConnectorStub({ retain: false }).start();
  const root = mkdtempSync(path.join(tmpdir(), 'helpdesk-bench-'));
  try {
    const echo = await startBenchProcess(['bench/echo-main.ts', '{port}']);
    const echoRun = echoRunner(connector, echo);

    const inProcess = await startBenchProcess([...BOT_FLAGS, 'dist/src/index.js'], { DATA_DIR: path.join(root, 'in-process') });
    const inProcessBot = helpdeskRunner(connector, inProcess);
    const local = await measureOne(inProcessBot);
    await inProcessBot.close();
    rows.push({ name: 'create ticket, 0 stored, 1 conv, Graph sandbox in the bot\'s process (local mode): p50', value: local.p50, unit: 'ms', target: 'info', pass: true });
    await inProcess.stop();
    connector.clear();

    const sandbox = await startSandboxProcess();
    const graphEnv = { GRAPH_SANDBOX_URL: sandbox.url, GRAPH_SANDBOX_CA_FILE: sandbox.caFile };
    const empty = await startBenchProcess([...BOT_FLAGS, 'dist/src/index.js'], { DATA_DIR: path.join(root, 'empty'), ...graphEnv });
    const emptyBot = helpdeskRunner(connector, empty);
    const domainOnly = await startBenchProcess(['bench/domain-only-main.ts', '{port}'], { DATA_DIR: path.join(root, 'domain-only') });
    const domainOnlyRun = helpdeskRunner(connector, domainOnly);
    const emptyResults = await measurePaired(emptyBot, echoRun, [domainOnlyRun]);
    await domainOnlyRun.close();
    await domainOnly.stop();
    compare(rows, 'create ticket, 0 stored', emptyResults);
    cpuAndLowerBound(rows, 'create ticket, 0 stored', emptyResults);
    const alternating = await measureAlternating(emptyBot, echoRun, TURNS[1]);
    rows.push({
      name: `create ticket, 0 stored, 1 conv, echo and bot turn by turn (cold caches for both): p50 ${alternating.bot.p50.toFixed(2)} vs echo ${alternating.echo.p50.toFixed(2)} ms`,
      value: alternating.bot.p50 / alternating.echo.p50, unit: '× echo', target: 'info', pass: true,
    });
    await emptyBot.close();
    await empty.stop();
    connector.clear();

    const bigDir = path.join(root, 'big');
    await seedStore(bigDir, STORED);
    const openStarted = performance.now();
    const store = await JsonStore.open({ dataDir: bigDir, logger });
    const openMs = performance.now() - openStarted;
    await store.close();
    rows.push({ name: `store with ${STORED.toLocaleString('en')} tickets: open`, value: openMs, unit: 'ms', target: '< 2000', pass: openMs < 2000 });

    const big = await startBenchProcess([...BOT_FLAGS, 'dist/src/index.js'], { DATA_DIR: bigDir, ...graphEnv });
    const bigBot = helpdeskRunner(connector, big);
    const bigResults = await measurePaired(bigBot, echoRun);
    await bigBot.close();
    compare(rows, `create ticket, ${STORED / 1000}k stored`, bigResults);
    cpuAndLowerBound(rows, `create ticket, ${STORED / 1000}k stored`, bigResults);
    const p99 = bigResults.get(1)![1]!.result.p99;
    rows.push({ name: `create ticket, ${STORED / 1000}k stored, 1 conv: p99`, value: p99, unit: 'ms', target: '< 25', pass: p99 < 25 });
    const rss = big.rssMb();
    rows.push({ name: `bot process resident memory, ${STORED / 1000}k tickets, after the load`, value: rss, unit: 'MB', target: '< 400', pass: rss < 400 });
    await big.stop();
    await sandbox.stop();
    await echoRun.close();
    await echo.stop();
  } finally {
    await connector.stop();
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}
