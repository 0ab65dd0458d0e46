/**
 * The monthly report in the Agents Playground: the bot's clock starts a minute before 08:00 on
 * Tuesday 1 December 2026 (the first business day), the scheduled report arrives in Diego's chat
 * (SÚS only), and after a restart at the same moment it does not come again.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDomainConfig } from '../../src/config/load-config.js';
import { generateReportTickets, writeTickets } from '../support/report-tickets.js';
import { launchBrowser, openTeams, startBot, startPlayground, type BotHandle, type PlaygroundHandle, type TeamsPage } from './harness/index.js';

const START = '2026-12-01T06:59:00Z';
const INTRO = 'Měsíční přehled helpdesku za listopad 2026';

describe('the monthly report in the Agents Playground', () => {
  let dataDir: string;
  let bot: BotHandle;
  let browser: Browser;
  let playground: PlaygroundHandle;
  let diego: TeamsPage;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'e2e-monthly-'));
    const configFile = join(dataDir, 'config.yaml');
    // the demo config, with the scheduled reports looking every second instead of every minute
    writeFileSync(configFile, readFileSync(join(process.cwd(), 'config', 'demo.yaml'), 'utf8').replace('  monthlyAt: "08:00"', '  monthlyAt: "08:00"\n  tickSeconds: 1'));
    const config = loadDomainConfig(configFile);
    await writeTickets(join(dataDir, 'data'), generateReportTickets({ count: 800, from: new Date('2026-08-01T06:00:00Z'), now: new Date(START), config }));
    bot = await startBot({ dataDir: join(dataDir, 'data'), env: { HELPDESK_FAKE_NOW: START, HELPDESK_CONFIG: configFile } });
    browser = await launchBrowser();
    playground = await startPlayground({ persona: 'Diego', botUrl: bot.url });
    diego = await openTeams(browser, playground.url);
    await diego.waitForBotText('Dobrý den, Diego Siciliani!');
    await diego.closeLogPanel();
  });

  afterAll(async () => {
    await diego?.close();
    await playground?.stop();
    await browser?.close();
    await bot?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('arrives at 08:00 in Diego\'s chat, with SÚS only', async () => {
    await diego.waitForBotText(INTRO, { timeout: 120_000 });
    const text = await diego.waitForBotText('Přehled služby – listopad 2026');
    expect(text).toContain('Organizace: Správa údržby silnic');
    expect(text).not.toMatch(/Krajský úřad|Centrální nákup|Zdravotnický holding/u);
    await diego.screenshot('reports-monthly-01-diego');
  });

  it('does not come again after a restart later that morning', async () => {
    await bot.restart({ HELPDESK_FAKE_NOW: '2026-12-01T07:10:00Z' });
    const afterRestart = () => bot.logs.join('\n').split('--- restart ---')[1] ?? '';
    // the restarted bot's first ticks find Diego's report marked as sent
    await expect.poll(afterRestart, { timeout: 30_000 }).toContain(`monthly-2026-11:00000000-0000-0000-0000-0000000000026`);
    expect(afterRestart()).toContain('scheduled report already sent');
    expect(afterRestart()).not.toContain('scheduled report delivered');
    expect((await diego.botTexts()).filter((t) => t.includes(INTRO))).toHaveLength(1);
  });
});
