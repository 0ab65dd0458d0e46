/**
 * The ticket workflow with two people in the Agents Playground: Alex reports, Megan takes the
 * ticket from the service-desk channel card and comments, Alex sees the comment and answers,
 * Megan resolves it, Alex rates it; Alex's forged click on a technician action is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTeams, startBot, startPlayground, type BotHandle, type PlaygroundHandle, type TeamsPage } from './harness/index.js';

const TICKET_ID = /HD-\d{4}-\d{5}/u;

describe('a ticket between Alex and Megan in the Agents Playground', () => {
  let dataDir: string;
  let bot: BotHandle;
  let browser: Browser;
  const playgrounds: PlaygroundHandle[] = [];
  let alex: TeamsPage;
  let megan: TeamsPage;
  let ticketId = '';

  async function open(persona: string): Promise<TeamsPage> {
    const playground = await startPlayground({ persona, botUrl: bot.url });
    playgrounds.push(playground);
    return openTeams(browser, playground.url);
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'e2e-tickets-'));
    bot = await startBot({ dataDir });
    browser = await launchBrowser();
    megan = await open('Megan');
    await megan.waitForBotText('Dobrý den, Megan Bowen!');
    await megan.closeLogPanel();
    await megan.switchToChannel('Service desk'); // the bot learns the team (as when it is added to a team)
    alex = await open('Alex');
    await alex.waitForBotText('Dobrý den, Alex Wilber!');
    await alex.closeLogPanel();
  });

  afterAll(async () => {
    await alex?.close();
    await megan?.close();
    await Promise.allSettled(playgrounds.map((p) => p.stop()));
    await browser?.close();
    await bot?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('Alex reports a problem and gets the ticket', async () => {
    const before = await alex.botMessageCount();
    await alex.send('Nefunguje mi tiskárna v kanceláři 312');
    await alex.waitForBotText('Mám založit tento požadavek?', { since: before });
    const confirmed = await alex.botMessageCount();
    await alex.clickCardButton('Založit požadavek');
    ticketId = TICKET_ID.exec(await alex.waitForBotText(TICKET_ID, { since: confirmed }))![0];
    await alex.screenshot('tickets-01-alex-ticket');
  });

  it('Megan sees the ticket card in the service-desk channel', async () => {
    await megan.page.getByText(`Požadavek ${ticketId}`).first().waitFor({ state: 'visible', timeout: 20_000 });
    await megan.screenshot('tickets-02-megan-channel-card');
  });

  it('Megan takes the ticket (the Playground shows no per-user refresh, so she opens it in her chat) and comments', async () => {
    await megan.switchToPersonalChat();
    let before = await megan.botMessageCount();
    await megan.send(`ticket ${ticketId}`);
    await megan.waitForBotText('Převzít', { since: before });
    await megan.clickCardButton('Převzít');
    await megan.page.getByText('Řeší se').last().waitFor({ state: 'visible' });
    await megan.screenshot('tickets-03-megan-took');
    before = await alex.botMessageCount();
    await megan.clickCardButton('Komentovat');
    await megan.page.getByPlaceholder('Komentář pro žadatele').last().fill('Dobrý den, dnes odpoledne přijdu vyměnit fixační jednotku.');
    await megan.clickCardButton('Komentovat');
    await alex.waitForBotText('přijdu vyměnit fixační jednotku', { since: before });
    await alex.screenshot('tickets-04-alex-sees-comment');
  });

  it('Alex answers the comment from his ticket card and Megan gets it', async () => {
    let before = await alex.botMessageCount();
    await alex.send(ticketId);
    await alex.waitForBotText('Komentovat', { since: before });
    before = await megan.botMessageCount();
    await alex.clickCardButton('Komentovat');
    await alex.page.getByPlaceholder('Komentář pro technika').last().fill('Děkuji, budu v kanceláři do 15:00.');
    await alex.clickCardButton('Komentovat');
    await megan.waitForBotText('budu v kanceláři do 15:00', { since: before });
    await megan.screenshot('tickets-05-megan-gets-reply');
  });

  it('Megan resolves it with a note and the time worked; Alex is told', async () => {
    const before = await alex.botMessageCount();
    await megan.clickCardButton('Vyřešit');
    await megan.page.getByPlaceholder('Řešení (uvidí žadatel)').last().fill('Vyměněna fixační jednotka, tiskárna tiskne.');
    await megan.page.getByPlaceholder('Odpracované minuty').last().fill('45');
    await megan.clickCardButton('Vyřešit');
    // Alex commented since Megan's card was drawn: the click is refused and the card is brought up to date.
    await megan.page.getByText('Požadavek se mezitím změnil').last().waitFor({ state: 'visible' });
    await megan.screenshot('tickets-06a-megan-card-refreshed');
    await megan.clickCardButton('Vyřešit');
    await megan.page.getByPlaceholder('Řešení (uvidí žadatel)').last().fill('Vyměněna fixační jednotka, tiskárna tiskne.');
    await megan.page.getByPlaceholder('Odpracované minuty').last().fill('45');
    await megan.clickCardButton('Vyřešit');
    await alex.waitForBotText('Vyměněna fixační jednotka', { since: before });
    await megan.screenshot('tickets-06-megan-resolved');
    await alex.screenshot('tickets-07-alex-told-resolved');
  });

  it('Alex rates the solution', async () => {
    const before = await alex.botMessageCount();
    await alex.send(ticketId);
    await alex.waitForBotText('Ohodnotit', { since: before });
    await alex.clickCardButton('Ohodnotit');
    await alex.page.getByText('★★★★★', { exact: true }).last().click();
    await alex.clickCardButton('Ohodnotit');
    await alex.page.getByText(/★★★★★|hodnocení|5\s*\/\s*5/u).last().waitFor({ state: 'visible' });
    await alex.screenshot('tickets-08-alex-rated');
  });

  it('a forged technician action from Alex is refused and changes nothing', async () => {
    const invoke = {
      type: 'invoke', name: 'adaptiveCard/action', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/_connector',
      from: { id: 'user-id-0', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-0000000000020' },
      recipient: { id: 'helpdesk-bot', name: 'Helpdesk OIT' },
      conversation: { id: 'a:personal-chat-alex', conversationType: 'personal' },
      value: { action: { type: 'Action.Execute', verb: 'ticket.take', data: { ticketId, version: 1, view: 'technician', note: 'hotovo', minutes: 1 } as Record<string, unknown> } },
    };
    for (const verb of ['ticket.take', 'ticket.resolve']) {
      invoke.value.action.verb = verb;
      const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(invoke) });
      const body = await res.json() as { type: string; value: string };
      expect(body.type).toBe('application/vnd.microsoft.activity.message');
      expect(body.value).toMatch(/nemůžete|není aktuální/u);
    }
    const before = await megan.botMessageCount();
    await megan.send(`ticket ${ticketId}`);
    const card = await megan.waitForBotText('Vyřešený', { since: before });
    expect(card).toContain('Megan Bowen');
  });
});
