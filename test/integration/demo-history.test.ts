import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { JsonStore } from '../../src/store/json-store.js';
import { createLogger } from '../../src/logging/logger.js';
import { demoHistoryWanted } from '../../src/demo-history.js';
import { BotHarness } from '../support/bot-harness.js';
import { ADELE, type Persona } from '../support/activities.js';
import { freePort, killSpawnedBots, spawnBot, waitHealthy } from '../support/spawn-bot.js';
import { tempDir } from '../support/temp-dir.js';

const DIEGO: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000026', name: 'Diego Siciliani', id: '29:diego' };
const GUID = '11111111-2222-3333-4444-555555555555';
/** Monday 7 December 2026, 10:00 in Prague. */
const NOW = '2026-12-07T09:00:00Z';
const cards = (replies: { attachments?: unknown[] }[]) => JSON.stringify(replies.flatMap((r) => r.attachments ?? [])).replace(/\u00a0/gu, ' ');
/** The value of a figure row of a report card ("Otevřené" → "412"). */
function figure(card: string, label: string): number {
  const row = `"text":"${label}","weight":"Bolder","wrap":true}]},{"type":"Column","width":"2","items":[{"type":"TextBlock","text":"`;
  const at = card.indexOf(row);
  return at < 0 ? NaN : Number(/^[\d ]+/u.exec(card.slice(at + row.length))![0].replace(/ /gu, ''));
}

/** Starts the real entry point as `npm run dev` does (local mode, DEMO_DATA=1) and stops it once it listens; its output. */
async function devStart(dataDir: string, env: Record<string, string> = {}): Promise<string> {
  const port = await freePort();
  const bot = spawnBot({ DATA_DIR: dataDir, PORT: String(port), HELPDESK_FAKE_NOW: NOW, DEMO_DATA: '1', ...env });
  await waitHealthy(port, bot, 150_000);
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
  return bot.stdout();
}

async function ticketCount(dataDir: string): Promise<number> {
  const store = await JsonStore.open({ dataDir, logger: createLogger('silent') });
  const count = store.keys('counters').filter((k) => k.startsWith('ticket-')).reduce((n, k) => n + store.get<number>('counters', k)!, 0);
  await store.close();
  return count;
}

describe('demo ticket history of the dev start', () => {
  const data = tempDir('helpdesk-demo-');
  afterAll(() => {
    killSpawnedBots();
    data.cleanup();
  });

  it('a dev start on an empty store seeds twelve months once; a second start does not seed again; the managers\' reports and the vendors\' statement have figures', async () => {
    const first = await devStart(data.dir);
    expect(first).toMatch(/"tickets":1500,"vendorTasks":\d+.*demo ticket history seeded/u);
    const seeded = await ticketCount(data.dir);
    expect(seeded).toBe(1500);
    const second = await devStart(data.dir);
    expect(second).not.toContain('demo ticket history seeded');
    expect(await ticketCount(data.dir)).toBe(seeded);

    const bot = await new BotHarness({ clock: { now: () => new Date(NOW) }, reportsTimer: { every: () => ({ stop: () => undefined }) } }, data.dir).start();
    try {
      const status = cards((await bot.say(ADELE, 'kolik máme otevřených požadavků?')).replies);
      expect(figure(status, 'Otevřené')).toBeGreaterThan(10);
      expect(figure(status, 'Po termínu SLA')).toBeGreaterThan(0);
      const sla = cards((await bot.say(ADELE, 'jak jsme plnili SLA za listopad?')).replies);
      expect(sla).toMatch(/"title":"Reakce v termínu","value":"\d+,\d % \(\d+ z \d+\)/u);
      expect(sla).toContain('report.export');
      const trend = cards((await bot.say(ADELE, 'vývoj za 12 měsíců')).replies);
      expect(trend).toContain('Vývoj');
      expect(trend).not.toContain('Není co exportovat');
      const diego = cards((await bot.say(DIEGO, 'kolik máme otevřených požadavků?')).replies);
      expect(diego).toContain('Organizace: Správa údržby silnic');
      expect(figure(diego, 'Otevřené')).toBeGreaterThan(0);
      const months = ['2026-08', '2026-09', '2026-10', '2026-11'].map((m) => bot.app.vendors.statements.view(ADELE.aadObjectId, 'vendor-klatovy', 'klatovy', m));
      expect(months.map((v) => (v.kind === 'draft' ? v.content.lines.length : 0)).reduce((a, b) => a + b)).toBeGreaterThan(0);
    } finally {
      await bot.stop();
    }
  }, 400_000);

  it('never seeds in production, nor without DEMO_DATA=1, nor into a store that has tickets', async () => {
    const empty = { keys: () => [] };
    const local = (env: Record<string, string>) => loadConfig({ DATA_DIR: data.dir, PORT: '0', LOG_LEVEL: 'silent', ...env });
    expect(demoHistoryWanted(local({ DEMO_DATA: '1' }), empty)).toBe(true);
    expect(demoHistoryWanted(local({}), empty)).toBe(false);
    expect(demoHistoryWanted(local({ DEMO_DATA: '0' }), empty)).toBe(false);
    expect(demoHistoryWanted(local({ DEMO_DATA: '1' }), { keys: (c: string) => (c === 'counters' ? ['ticket-2026'] : []) })).toBe(false);
    const production = loadConfig({
      HELPDESK_MODE: 'production', HOST: '127.0.0.1', PORT: '0', DATA_DIR: data.dir, LOG_LEVEL: 'silent', DEMO_DATA: '1',
      MicrosoftAppId: GUID, MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: GUID,
      ALLOWED_TENANTS: GUID, GRAPH_TENANT_ID: GUID, GRAPH_CLIENT_ID: GUID, GRAPH_CLIENT_SECRET: 'not-a-real-secret',
    });
    expect(demoHistoryWanted(production, empty)).toBe(false);
  });
});
