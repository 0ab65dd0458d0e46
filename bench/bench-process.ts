import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { projectRoot } from '../src/config/project-root.js';
import { freePort } from '../test/support/spawn-bot.js';

export interface BenchProcess {
  url: string;
  /** Resident memory of the process now, from /proc (MB). */
  rssMb(): number;
  /** CPU time its main thread (the event loop) has used so far, from /proc (ms; 0 where there is no /proc). */
  mainThreadCpuMs(): number;
  /** CPU time all the process's threads have used so far (ms). */
  processCpuMs(): number;
  stop(): Promise<void>;
}

/**
 * Runs a server under test as its own process (as in production), so that the load generator
 * and the connector stub do not share its event loop or its memory figure.
 */
export async function startBenchProcess(args: string[], env: Record<string, string> = {}): Promise<BenchProcess> {
  const port = await freePort();
  const loader = args.some((a) => a.endsWith('.ts')) ? ['--import', 'tsx'] : []; // built code runs without tsx
  const child: ChildProcess = spawn(process.execPath, [...loader, ...args.map((a) => a.replace('{port}', String(port)))], {
    cwd: projectRoot(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: String(port), LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUp(url, child);
  return {
    url,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0) / 1024;
    },
    mainThreadCpuMs: () => cpuMs(`/proc/${child.pid}/task/${child.pid}/stat`),
    processCpuMs: () => cpuMs(`/proc/${child.pid}/stat`),
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** CPU time (user + system, ms) from a /proc stat file: fields 14 and 15 (after the command name in parentheses), in ticks of 10 ms (USER_HZ). */
function cpuMs(statFile: string): number {
  try {
    const fields = readFileSync(statFile, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

async function waitUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // still starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`benchmark process ${url} did not start (exit ${child.exitCode})`);
}

/** The Graph sandbox in its own process (the built `npm run graph-sandbox`), with the CA file it wrote. */
export async function startSandboxProcess(): Promise<{ url: string; caFile: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['dist/src/graph/sandbox/main.js', '--port', '0'], {
    cwd: projectRoot(), env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const { url, caFile } = await new Promise<{ url: string; caFile: string }>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const url = /Graph sandbox: (\S+)/u.exec(out)?.[1];
      const caFile = /CA certificate: (\S+)/u.exec(out)?.[1];
      if (url && caFile) resolve({ url, caFile });
    });
    child.once('exit', (code) => reject(new Error(`graph sandbox exited (${code}) before it was up`)));
  });
  child.stdout!.resume();
  return {
    url, caFile,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
