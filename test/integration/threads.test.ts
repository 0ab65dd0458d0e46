import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import type { DirectoryPort } from '../../src/services/ports.js';
import { BotHarness, allText, press } from '../support/bot-harness.js';
import { composeBridgedApp } from '../support/bridged-app.js';
import { ConnectorStub } from '../support/connector-stub.js';
import { ALEX, messageActivity } from '../support/activities.js';
import { memoryLogger } from '../support/silent-logger.js';
import { tempDir } from '../support/temp-dir.js';

const NOW = new Date('2026-11-26T09:15:00Z');

describe('BOT_THREADS=single: all on one CloudAdapter, as before the bot thread', () => {
  let bot: BotHarness;
  afterEach(async () => bot.stop());

  it('reports a problem, lists it, and keeps it over a restart', async () => {
    bot = await new BotHarness({ clock: { now: () => NOW }, threads: 'single' }).start();
    const first = await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    expect(allText(first.replies)).toContain('Mám založit tento požadavek?');
    const second = await bot.say(ALEX, '', press(first.replies, 'Založit požadavek'));
    expect(allText(second.replies)).toContain('HD-2026-00001');
    await bot.restart();
    expect(allText((await bot.say(ALEX, 'moje požadavky')).replies)).toContain('HD-2026-00001');
  });
});

describe('the bot thread lost', () => {
  const temp = tempDir('helpdesk-threads-');
  const connector = new ConnectorStub();
  let stopApp: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await stopApp?.();
    await connector.stop();
    temp.cleanup();
  });

  it('fails the turn in flight and every later one, turns not ready, and is reported once', async () => {
    await connector.start();
    let answer!: () => void;
    let held: Promise<void> | null = null;
    // once held, the directory answers only when told to: the ticket's turn is in the bot thread meanwhile
    const directory: DirectoryPort = {
      getUser: async () => (await held, null), getManager: async () => null, getDirectReports: async () => [], searchUsers: async () => [],
    };
    const lost: Error[] = [];
    const config = loadConfig({ DATA_DIR: temp.dir, PORT: '0' });
    const app = await composeBridgedApp(config, { directory, clock: { now: () => NOW }, logger: memoryLogger().logger }, (err) => lost.push(err));
    stopApp = () => app.stop().catch(() => undefined);
    const { url } = await app.start();
    const post = (text: string) => fetch(`${url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(connector.url, ALEX, text)),
    });
    expect((await post('Nefunguje mi tiskárna v kanceláři 312')).status).toBe(200);
    held = new Promise<void>((resolve) => (answer = resolve));
    const inFlight = post('ano');
    await new Promise((r) => setTimeout(r, 200));
    app.lose();
    expect((await inFlight).status).toBe(500);
    expect((await post('moje požadavky')).status).toBe(500);
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.message).toContain('bot thread ended unexpectedly');
    // nothing was announced: no ticket id reached the user
    expect(connector.received.map((r) => JSON.stringify(r.activity)).join('\n')).not.toContain('HD-2026-');
    answer();
  });
});
