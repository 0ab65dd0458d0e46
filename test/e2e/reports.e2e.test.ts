/**
 * Reports for managers in the Agents Playground, over a generated year of tickets (the bot's clock
 * set to Monday 7 December 2026): Adele asks three questions in her own words and follows a
 * drill-down; Diego, director of SÚS, sees his organisation only. Screenshots show the charts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDomainConfig } from '../../src/config/load-config.js';
import { generateReportTickets, writeTickets } from '../support/report-tickets.js';
import { launchBrowser, openTeams, startBot, startPlayground, type BotHandle, type PlaygroundHandle, type TeamsPage } from './harness/index.js';

const NOW = '2026-12-07T09:00:00Z';

describe('reports for managers in the Agents Playground', () => {
  let dataDir: string;
  let bot: BotHandle;
  let browser: Browser;
  const playgrounds: PlaygroundHandle[] = [];
  let adele: TeamsPage;
  let diego: TeamsPage;

  async function open(persona: string): Promise<TeamsPage> {
    const playground = await startPlayground({ persona, botUrl: bot.url });
    playgrounds.push(playground);
    return openTeams(browser, playground.url);
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'e2e-reports-'));
    const config = loadDomainConfig(join(process.cwd(), 'config', 'demo.yaml'));
    await writeTickets(dataDir, generateReportTickets({ count: 3000, from: new Date('2025-12-01T06:00:00Z'), now: new Date(NOW), config }));
    bot = await startBot({ dataDir, env: { HELPDESK_FAKE_NOW: NOW } });
    browser = await launchBrowser();
    adele = await open('Adele');
    await adele.waitForBotText('Dobrý den, Adele Vance!');
    await adele.closeLogPanel();
  });

  afterAll(async () => {
    await adele?.close();
    await diego?.close();
    await Promise.allSettled(playgrounds.map((p) => p.stop()));
    await browser?.close();
    await bot?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('Adele: "kolik máme otevřených požadavků?" – open tickets now, with the age chart', async () => {
    const before = await adele.botMessageCount();
    await adele.send('kolik máme otevřených požadavků?');
    const text = await adele.waitForBotText('Otevřené požadavky', { since: before, timeout: 40_000 });
    expect(text).toContain('Celý kraj');
    await adele.page.locator('img[alt^="Graf: otevřené požadavky podle stáří"]').last().waitFor({ state: 'visible' });
    await adele.screenshot('reports-01-adele-open');
  });

  it('Adele: "jak plní dodavatelé SLA?" – SLA by vendor', async () => {
    const before = await adele.botMessageCount();
    await adele.send('jak plní dodavatelé SLA?');
    const text = await adele.waitForBotText('Plnění SLA – prosinec 2026', { since: before });
    expect(text).toContain('Dodavatel');
    await adele.screenshot('reports-02-adele-vendors');
  });

  it('Adele: "vývoj za posledních 12 měsíců" – the trend with its charts', async () => {
    const before = await adele.botMessageCount();
    await adele.send('vývoj za posledních 12 měsíců');
    await adele.waitForBotText('Vývoj', { since: before, timeout: 40_000 });
    await adele.page.locator('img[alt^="Graf: plnění SLA"]').last().waitFor({ state: 'visible' });
    await adele.screenshot('reports-03-adele-trend');
  });

  it('Adele: "přehled za listopad", then the drill-down "Ukaž porušená SLA"', async () => {
    const before = await adele.botMessageCount();
    await adele.send('přehled za listopad');
    const text = await adele.waitForBotText('Přehled služby – listopad 2026', { since: before });
    expect(text).toMatch(/proti říjnu/u);
    await adele.clickCardButton('Ukaž porušená SLA');
    await adele.page.getByText('Porušená SLA – listopad 2026').last().waitFor({ state: 'visible', timeout: 20_000 });
    await adele.screenshot('reports-04-adele-breached');
  });

  it('Adele exports the figures: the file-consent card reaches the Playground, which says it does not support it yet', async () => {
    await adele.clickCardButton('Export CSV');
    await expect.poll(() => bot.logs.join('\n'), { timeout: 20_000 }).toMatch(/file offered|report export failed/u);
    await adele.page.getByText('File Consent Card is not supported yet').first().waitFor({ state: 'visible', timeout: 20_000 });
    await adele.screenshot('reports-06-adele-export');
    expect(bot.logs.join('\n')).toContain('file offered');
  });

  it('Diego sees Správa údržby silnic only, and is told so when he asks for the regional office', async () => {
    diego = await open('Diego');
    await diego.waitForBotText('Dobrý den, Diego Siciliani!');
    await diego.closeLogPanel();
    let before = await diego.botMessageCount();
    await diego.send('SLA za listopad podle organizací');
    const text = await diego.waitForBotText('Plnění SLA – listopad 2026', { since: before });
    expect(text).toContain('Organizace: Správa údržby silnic');
    expect(text).not.toMatch(/Krajský úřad|Centrální nákup|Zdravotnický holding/u);
    before = await diego.botMessageCount();
    await diego.send('a jen Krajský úřad');
    await diego.waitForBotText('Můžete vidět jen údaje své organizace (Správa údržby silnic)', { since: before });
    await diego.screenshot('reports-05-diego');
  });
});
