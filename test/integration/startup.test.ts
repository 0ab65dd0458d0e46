import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort, killSpawnedBots, spawnBot, waitHealthy } from '../support/spawn-bot.js';
import { tempDir } from '../support/temp-dir.js';

describe('the bot process', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir('helpdesk-proc-')));
  afterEach(() => {
    killSpawnedBots();
    cleanup();
  });

  it('starts in local mode, is healthy and ready, and stops with exit 0 on SIGTERM', async () => {
    const port = await freePort();
    const bot = spawnBot({ DATA_DIR: dir, PORT: String(port) });
    await waitHealthy(port, bot);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    const started = JSON.parse(bot.stdout().split('\n').find((l) => l.includes('helpdesk bot listening'))!);
    expect(started.mode).toBe('local');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.stdout()).toContain('helpdesk bot stopped');
  });

  it('a SIGTERM while it is still starting stops it cleanly: exit 0, the data directory released', async () => {
    const lock = path.join(dir, 'helpdesk.lock');
    const bot = spawnBot({ DATA_DIR: dir, PORT: String(await freePort()) });
    // the store's lock is taken first, well before the bot is composed and listening
    while (!existsSync(lock) && bot.child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.stdout()).toContain('"signal":"SIGTERM"');
    expect(bot.stdout()).not.toContain('helpdesk bot listening');
    expect(existsSync(lock)).toBe(false);
  });

  it('a second bot on the same data directory refuses to start and the first keeps running', async () => {
    const port = await freePort();
    const first = spawnBot({ DATA_DIR: dir, PORT: String(port) });
    await waitHealthy(port, first);
    const second = spawnBot({ DATA_DIR: dir, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toContain('Another helpdesk bot');
    expect(second.stderr()).toContain(dir);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  }, 60_000); // two bot starts: over 20 s on a loaded machine

  it('a corrupt store file stops the bot with a message naming it, and the file is left as it was', async () => {
    const file = path.join(dir, 'helpdesk.json');
    writeFileSync(file, '{"schemaVersion":2,"seq":1,"collections":{"tickets":{"HD-2026-00001":{"id":');
    const bot = spawnBot({ DATA_DIR: dir, PORT: String(await freePort()) });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain(file);
    expect(bot.stderr()).toContain('corrupt');
    expect(readFileSync(file, 'utf8')).toBe('{"schemaVersion":2,"seq":1,"collections":{"tickets":{"HD-2026-00001":{"id":');
  });

  it('production mode without authentication configured refuses to start and names what is missing', async () => {
    const bot = spawnBot({ DATA_DIR: dir, NODE_ENV: 'production' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toContain('MicrosoftAppId');
    expect(bot.stderr()).toContain('GRAPH_TENANT_ID');
    expect(bot.stderr()).not.toContain('listening');
  });

  it('logs no secrets when production configuration is incomplete', async () => {
    const bot = spawnBot({ DATA_DIR: dir, HELPDESK_MODE: 'production', MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'SuperSecret-123', GRAPH_CLIENT_SECRET: 'GraphSecret-456' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr() + bot.stdout()).not.toContain('SuperSecret-123');
    expect(bot.stderr() + bot.stdout()).not.toContain('GraphSecret-456');
  });
});
