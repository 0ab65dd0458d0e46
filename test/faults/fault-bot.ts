/**
 * The real bot as a child process for the fault sections: started as PID 1 of its own PID namespace
 * where we may (root, `unshare`), as node runs in the Docker image; killed with SIGKILL; and a
 * client that creates tickets over HTTP the way a Teams user does (problem, then "ano"), counting
 * a ticket as acknowledged when its id reached the connector stub.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';
import { freePort, spawnBot, type SpawnedBot } from '../support/spawn-bot.js';
import { messageActivity, type Persona } from '../support/activities.js';
import type { ConnectorStub } from '../support/connector-stub.js';

/** `--kill-child`: when unshare itself is killed, the bot goes with it. */
export const AS_PID_1 = canUnshare() ? ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child'] : [];

function canUnshare(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('unshare', ['--pid', '--fork', '--mount-proc', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface FaultBot { bot: SpawnedBot; url: string; port: number; healthy: boolean }

/** Starts the bot on `dataDir`; `healthy` false when it exited (refused) instead of answering /healthz. */
export async function startBot(dataDir: string, timeoutMs = 60_000): Promise<FaultBot> {
  const port = await freePort();
  const bot = spawnBot({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }, AS_PID_1);
  let exited = false;
  void bot.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(5000) })).ok) return { bot, url: `http://127.0.0.1:${port}`, port, healthy: true };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!exited) {
    killBot(bot);
    await bot.exited;
  }
  return { bot, url: `http://127.0.0.1:${port}`, port, healthy: false };
}

/** The pid of node itself (under `unshare` it is its child). */
function nodePid(bot: SpawnedBot): number | undefined {
  if (AS_PID_1.length === 0) return bot.child.pid;
  try {
    return Number(readFileSync(`/proc/${bot.child.pid}/task/${bot.child.pid}/children`, 'utf8').trim().split(' ')[0]) || undefined;
  } catch {
    return undefined;
  }
}

export function killBot(bot: SpawnedBot, signal: NodeJS.Signals = 'SIGKILL'): void {
  const pid = nodePid(bot);
  try {
    if (pid) process.kill(pid, signal);
  } catch {
    // already gone
  }
  if (signal === 'SIGKILL') bot.child.kill('SIGKILL');
}

/**
 * Stops the bot cleanly (SIGTERM) and resolves with its exit code. PID 1 ignores a signal it has no
 * handler for yet (the bot installs it just after it starts answering), so SIGTERM is repeated
 * until it exits; after 60 s it is killed.
 */
export async function stopBot(bot: SpawnedBot): Promise<number | null> {
  let done = false;
  void bot.exited.then(() => (done = true));
  for (let waited = 0; !done && waited < 60_000; waited += 1000) {
    killBot(bot, 'SIGTERM');
    await Promise.race([bot.exited, new Promise((r) => setTimeout(r, 1000))]);
  }
  if (!done) killBot(bot);
  return bot.exited;
}

export function persona(i: number): Persona {
  const n = String(100 + i).padStart(3, '0');
  return { aadObjectId: `00000000-0000-0000-0000-000000000${n}`, name: `Tester ${n}`, id: `29:fault-${n}` };
}

/** Problem texts the bot confirms at once (no self-help article first). */
const PROBLEMS = [
  'Nefunguje mi tiskárna v kanceláři {office}, inventární číslo {code}',
  'Nefunguje mi počítač v kanceláři {office}, inventární číslo {code}',
  'Potřebuji nainstalovat program Visio, inventární číslo {code}',
  'Nefunguje mi telefon na stole v kanceláři {office}, inventární číslo {code}',
];

export interface Creation { code: string; conversation: string; ticketId: string | null; error?: string }

/**
 * Creates one ticket in `who`'s conversation: the problem (with a unique code), then "ano". The
 * ticket id is what reached the connector after "ano" was posted (even when the bot died before
 * the HTTP answer): `findAcknowledged` reads it from the stub afterwards.
 */
export class TicketClient {
  private readonly dispatcher = new Agent({ keepAliveTimeout: 10_000, connections: 20 });
  constructor(private readonly connector: ConnectorStub) {}

  async create(url: string, who: Persona, code: string, index: number): Promise<{ mark: number; posted: boolean; confirmed: boolean }> {
    const text = PROBLEMS[index % PROBLEMS.length]!.replace('{office}', String(100 + (index % 300))).replace('{code}', code);
    const before = this.connector.received.length;
    const first = await this.post(url, messageActivity(this.connector.url, who, text));
    const conversation = `a:personal-${who.aadObjectId}`;
    const confirmed = first && this.connector.received.slice(before).some((r) => r.conversationId === conversation && JSON.stringify(r.activity).includes(code));
    const mark = this.connector.received.length;
    if (!confirmed) return { mark, posted: false, confirmed: false };
    const posted = await this.post(url, messageActivity(this.connector.url, who, 'ano'));
    return { mark, posted, confirmed };
  }

  private async post(url: string, activity: Record<string, unknown>): Promise<boolean> {
    try {
      const res = await request(`${url}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity), dispatcher: this.dispatcher, headersTimeout: 30_000, bodyTimeout: 30_000,
      });
      await res.body.text();
      return res.statusCode < 300;
    } catch {
      return false;
    }
  }

  /** The ticket id the bot sent to `conversation` after position `mark` of the stub (null when none reached it). */
  ticketAfter(conversation: string, mark: number): string | null {
    for (const r of this.connector.received.slice(mark)) {
      if (r.conversationId !== conversation) continue;
      const id = /HD-\d{4}-\d{5,}/u.exec(JSON.stringify(r.activity))?.[0];
      if (id) return id;
    }
    return null;
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }
}
