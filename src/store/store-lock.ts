import { closeSync, openSync, readFileSync, rmSync, writeSync, fsyncSync } from 'node:fs';
import { hostname } from 'node:os';
import { StoreLockedError } from './store-errors.js';

/**
 * One process per data directory: an exclusive lock file holding the owner's pid.
 * A lock left by a dead process (a crash) is taken over; a live owner - even this very
 * process, for a second store on the same directory - is refused.
 */
export class StoreLock {
  private held = false;

  constructor(private readonly file: string, private readonly dataDir: string) {}

  acquire(): { tookOverFromPid?: number } {
    try {
      this.create();
      return {};
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = this.readHolder();
    if (holder !== null && holder.host === hostname() && isAlive(holder.pid)) {
      throw new StoreLockedError(this.dataDir, holder.pid);
    }
    if (holder !== null && holder.host !== hostname()) {
      throw new StoreLockedError(this.dataDir, holder.pid);
    }
    rmSync(this.file, { force: true });
    this.create();
    return holder ? { tookOverFromPid: holder.pid } : {};
  }

  release(): void {
    if (!this.held) return;
    rmSync(this.file, { force: true });
    this.held = false;
  }

  private create(): void {
    const fd = openSync(this.file, 'wx');
    try {
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() }));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.held = true;
  }

  private readHolder(): { pid: number; host: string } | null {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as { pid?: unknown; host?: unknown };
      return typeof parsed.pid === 'number' ? { pid: parsed.pid, host: String(parsed.host ?? hostname()) } : null;
    } catch {
      return null; // an empty or torn lock file: its writer died while creating it
    }
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
