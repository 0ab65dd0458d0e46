/**
 * Proves the e2e harness against a stand-in echo bot (fixtures/echo-bot.ts):
 * the Playground as real personas, Czech text, Adaptive Card actions, two
 * users against one bot, a team channel, a bot restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findPersona,
  launchBrowser,
  openTeams,
  personalChatId,
  startBot,
  startPlayground,
  TEAM,
  type BotHandle,
  type PlaygroundHandle,
  type TeamsPage,
} from './harness/index.js';

const ECHO_BOT = 'test/e2e/fixtures/echo-bot.ts';
const alex = findPersona('Alex');
const megan = findPersona('Megan');

/** The echo bot ends each text with "| aad=<from.aadObjectId> | conv=<conversation.id>". */
function identity(text: string): { aad: string; conv: string } {
  const m = /aad=(\S+) \| conv=(\S+)/.exec(text);
  if (!m?.[1] || !m[2]) throw new Error(`no identity in: ${text}`);
  return { aad: m[1], conv: m[2] };
}

describe('e2e harness (echo bot)', () => {
  let dataDir: string;
  let bot: BotHandle;
  let browser: Browser;
  const playgrounds: PlaygroundHandle[] = [];
  const pages: TeamsPage[] = [];

  async function open(persona: string): Promise<TeamsPage> {
    const pg = await startPlayground({ persona, botUrl: bot.url });
    playgrounds.push(pg);
    const page = await openTeams(browser, pg.url);
    pages.push(page);
    return page;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'e2e-echo-'));
    bot = await startBot({ dataDir, entry: ECHO_BOT });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await Promise.allSettled(pages.map((p) => p.close()));
    await Promise.allSettled(playgrounds.map((p) => p.stop()));
    await browser?.close();
    await bot?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('greets on open, echoes Czech text with a card, and card actions reach the bot', async () => {
    const teams = await open('Alex');
    const greeting = await teams.waitForBotText('Ahoj, jsem echo bot.');
    expect(identity(greeting)).toEqual({ aad: alex.aadObjectId, conv: personalChatId(alex) });

    const before = await teams.botMessageCount();
    await teams.send('Nefunguje mi tiskárna v kanceláři 312');
    const echo = await teams.waitForBotText('echo: Nefunguje mi tiskárna v kanceláři 312', { since: before });
    expect(identity(echo).aad).toBe(alex.aadObjectId);
    await teams.waitForBotText('Echo karta', { since: before });
    expect(await teams.lastBotCard()).toContain('Zpráva: Nefunguje mi tiskárna v kanceláři 312');
    await teams.screenshot('echo-alex-card');

    await teams.clickCardButton('Ano'); // Action.Submit → message with value
    const submitted = await teams.waitForBotText('submit: {"choice":"yes"}', { since: before });
    expect(identity(submitted).aad).toBe(alex.aadObjectId);

    await teams.clickCardButton('Potvrdit'); // Action.Execute → invoke adaptiveCard/action, card replaced
    await teams.waitForBotText(`execute: confirm | aad=${alex.aadObjectId}`, { since: before });
    expect(await teams.lastBotCard()).toContain('execute: confirm');
    await teams.screenshot('echo-alex-after-actions');
    expect(bot.logs.some((l) => l.includes('"name":"adaptiveCard/action"'))).toBe(true);
    expect(teams.errors).toEqual([]);
  });

  it('two personas against one bot get their own conversation and identity', async () => {
    const alexTeams = pages[0] ?? (await open('Alex'));
    const meganTeams = await open('Megan');
    await meganTeams.waitForBotText('Ahoj, jsem echo bot.');

    const a0 = await alexTeams.botMessageCount();
    const m0 = await meganTeams.botMessageCount();
    await alexTeams.send('Zapomněl jsem heslo');
    await meganTeams.send('Přebírám požadavek č. 42');
    const fromAlex = identity(await alexTeams.waitForBotText('echo: Zapomněl jsem heslo', { since: a0 }));
    const fromMegan = identity(await meganTeams.waitForBotText('echo: Přebírám požadavek č. 42', { since: m0 }));

    expect(fromAlex).toEqual({ aad: alex.aadObjectId, conv: personalChatId(alex) });
    expect(fromMegan).toEqual({ aad: megan.aadObjectId, conv: personalChatId(megan) });
    expect(fromMegan.conv).not.toBe(fromAlex.conv);
    // Each Playground shows only its own conversation.
    expect((await meganTeams.botTexts()).join('\n')).not.toContain('Zapomněl jsem heslo');
    await meganTeams.screenshot('echo-megan');
  });

  it('a channel post that @mentions the bot reaches it in the channel conversation', async () => {
    const teams = await open('Lynne');
    await teams.switchToChannel('Síť a servery');
    await teams.post('Výpadek sítě v Klatovech');
    const reply = await teams.waitForBotText('Výpadek sítě v Klatovech');
    const { aad, conv } = identity(reply);
    expect(aad).toBe(findPersona('Lynne').aadObjectId);
    expect(conv.startsWith(`${TEAM.channels[1]?.id};messageid=`)).toBe(true);
    await teams.screenshot('echo-lynne-channel');
  });

  it('restart() brings the bot back on the same port', async () => {
    const teams = pages[0] ?? (await open('Alex'));
    await teams.switchToPersonalChat();
    const port = bot.port;
    await bot.restart();
    expect(bot.port).toBe(port);
    const before = await teams.botMessageCount();
    await teams.send('Jsi zpátky?');
    await teams.waitForBotText('echo: Jsi zpátky?', { since: before });
    expect(bot.logs).toContain('--- restart ---');
  });
});
