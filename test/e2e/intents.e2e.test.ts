/**
 * The intent layer (issue #24) as people see it in the Agents Playground, in Czech, against the real
 * bot process and its in-process Graph sandbox:
 * 1. Alex signs himself out everywhere with a phrasing that is not in the help;
 * 2. Megan (a technician) resets Alex's password with an imperative sentence;
 * 3. Adele asks an off-topic question and gets a short answer, no ticket.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/playground-runner.js';
import { findPersona, launchBrowser, openTeams, startBot, startPlayground, type BotHandle, type PlaygroundHandle, type TeamsPage } from './harness/index.js';
import { GraphSandboxControl } from './graph-sandbox-control.js';

const ALEX = findPersona('Alex');

describe('people say it their way (issue #24)', () => {
  let dataDir: string;
  let bot: BotHandle;
  let browser: Browser;
  let sandbox: GraphSandboxControl;
  let playground: PlaygroundHandle | undefined;
  let teams: TeamsPage | undefined;

  async function signIn(persona: string): Promise<TeamsPage> {
    await teams?.close();
    await playground?.stop();
    teams = undefined;
    playground = await startPlayground({ persona, botUrl: bot.url });
    teams = await openTeams(browser, playground.url, { logPanel: false });
    await teams.waitForBotText('Dobrý den', { timeout: 30_000 });
    return teams;
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'e2e-intents-'));
    const sandboxPort = await freePort();
    bot = await startBot({ dataDir, env: { GRAPH_SANDBOX_PORT: String(sandboxPort) } });
    sandbox = new GraphSandboxControl(sandboxPort);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await teams?.close();
    await playground?.stop();
    await browser?.close();
    await bot?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('1. Alex: "Ztratil jsem mobil, odhlaste mě prosím všude" → the sign-out confirmation at once → Provést → done', async () => {
    const page = await signIn('Alex');
    const at = await page.botMessageCount();
    await page.send('Ztratil jsem mobil, odhlaste mě prosím všude');
    const confirm = await page.waitForBotText('Potvrďte prosím akci', { since: at });
    expect(confirm).toContain('Alex Wilber');
    expect(confirm).toContain('odhlásím ze všech zařízení');
    await page.screenshot('intents-1a-alex-sign-out');
    await page.clickCardButton('Provést');
    const done = await page.waitForBotText(/je odhlášen ze všech zařízení/u, { since: at });
    expect(done).toContain('Alex Wilber');
    expect((await sandbox.records()).revokedSessions.map((r) => r.userId)).toContain(ALEX.aadObjectId);
    await page.screenshot('intents-1b-alex-signed-out');
  });

  it('2. Megan: "resetuj heslo pro Alexe Wilbera" → the confirmation for Alex, not a ticket', async () => {
    const page = await signIn('Megan');
    const at = await page.botMessageCount();
    await page.send('resetuj heslo pro Alexe Wilbera');
    const confirm = await page.waitForBotText('Potvrďte prosím akci', { since: at });
    expect(confirm).toContain('Alex Wilber');
    expect(confirm).not.toContain('Mám založit tento požadavek');
    await page.screenshot('intents-2-megan-reset');
  });

  it('3. Adele: "jaký bude zítra počasí v Plzni?" → what the bot is for, no ticket', async () => {
    const page = await signIn('Adele');
    const at = await page.botMessageCount();
    await page.send('jaký bude zítra počasí v Plzni?');
    const answer = await page.waitForBotText('pomocník helpdesku odboru informatiky', { since: at });
    expect(answer).not.toContain('Mám založit');
    expect(answer).not.toContain('S čím u účtu');
    await page.screenshot('intents-3-adele-off-topic');
  });
});
