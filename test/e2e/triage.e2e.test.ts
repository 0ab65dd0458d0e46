/**
 * Triage as a user sees it in the Agents Playground: Isaiah, at the road-maintenance site in Klatovy,
 * reports an outage without diacritics and gets a P1 network ticket for his site; Alex gets a
 * self-help article first and closes the conversation himself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTeams, startBot, startPlayground, type BotHandle, type PlaygroundHandle, type TeamsPage } from './harness/index.js';

const TICKET_ID = /HD-\d{4}-\d{5}/u;

describe('triage in the Agents Playground', () => {
  let dataDir: string;
  let bot: BotHandle;
  let browser: Browser;
  const playgrounds: PlaygroundHandle[] = [];
  const pages: TeamsPage[] = [];

  async function open(persona: string): Promise<TeamsPage> {
    const playground = await startPlayground({ persona, botUrl: bot.url });
    playgrounds.push(playground);
    const page = await openTeams(browser, playground.url);
    pages.push(page);
    return page;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'e2e-triage-'));
    bot = await startBot({ dataDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.allSettled(pages.map((p) => p.close()));
    await Promise.allSettled(playgrounds.map((p) => p.stop()));
    await browser?.close();
    await bot?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('Isaiah: "na cestmistrovstvi v klatovech nejde internet nikomu" → a P1 network ticket for the Klatovy site', async () => {
    const teams = await open('Isaiah');
    await teams.waitForBotText('Dobrý den, Isaiah Langer!');
    const before = await teams.botMessageCount();
    await teams.send('na cestmistrovstvi v klatovech nejde internet nikomu');
    await teams.waitForBotText('Mám založit tento požadavek?', { since: before });
    const draft = await teams.lastBotCard();
    expect(draft).toContain('P1');
    expect(draft).toContain('Cestmistrovství Klatovy');
    await teams.screenshot('triage-01-isaiah-draft');

    const confirmed = await teams.botMessageCount();
    await teams.clickCardButton('Založit požadavek');
    await teams.waitForBotText(TICKET_ID, { since: confirmed });
    const card = await teams.lastBotCard();
    expect(card).toContain('P1');
    expect(card).toContain('Síť, Wi-Fi, VPN');
    expect(card).toContain('Cestmistrovství Klatovy');
    expect(card).toContain('Správa údržby silnic');
    await teams.screenshot('triage-02-isaiah-p1-ticket');
  });

  it('Alex gets a self-help article first, and "Ano, pomohlo" closes the conversation without a ticket', async () => {
    const teams = await open('Alex');
    await teams.waitForBotText('Dobrý den, Alex Wilber!');
    const before = await teams.botMessageCount();
    await teams.send('Jak se připojím na VPN z domova?');
    await teams.waitForBotText('Pomohlo to?', { since: before });
    await teams.screenshot('triage-03-alex-self-help');
    const answered = await teams.botMessageCount();
    await teams.clickCardButton('Ano, pomohlo');
    await teams.waitForBotText('Požadavek nezakládám', { since: answered });
    expect((await teams.botTexts()).join('\n')).not.toContain('je založen'); // no ticket was opened
    // the article's card now says what was answered, and its buttons are gone
    await teams.waitForBotText('✓ Ano, pomohlo');
    expect(await teams.buttonCount('Ano, pomohlo')).toBe(0);
    expect(await teams.buttonCount('Ne, založit požadavek')).toBe(0);
    await teams.screenshot('triage-04-alex-deflected');
  });
});
