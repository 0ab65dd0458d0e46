import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from '../../src/config/project-root.js';

export interface SpawnedBot {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

/** Kills every bot a test started and did not stop (a test that failed halfway must not leave one running). */
export function killSpawnedBots(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  running.clear();
}

/**
 * Runs the real entry point (src/index.ts under tsx) as its own process; `wrap` runs it under another
 * command (e.g. `unshare --pid --fork --mount-proc`, to make it PID 1 as in a container).
 */
export function spawnBot(env: Record<string, string>, wrap: string[] = []): SpawnedBot {
  let out = '';
  let err = '';
  const command = [...wrap, process.execPath, '--import', 'tsx', 'src/index.ts'];
  const child = spawn(command[0]!, command.slice(1), {
    cwd: projectRoot(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  running.add(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
    running.delete(child);
    resolve(code);
  }));
  return { child, stdout: () => out, stderr: () => err, exited };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls /healthz until it answers (the process is starting) or the process exits. */
export async function waitHealthy(port: number, bot: SpawnedBot, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void bot.exited.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bot did not become healthy: ${bot.stderr()}`);
}
