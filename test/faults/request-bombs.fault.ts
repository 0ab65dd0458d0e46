/**
 * Request bombs before authentication (issue #22), against the real bot in its own process, in
 * local and production mode: gzip bombs, multipart, form posts, deep nesting, oversized bodies,
 * forged tokens. Each must get its 4xx, the bot must answer /healthz afterwards, and its resident
 * memory must stay within PEAK_GROWTH_MB of what it was before the attack. Run by `npm run test:faults`.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { forgedTokens } from '../support/forged-tokens.js';
import { post, requestAttacks, residentMemory, resetPeak, sendAttack, type Attack } from '../support/request-attacks.js';
import { freePort, spawnBot, waitHealthy, type SpawnedBot } from '../support/spawn-bot.js';

type FaultSection = { title: string; header: string[]; rows: string[][]; failures: string[] };
type Mode = 'local' | 'production';

/** How much the peak resident memory may grow over the resident memory before an attack. */
const PEAK_GROWTH_MB = 128;
const GUID = '11111111-2222-3333-4444-555555555555';
const ALERTS_TOKEN = 'fault-run-alerts-token-0123456789';
const PRODUCTION = {
  HELPDESK_MODE: 'production', HOST: '127.0.0.1', MicrosoftAppId: GUID, MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: GUID, ALLOWED_TENANTS: GUID, GRAPH_TENANT_ID: GUID, GRAPH_CLIENT_ID: GUID, GRAPH_CLIENT_SECRET: 'not-a-real-secret',
};

interface Running {
  bot: SpawnedBot;
  port: number;
  dirs: string[];
  /** The bot's TMPDIR: a multipart parser would leave its files here. */
  tmp: string;
  /** What was in TMPDIR once the bot was up (tsx's cache) or after the previous attack: only files added since count. */
  tmpAtStart: Set<string>;
}

async function start(mode: Mode): Promise<Running> {
  const data = mkdtempSync(path.join(tmpdir(), 'helpdesk-bombs-data-'));
  const tmp = mkdtempSync(path.join(tmpdir(), 'helpdesk-bombs-tmp-'));
  const port = await freePort();
  // the production start script's heap limit: a bomb that inflates past it kills the process
  const bot = spawnBot({
    ...(mode === 'production' ? PRODUCTION : {}), DATA_DIR: data, PORT: String(port), TMPDIR: tmp, LOG_LEVEL: 'warn',
    ALERTS_TOKEN, NODE_OPTIONS: '--max-old-space-size=256',
  });
  await waitHealthy(port, bot, 90_000);
  return { bot, port, dirs: [data, tmp], tmp, tmpAtStart: new Set(readdirSync(tmp)) };
}

async function stop(r: Running): Promise<void> {
  if (r.bot.child.exitCode === null && r.bot.child.signalCode === null) {
    r.bot.child.kill('SIGTERM');
    const timer = setTimeout(() => r.bot.child.kill('SIGKILL'), 15_000);
    await r.bot.exited;
    clearTimeout(timer);
  }
  for (const dir of r.dirs) rmSync(dir, { recursive: true, force: true });
}

async function healthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(5000) })).status === 200;
  } catch {
    return false;
  }
}

function summary(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([s, n]) => (n > 1 ? `${n}× ${s || 'no answer'}` : String(s || 'no answer'))).join(', ');
}

async function runAttack(r: Running, mode: Mode, name: string, send: () => Promise<{ statuses: number[]; bodies: string[] }>, expected: number, fixedBody: string | null): Promise<{ row: string[]; failures: string[] }> {
  const pid = r.bot.child.pid!;
  const before = residentMemory(pid);
  const peakReset = resetPeak(pid);
  const result = await send();
  const after = residentMemory(pid);
  const up = r.bot.child.exitCode === null && await healthy(r.port);
  const failures: string[] = [];
  const where = `${name} (${mode})`;
  if (!result.statuses.every((s) => s === expected)) failures.push(`${where}: answered ${summary(result.statuses)}, expected ${expected}`);
  if (fixedBody !== null && !result.bodies.every((b) => b === fixedBody)) failures.push(`${where}: body ${JSON.stringify(result.bodies[0]?.slice(0, 120))}, expected ${fixedBody}`);
  if (!up) failures.push(`${where}: the bot is down afterwards${r.bot.stderr() ? `: ${r.bot.stderr().trim().split('\n').slice(-2).join(' ')}` : ''}`);
  let peak = 'n/a';
  if (before && after) {
    const growth = after.peakMb - (peakReset ? before.rssMb : before.peakMb);
    peak = `${after.peakMb} MB (${growth >= 0 ? '+' : ''}${growth})`;
    if (growth > PEAK_GROWTH_MB) failures.push(`${where}: peak resident memory grew by ${growth} MB (limit ${PEAK_GROWTH_MB} MB)`);
  }
  const leftover = readdirSync(r.tmp).filter((f) => !r.tmpAtStart.has(f));
  if (leftover.length) failures.push(`${where}: files left in the bot's TMPDIR: ${leftover.slice(0, 5).join(', ')}`);
  for (const f of leftover) r.tmpAtStart.add(f); // each attack answers for its own files
  return { row: [name, mode, summary(result.statuses), peak, up ? 'yes' : 'NO'], failures };
}

export default async function requestBombs(): Promise<FaultSection> {
  const rows: string[][] = [];
  const failures: string[] = [];
  for (const mode of ['local', 'production'] as const) {
    let running = await start(mode);
    const attacks: { name: string; expected: number; fixedBody: string | null; send: (r: Running) => Promise<{ statuses: number[]; bodies: string[] }> }[] = [
      ...requestAttacks().map((a: Attack) => ({ name: a.name, expected: a.expected[mode], fixedBody: null, send: (r: Running) => sendAttack(r.port, a, ALERTS_TOKEN) })),
      ...(mode === 'production' ? Object.entries(forgedTokens(GUID, PRODUCTION.MicrosoftAppPassword)).map(([kind, token]) => ({
        name: `token: ${kind}`, expected: 401, fixedBody: '{"error":"unauthorized"}',
        send: async (r: Running) => {
          const answer = await post(r.port, '/api/messages', { 'content-type': 'application/json', authorization: kind === 'no scheme' ? token : `Bearer ${token}` }, Buffer.from('{"type":"message","text":"ahoj"}'));
          return { statuses: [answer.status], bodies: [answer.body] };
        },
      })) : []),
    ];
    try {
      for (const attack of attacks) {
        const { row, failures: found } = await runAttack(running, mode, attack.name, () => attack.send(running), attack.expected, attack.fixedBody);
        rows.push(row);
        failures.push(...found);
        if (row[4] !== 'yes') { // the next attack gets a bot of its own
          await stop(running);
          running = await start(mode);
        }
      }
    } finally {
      await stop(running);
    }
  }
  return {
    title: 'Request bombs before authentication',
    header: ['attack', 'mode', 'status', 'peak RSS (growth)', 'still up'],
    rows,
    failures,
  };
}
