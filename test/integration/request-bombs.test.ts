/**
 * The gzip bombs of issue #22 against the bot in its own process, with the production start
 * script's heap limit: before the fix one 400 KB request killed it ("JavaScript heap out of
 * memory"). The full table (both modes, every attack) is `npm run test:faults`.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requestAttacks, residentMemory, resetPeak, sendAttack } from '../support/request-attacks.js';
import { freePort, killSpawnedBots, spawnBot, waitHealthy } from '../support/spawn-bot.js';

describe('request bombs against the bot process', () => {
  const dirs: string[] = [];
  afterEach(() => {
    killSpawnedBots();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('gzip bombs (one of 400 KB, four of 51 KB at once) and a multipart upload get their 4xx; the bot stays up, its memory bounded, no temp files', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'helpdesk-bomb-data-'));
    const tmp = mkdtempSync(path.join(tmpdir(), 'helpdesk-bomb-tmp-'));
    dirs.push(data, tmp);
    const port = await freePort();
    const bot = spawnBot({ DATA_DIR: data, PORT: String(port), TMPDIR: tmp, LOG_LEVEL: 'warn', NODE_OPTIONS: '--max-old-space-size=256' });
    await waitHealthy(port, bot, 60_000);
    const tmpAtStart = new Set(readdirSync(tmp));
    const before = residentMemory(bot.child.pid!)!;
    const peakReset = resetPeak(bot.child.pid!); // the peak from here on, not the start's
    const attacks = requestAttacks().filter((a) => a.path === '/api/messages' && (a.name.startsWith('gzip bomb') || a.name.includes('gzip bombs') || a.name.startsWith('multipart')));
    expect(attacks).toHaveLength(3);
    for (const attack of attacks) {
      const result = await sendAttack(port, attack);
      expect(result.statuses, attack.name).toEqual(Array.from({ length: attack.copies }, () => attack.expected.local));
    }
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const after = residentMemory(bot.child.pid!)!;
    expect(after.peakMb - (peakReset ? before.rssMb : before.peakMb)).toBeLessThan(128);
    expect(readdirSync(tmp).filter((f) => !tmpAtStart.has(f))).toEqual([]);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 120_000);
});
