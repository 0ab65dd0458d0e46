/**
 * A district vendor's task in the Agents Playground: Isaiah (SÚS Klatovy) reports a printer fault,
 * the task reaches Patti (IT Šumava); after the weekend she accepts it late, arrives and finishes
 * with a work report; Megan accepts the work; in December Johanna (IT Šumava's contract manager)
 * sees her statement with the penalty for the late acceptance, and only hers; Adele approves it;
 * Diego (director of SÚS) sees what IT cost SÚS in November, and is refused another organisation's cost.
 * The bot's clock is set with HELPDESK_FAKE_NOW and moved by restarting it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTeams, startBot, startPlayground, type BotHandle, type PlaygroundHandle, type TeamsPage } from './harness/index.js';

const TICKET_ID = /HD-\d{4}-\d{5}/u;

describe('a vendor task from report to approved statement in the Agents Playground', () => {
  let dataDir: string;
  let bot: BotHandle;
  let browser: Browser;
  const playgrounds: PlaygroundHandle[] = [];
  const pages: TeamsPage[] = [];
  let patti: TeamsPage;
  let megan: TeamsPage;
  let ticketId = '';

  async function open(persona: string, greeting: string): Promise<TeamsPage> {
    const playground = await startPlayground({ persona, botUrl: bot.url });
    playgrounds.push(playground);
    const page = await openTeams(browser, playground.url);
    pages.push(page);
    await page.waitForBotText(greeting);
    await page.closeLogPanel();
    return page;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'e2e-vendors-'));
    bot = await startBot({ dataDir, env: { HELPDESK_FAKE_NOW: '2026-11-27T08:00:00Z' } }); // Friday 09:00 in Klatovy
    browser = await launchBrowser();
    megan = await open('Megan', 'Dobrý den, Megan Bowen!');
    await megan.switchToChannel('Service desk'); // the bot learns the team
    patti = await open('Patti', 'Dobrý den, Patti Fernandez!');
  });

  afterAll(async () => {
    for (const p of pages) await p.close();
    await Promise.allSettled(playgrounds.map((p) => p.stop()));
    await browser?.close();
    await bot?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('Isaiah reports a printer fault at SÚS Klatovy; the task card reaches Patti', async () => {
    const isaiah = await open('Isaiah', 'Dobrý den, Isaiah Langer!');
    const before = await isaiah.botMessageCount();
    await isaiah.send('Nefunguje tiskárna, netiskne vůbec nic');
    await isaiah.waitForBotText('Mám založit tento požadavek?', { since: before });
    const confirmed = await isaiah.botMessageCount();
    await isaiah.clickCardButton('Založit požadavek');
    ticketId = TICKET_ID.exec(await isaiah.waitForBotText(TICKET_ID, { since: confirmed }))![0];
    await patti.waitForBotText(`Úkol ${ticketId}`);
    await patti.screenshot('vendors-01-patti-task-card');
  });

  it('on Monday afternoon Patti accepts (late), arrives and finishes with a work report', async () => {
    await bot.restart({ HELPDESK_FAKE_NOW: '2026-11-30T13:00:00Z' });
    let before = await patti.botMessageCount();
    await patti.send('moje úkoly');
    await patti.waitForBotText('po termínu', { since: before });
    before = await patti.botMessageCount();
    await patti.send(ticketId);
    await patti.waitForBotText('Vrátit OIT', { since: before });
    expect(await patti.buttonCount('Převzít')).toBe(0);
    await patti.clickCardButton('Přijmout');
    await patti.page.getByText('Přijato').last().waitFor({ state: 'visible' });
    await patti.clickCardButton('Na místě');
    await patti.page.getByText('Technik na místě').last().waitFor({ state: 'visible' });
    await patti.clickCardButton('Hotovo');
    await patti.page.getByPlaceholder('Co jste udělali').last().fill('Vyčištěna fixační jednotka, zkušební tisk v pořádku.');
    await patti.page.getByPlaceholder('Minuty práce').last().fill('25');
    await patti.clickCardButton('Hotovo');
    await patti.page.getByText('Hotovo, čeká na převzetí OIT').last().waitFor({ state: 'visible' });
    await patti.screenshot('vendors-02-patti-done');
  });

  it('Megan accepts the work; the ticket is resolved', async () => {
    await megan.switchToPersonalChat();
    const before = await megan.botMessageCount();
    await megan.send(`práce ${ticketId}`);
    await megan.waitForBotText('Vyčištěna fixační jednotka', { since: before });
    await megan.clickCardButton('Převzít práci');
    await megan.page.getByText('Převzato OIT').last().waitFor({ state: 'visible' });
    await megan.screenshot('vendors-03-megan-accepted');
  });

  it('in December Johanna sees IT Šumava\'s statement with the penalty, and no other vendor\'s', async () => {
    await bot.restart({ HELPDESK_FAKE_NOW: '2026-12-01T09:00:00Z' });
    const johanna = await open('Johanna', 'Dobrý den, Johanna Lorenz!');
    let before = await johanna.botMessageCount();
    await johanna.send('vyúčtování');
    const statement = await johanna.waitForBotText('Vyúčtování IT Šumava', { since: before });
    expect(statement).toContain(ticketId);
    expect(statement).toMatch(/Přijetí: \d+ min po termínu/u);
    expect(await johanna.buttonCount('Schválit')).toBe(0);
    await johanna.screenshot('vendors-04-johanna-statement');
    before = await johanna.botMessageCount();
    await johanna.send('vyúčtování Tachov');
    const other = await johanna.waitForBotText(/Vyúčtování|smlouvu|vidí jen/u, { since: before });
    expect(other).not.toContain('Tachov IT servis');
  });

  it('Adele approves the statement; it is numbered', async () => {
    const adele = await open('Adele', 'Dobrý den, Adele Vance!');
    const before = await adele.botMessageCount();
    await adele.send('vyúčtování Klatovy listopad');
    await adele.waitForBotText('Návrh', { since: before });
    await adele.clickCardButton('Schválit');
    await adele.page.getByText(/VS-2026-0001/u).last().waitFor({ state: 'visible', timeout: 20_000 });
    await adele.screenshot('vendors-05-adele-approved');
  });

  it('Diego sees what IT cost SÚS in November, with the vendor\'s task, and not the regional office\'s cost', async () => {
    const diego = await open('Diego', 'Dobrý den, Diego Siciliani!');
    let before = await diego.botMessageCount();
    await diego.send('kolik nás stál SÚS za listopad?');
    const cost = await diego.waitForBotText('IT náklady: Správa údržby silnic, listopad 2026', { since: before });
    expect(cost).toContain('Úkony dodavatelů');
    expect(cost).toContain('Pohotovost');
    await diego.screenshot('vendors-06-diego-cost');
    before = await diego.botMessageCount();
    await diego.send('náklady KU listopad');
    const refused = await diego.waitForBotText('jen vedoucí OIT a ředitel', { since: before });
    expect(refused).not.toContain('Práce OIT');
  });
});
