import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort, killSpawnedBots, spawnBot, waitHealthy, type SpawnedBot } from '../support/spawn-bot.js';
import { tempDir } from '../support/temp-dir.js';

/** The bot as PID 1 of its own PID namespace, as node runs in the Docker image (we run as root). */
const AS_PID_1 = ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child'];

/** The host pid of the bot under `unshare` (its only child). */
function botPid(bot: SpawnedBot): number {
  const children = readFileSync(`/proc/${bot.child.pid}/task/${bot.child.pid}/children`, 'utf8').trim().split(' ');
  return Number(children[0]);
}

describe('the bot process after a crash', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir('helpdesk-restart-')));
  afterEach(() => {
    killSpawnedBots();
    cleanup();
  });

  it('starts again as PID 1 in its container after kill -9, and still keeps a second live bot out', async () => {
    const port = await freePort();
    const first = spawnBot({ DATA_DIR: dir, PORT: String(port) }, AS_PID_1);
    await waitHealthy(port, first);
    expect(JSON.parse(readFileSync(path.join(dir, 'helpdesk.lock'), 'utf8')).pid).toBe(1);
    const second = spawnBot({ DATA_DIR: dir, PORT: String(await freePort()) }, AS_PID_1);
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toContain('Another helpdesk bot');
    process.kill(botPid(first), 'SIGKILL');
    await first.exited;
    const again = spawnBot({ DATA_DIR: dir, PORT: String(port) }, AS_PID_1);
    await waitHealthy(port, again);
    expect(again.stdout()).toContain('store lock left by a stopped process taken over');
    // PID 1 ignores SIGTERM until the bot has installed its handler, just after it answers /healthz
    const term = setInterval(() => {
      try {
        process.kill(botPid(again), 'SIGTERM');
      } catch {
        // gone already
      }
    }, 500);
    try {
      expect(await again.exited).toBe(0);
    } finally {
      clearInterval(term);
    }
  }, 120_000);

  describe('on a small or full disk', () => {
    let disk: string;
    beforeEach(() => {
      disk = path.join(dir, 'disk');
      mkdirSync(disk);
    });
    afterEach(async () => {
      killSpawnedBots();
      await new Promise((r) => setTimeout(r, 200)); // the killed bot lets go of its files
      execFileSync('umount', ['-l', disk]);
      rmdirSync(disk);
    });

    it('starts fresh on a 2 MB disk (the journal takes what it can spare)', async () => {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk]);
      const port = await freePort();
      const bot = spawnBot({ DATA_DIR: path.join(disk, 'data'), PORT: String(port) });
      await waitHealthy(port, bot);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    }, 60_000);

    it('refuses to start on a full disk with a message naming the file and what to do, without a stack', async () => {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk]);
      try {
        writeFileSync(path.join(disk, 'filler'), Buffer.alloc(2 * 1024 * 1024));
      } catch {
        // the disk is full now
      }
      const bot = spawnBot({ DATA_DIR: path.join(disk, 'data'), PORT: String(await freePort()) });
      expect(await bot.exited).toBe(1);
      expect(bot.stderr()).toContain(path.join(disk, 'data'));
      expect(bot.stderr()).toContain('The disk is full');
      expect(bot.stderr()).not.toMatch(/\n\s+at /u);
    }, 60_000);
  });
});
