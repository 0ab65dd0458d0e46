/**
 * Paging in the Agents Playground. The bot's clock is injected (HELPDESK_FAKE_NOW, local mode
 * only) at Wednesday 25 November 2026, 22:00 Prague time, when Lynne is on call for the network
 * team and Megan is next. Alex reports a whole-office outage (P1); Lynne gets the alert card. The
 * bot is restarted between the steps with the clock moved on: Lynne is paged again after 10 min,
 * then Megan (backup) after 10 more, each exactly once. Megan acknowledges; the chain stops and
 * Lynne's cards show who took it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTeams, startBot, startPlayground, type BotHandle, type PlaygroundHandle, type TeamsPage } from './harness/index.js';

const TICKET_ID = /HD-\d{4}-\d{5}/u;
const PAGE_TITLE = 'Výzva pohotovosti PG-2026-00001';
const at = (hhmmss: string): NodeJS.ProcessEnv => ({ HELPDESK_FAKE_NOW: `2026-11-25T${hhmmss}Z` });
const LYNNE_ID = '00000000-0000-0000-0000-0000000000025';
const MEGAN_ID = '00000000-0000-0000-0000-0000000000021';

describe('on-call paging between Lynne and Megan in the Agents Playground', () => {
  let dataDir: string;
  let bot: BotHandle;
  let browser: Browser;
  const playgrounds: PlaygroundHandle[] = [];
  let alex: TeamsPage;
  let lynne: TeamsPage;
  let megan: TeamsPage;

  async function open(persona: string, greeting: string): Promise<TeamsPage> {
    const playground = await startPlayground({ persona, botUrl: bot.url });
    playgrounds.push(playground);
    const page = await openTeams(browser, playground.url);
    await page.waitForBotText(greeting);
    await page.closeLogPanel();
    return page;
  }

  /** How many alert cards for the page the persona's chat shows. */
  const alertCount = async (who: TeamsPage): Promise<number> => (await who.botTexts()).filter((t) => t.includes(PAGE_TITLE)).length;
  /** The bot's "paged" log lines for a person, over every run so far. */
  const pagedLog = (personId: string): number => bot.logs.filter((l) => l.includes('"msg":"paged"') && l.includes(personId)).length;

  /** A round trip through the bot: once answered, its start-up tick has run. */
  async function roundTrip(who: TeamsPage): Promise<void> {
    const before = await who.botMessageCount();
    await who.send('kdo má pohotovost na síti?');
    await who.waitForBotText('Síť a telefonie', { since: before });
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'e2e-paging-'));
    bot = await startBot({ dataDir, env: at('21:00:00') });
    browser = await launchBrowser();
    lynne = await open('Lynne', 'Dobrý den, Lynne Robbins!');
    megan = await open('Megan', 'Dobrý den, Megan Bowen!');
    alex = await open('Alex', 'Dobrý den, Alex Wilber!');
  });

  afterAll(async () => {
    for (const p of [alex, lynne, megan]) await p?.close();
    await Promise.allSettled(playgrounds.map((p) => p.stop()));
    await browser?.close();
    await bot?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('22:00 — Alex reports a whole-office outage (P1) and Lynne, on call, gets the alert card', async () => {
    const before = await alex.botMessageCount();
    await alex.send('Celý úřad nemá internet, nikdo nemůže pracovat');
    await alex.waitForBotText('Mám založit tento požadavek?', { since: before });
    const confirmed = await alex.botMessageCount();
    await alex.clickCardButton('Založit požadavek');
    const ticketId = TICKET_ID.exec(await alex.waitForBotText(TICKET_ID, { since: confirmed }))![0];
    const card = await lynne.waitForBotText(PAGE_TITLE);
    for (const text of ['P1', ticketId, 'Síť a telefonie', 'Čeká na potvrzení', 'Potvrdit – beru to', 'Eskalovat dál']) expect(card).toContain(text);
    await lynne.screenshot('paging-1-lynne-alert-card');
    expect(await alertCount(megan)).toBe(0);
  });

  it('22:10 — nobody acknowledged: after a restart Lynne is paged again, once', async () => {
    await bot.restart(at('21:10:30'));
    await lynne.page.getByText(PAGE_TITLE).nth(1).waitFor({ state: 'visible', timeout: 20_000 });
    await bot.restart(at('21:10:40')); // restarted again before the next step is due
    await roundTrip(lynne);
    expect(await alertCount(lynne)).toBe(2);
    expect(pagedLog(LYNNE_ID)).toBe(2);
    expect(await alertCount(megan)).toBe(0);
  });

  it('22:20 — still nobody: the backup, Megan, is paged once', async () => {
    await bot.restart(at('21:20:45'));
    await megan.waitForBotText(PAGE_TITLE);
    await roundTrip(megan);
    expect(await alertCount(megan)).toBe(1);
    expect(pagedLog(MEGAN_ID)).toBe(1);
    expect(await alertCount(lynne)).toBe(2);
    await megan.screenshot('paging-2-megan-paged');
  });

  it('Megan acknowledges: her card and both of Lynne\'s show it, and the chain stops', async () => {
    await megan.clickCardButton('Potvrdit – beru to');
    await megan.page.getByText('Převzal(a) Megan Bowen').last().waitFor({ state: 'visible', timeout: 20_000 });
    await megan.screenshot('paging-3-megan-acknowledged');
    await expect.poll(async () => (await lynne.botTexts()).filter((t) => t.includes('Převzal(a) Megan Bowen')).length, { timeout: 20_000 }).toBe(2);
    await lynne.screenshot('paging-4-lynne-cards-updated');
    await bot.restart(at('22:30:00')); // an hour later: the head of OIT would be next, but the chain has stopped
    await roundTrip(megan);
    expect(bot.logs.filter((l) => l.includes('"msg":"paged"'))).toHaveLength(3);
  });
});
