/**
 * Child processes for local runs and e2e tests: the bot (`tsx src/index.ts` or
 * another entry) and Agents Playground instances, each in its own process
 * group so that stop() ends npm/tsx wrappers and their children too.
 * Used by scripts/dev.ts and test/e2e/harness.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPlaygroundConfig, type Persona } from './playground-personas.js';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const LAUNCHER = fileURLToPath(new URL('./playground-launcher.ts', import.meta.url));
const MAX_LOG_LINES = 2000;

/** A port that was free a moment ago (bound to 127.0.0.1 with port 0, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  /** stdout and stderr lines, newest last (capped). */
  readonly logs: string[];
  /** Resolves with the exit code (or signal name) when the process ends. */
  readonly exited: Promise<number | string>;
  isRunning(): boolean;
  /** SIGTERM to the process group, SIGKILL after `graceMs`. Idempotent. */
  stop(graceMs?: number): Promise<void>;
}

const live = new Set<ManagedProcess>();
let exitHookInstalled = false;

/** Last resort: a test runner or script that exits kills every group still alive. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const p of live) killGroup(p.pid, 'SIGKILL');
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we want.
  }
}

export interface SpawnOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Also print the child's output, prefixed with its name. */
  readonly echo?: boolean;
  readonly onLine?: (line: string) => void;
}

export function spawnManaged(name: string, command: string, args: string[], opts: SpawnOptions = {}): ManagedProcess {
  installExitHook();
  const child: ChildProcess = spawn(command, args, {
    cwd: opts.cwd ?? REPO_ROOT,
    env: opts.env ?? process.env,
    detached: true, // own process group: stop() reaches grandchildren
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${name}: could not spawn ${command}`);
  const pid = child.pid;
  const logs: string[] = [];
  const onChunk = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split(/\r?\n/)) {
      if (!line) continue;
      logs.push(line);
      if (logs.length > MAX_LOG_LINES) logs.shift();
      if (opts.echo) console.log(`[${name}] ${line}`);
      opts.onLine?.(line);
    }
  };
  child.stdout?.on('data', onChunk);
  child.stderr?.on('data', onChunk);
  let running = true;
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => {
      running = false;
      resolve(code ?? signal ?? 'unknown');
    });
    child.on('error', (err) => {
      logs.push(`spawn error: ${err.message}`);
      running = false;
      resolve('error');
    });
  });
  const managed: ManagedProcess = {
    name,
    pid,
    logs,
    exited,
    isRunning: () => running,
    async stop(graceMs = 5000) {
      if (running) {
        killGroup(pid, 'SIGTERM');
        const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      killGroup(pid, 'SIGKILL'); // stragglers that ignored SIGTERM
      live.delete(managed);
    },
  };
  live.add(managed);
  void exited.then(() => live.delete(managed));
  return managed;
}

/** Polls `url` until it answers 2xx; fails early if `proc` exits. */
export async function waitForHttp(url: string, proc: ManagedProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (!proc.isRunning()) {
      throw new Error(`${proc.name} exited before ${url} answered:\n${proc.logs.slice(-30).join('\n')}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      lastError = `HTTP ${res.status}`;
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${lastError}):\n${proc.logs.slice(-30).join('\n')}`);
}

export interface BotProcessOptions {
  /** TypeScript entry run with tsx, relative to the repo root. Default `src/index.ts`. */
  readonly entry?: string;
  readonly port: number;
  readonly dataDir: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly echo?: boolean;
  readonly timeoutMs?: number;
}

/** Starts the bot (`tsx <entry>`) with PORT and DATA_DIR and waits for /healthz. */
export async function startBotProcess(opts: BotProcessOptions): Promise<ManagedProcess> {
  const entry = opts.entry ?? 'src/index.ts';
  const proc = spawnManaged('bot', process.execPath, [TSX_CLI, entry], {
    env: { ...process.env, ...opts.env, PORT: String(opts.port), DATA_DIR: opts.dataDir },
    echo: opts.echo,
  });
  try {
    await waitForHttp(`http://127.0.0.1:${opts.port}/healthz`, proc, opts.timeoutMs ?? 60_000);
  } catch (err) {
    await proc.stop();
    throw err;
  }
  return proc;
}

export interface PlaygroundProcessOptions {
  readonly persona: Persona;
  /** The bot's base URL, e.g. http://127.0.0.1:3978 (`/api/messages` is appended). */
  readonly botUrl: string;
  readonly port: number;
  readonly echo?: boolean;
  readonly timeoutMs?: number;
}

export interface PlaygroundProcess {
  readonly url: string;
  readonly port: number;
  /** The Playground's working directory (config and devTools/ log). */
  readonly dir: string;
  readonly proc: ManagedProcess;
  /**
   * The Playground's own log (its console output goes only to this file when
   * stdout is not a terminal): config errors, activities in and out.
   */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts a Playground signed in as `persona`: writes the generated config into
 * a fresh temp dir used as its working directory, no browser, no telemetry.
 */
export async function startPlaygroundProcess(opts: PlaygroundProcessOptions): Promise<PlaygroundProcess> {
  const dir = mkdtempSync(join(tmpdir(), `playground-${opts.persona.key}-`));
  const configPath = join(dir, '.m365agentsplayground.yml');
  const logFile = join(dir, 'devTools', 'm365agentsplayground.log');
  writeFileSync(configPath, renderPlaygroundConfig(opts.persona));
  const endpoint = `${opts.botUrl.replace(/\/+$/, '')}/api/messages`;
  let listeningPort: number | undefined;
  const proc = spawnManaged(
    `playground:${opts.persona.key}`,
    process.execPath,
    [TSX_CLI, LAUNCHER, '-e', endpoint, '-c', 'msteams', '--dt', '-p', String(opts.port)],
    {
      cwd: dir,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none', // never try to open a browser
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true', // the launcher also drops its telemetry key
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
      },
      echo: opts.echo,
      onLine: (line) => {
        const m = /^Listening on (\d+)/.exec(line);
        if (m?.[1]) listeningPort = Number(m[1]);
      },
    },
  );
  const cleanup = async (): Promise<void> => {
    await proc.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
    while (listeningPort === undefined) {
      if (!proc.isRunning() || Date.now() > deadline) {
        throw new Error(
          `Playground for ${opts.persona.name} did not start:\n${proc.logs.slice(-30).join('\n')}\n${tail(logFile)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const url = `http://localhost:${listeningPort}/`;
    await waitForHttp(url, proc, 30_000);
    // It listens before it reads the config: a bad config only shows in its log.
    if (/Failed to start/.test(tail(logFile, 50))) throw new Error(`Playground failed:\n${tail(logFile)}`);
    return { url, port: listeningPort, dir, proc, log: () => tail(logFile, 200), stop: cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}
