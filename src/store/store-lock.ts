import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, realpathSync, rmSync, writeSync, fsyncSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { hostname } from 'node:os';
import { StoreLockedError } from './store-errors.js';

/** Who holds the lock: pid and host, and - where /proc has them - the process's start time and the boot it started in. */
interface Holder { pid: number; host: string; start?: string; boot?: string }

/**
 * One process per data directory: an exclusive lock file naming its owner. A lock left by a
 * process that no longer runs (a crash, kill -9, an out-of-memory kill) is taken over; a live owner -
 * even this very process, for a second store on the same directory - is refused.
 *
 * A pid alone cannot say that: in a container the bot is pid 1 after every restart, so the lock of
 * the killed bot named a pid that is alive again - our own. The lock therefore also records the
 * owner's start time (/proc/<pid>/stat, field 22) and the kernel's boot id: the owner runs only if
 * a process with that pid started at that time in this boot. Without /proc (not Linux) the pid
 * decides, as before. A lock from another host is never taken over (a shared volume).
 *
 * A process in another PID namespace on the same host (two containers of one pod, `unshare`) is not
 * seen in our /proc: the owner also listens on an abstract Unix socket named after the directory,
 * which the kernel frees when the process dies, however it dies. A second bot in the same network
 * namespace cannot listen on it and is refused, whatever its pid namespace. (Linux only; elsewhere
 * the file decides alone.)
 */
export class StoreLock {
  private held = false;
  private socket: Server | null = null;

  constructor(private readonly file: string, private readonly dataDir: string) {}

  /** `cleanStop`: there was no lock, so the previous owner (if any) stopped cleanly. */
  async acquire(): Promise<{ tookOverFromPid?: number; cleanStop: boolean }> {
    if (!(await this.listen())) throw new StoreLockedError(this.dataDir, this.readHolder()?.pid ?? 0);
    try {
      return this.acquireFile();
    } catch (err) {
      this.closeSocket();
      throw err;
    }
  }

  private acquireFile(): { tookOverFromPid?: number; cleanStop: boolean } {
    try {
      this.create();
      return { cleanStop: true };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = this.readHolder();
    if (holder !== null && (holder.host !== hostname() || isRunning(holder))) {
      throw new StoreLockedError(this.dataDir, holder.pid);
    }
    rmSync(this.file, { force: true });
    this.create();
    return { cleanStop: false, ...(holder ? { tookOverFromPid: holder.pid } : {}) };
  }

  release(): void {
    if (this.held) rmSync(this.file, { force: true });
    this.held = false;
    this.closeSocket();
  }

  /** Listens on the directory's abstract socket: false when another live process does. */
  private listen(): Promise<boolean> {
    if (process.platform !== 'linux') return Promise.resolve(true);
    let dir = this.dataDir;
    try {
      dir = realpathSync(this.dataDir);
    } catch {
      // not there yet: its name as given
    }
    const name = `\0helpdesk-store-${createHash('sha256').update(dir).digest('hex').slice(0, 40)}`;
    const server = createServer((connection) => connection.destroy());
    return new Promise((resolve) => {
      server.once('error', (err: NodeJS.ErrnoException) => resolve(err.code !== 'EADDRINUSE'));
      server.listen({ path: name }, () => {
        server.unref();
        this.socket = server;
        resolve(true);
      });
    });
  }

  private closeSocket(): void {
    this.socket?.close();
    this.socket = null;
  }

  private create(): void {
    const fd = openSync(this.file, 'wx');
    try {
      const me: Holder = { pid: process.pid, host: hostname(), ...identity(process.pid) };
      writeSync(fd, JSON.stringify(me));
      fsyncSync(fd);
    } catch (err) {
      closeSync(fd);
      rmSync(this.file, { force: true }); // a lock we could not write (disk full) must not stay behind
      throw err;
    }
    closeSync(fd);
    this.held = true;
  }

  private readHolder(): Holder | null {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, unknown>;
      if (typeof parsed.pid !== 'number') return null;
      return {
        pid: parsed.pid, host: String(parsed.host ?? hostname()),
        ...(typeof parsed.start === 'string' ? { start: parsed.start } : {}),
        ...(typeof parsed.boot === 'string' ? { boot: parsed.boot } : {}),
      };
    } catch {
      return null; // an empty or torn lock file: its writer died while creating it
    }
  }
}

/** Whether the lock's owner runs: its pid is alive and, where recorded, is the same process (same start, same boot). */
function isRunning(holder: Holder): boolean {
  if (!isAlive(holder.pid)) return false;
  // an older lock, or no /proc: the pid is all there is - but on Linux our own pid in it cannot be a
  // live owner, since the socket we hold now would have been its
  if (holder.start === undefined) return !(holder.pid === process.pid && process.platform === 'linux');
  const now = identity(holder.pid);
  if (now.start === undefined) return holder.pid !== process.pid;
  return now.start === holder.start && now.boot === holder.boot;
}

/** The process's start time (clock ticks since boot) and the boot id, from /proc; empty without /proc. */
export function identity(pid: number): { start?: string; boot?: string } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name, in parentheses, may hold spaces: fields are counted after its closing one
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return start ? { start, boot } : {};
  } catch {
    return {};
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
