import { closeSync, openSync, readFileSync, rmSync, writeSync, fsyncSync } from 'node:fs';
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
 */
export class StoreLock {
  private held = false;

  constructor(private readonly file: string, private readonly dataDir: string) {}

  /** `cleanStop`: there was no lock, so the previous owner (if any) stopped cleanly. */
  acquire(): { tookOverFromPid?: number; cleanStop: boolean } {
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
    if (!this.held) return;
    rmSync(this.file, { force: true });
    this.held = false;
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
  if (holder.start === undefined) return true; // an older lock, or no /proc: the pid is all there is
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
