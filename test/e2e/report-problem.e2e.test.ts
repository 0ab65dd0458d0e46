/**
 * The foundation as a user sees it, in the Agents Playground: Alex reports a broken printer in
 * Czech, confirms, gets a ticket card; "moje požadavky" lists it, also after the bot restarts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTeams, startBot, startPlayground, type BotHandle, type PlaygroundHandle, type TeamsPage } from './harness/index.js';

const TICKET_ID = /HD-\d{4}-\d{5}/u;

describe('Alex reports a problem in the Agents Playground', () => {
  let dataDir: string;
  let bot: BotHandle;
  let browser: Browser;
  let playground: PlaygroundHandle;
  let teams: TeamsPage;
  let ticketId = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'e2e-report-'));
    bot = await startBot({ dataDir });
    browser = await launchBrowser();
    playground = await startPlayground({ persona: 'Alex', botUrl: bot.url });
    teams = await openTeams(browser, playground.url);
  });

  afterAll(async () => {
    await teams?.close();
    await playground?.stop();
    await browser?.close();
    await bot?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('greets Alex by name in Czech', async () => {
    await teams.waitForBotText('Dobrý den, Alex Wilber!');
    await teams.screenshot('report-01-greeting');
  });

  it('turns "Nefunguje mi tiskárna v kanceláři 312" into a ticket card with its id', async () => {
    const before = await teams.botMessageCount();
    await teams.send('Nefunguje mi tiskárna v kanceláři 312');
    await teams.waitForBotText('Mám založit tento požadavek?', { since: before });
    const draft = await teams.lastBotCard();
    expect(draft).toContain('Tiskárny a skenery');
    await teams.screenshot('report-02-confirm');

    const confirmed = await teams.botMessageCount();
    await teams.clickCardButton('Založit požadavek');
    const reply = await teams.waitForBotText(TICKET_ID, { since: confirmed });
    ticketId = TICKET_ID.exec(reply)![0];
    const card = await teams.lastBotCard();
    expect(card).toContain(`Požadavek ${ticketId}`);
    expect(card).toContain('Krajský úřad');
    expect(card).toContain('312');
    await teams.screenshot('report-03-ticket-card');
  });

  it('"moje požadavky" lists the ticket', async () => {
    const before = await teams.botMessageCount();
    await teams.send('moje požadavky');
    await teams.waitForBotText(ticketId, { since: before });
    expect(await teams.lastBotCard()).toContain('Nefunguje mi tiskárna');
    await teams.screenshot('report-04-my-tickets');
  });

  it('still lists the ticket after the bot restarts', async () => {
    await bot.restart();
    const before = await teams.botMessageCount();
    await teams.send('moje požadavky');
    await teams.waitForBotText(ticketId, { since: before });
    expect(await teams.lastBotCard()).toContain('Moje požadavky');
    await teams.screenshot('report-05-after-restart');
  });
});
