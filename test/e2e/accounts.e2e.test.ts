/**
 * Account self-service (issue 5) as people see it in the Agents Playground, in Czech, against the
 * real bot process and its in-process Graph sandbox:
 * 1. Alex signs himself out everywhere (confirmation card at once: he may act only for himself → Provést → result);
 * 3. Alex may not reset Adele's password ("reset hesla pro Adele Vance") and is told why and what to do;
 * 2. Adele resets her report Lynne's password, sees the temporary password only in her personal
 *    chat, clicks "Mám ho" and the card is replaced by a redacted one;
 * 4. Megan asks for a reset of the Global Administrator: nothing changes, a ticket for the identity team;
 * 5. with one 429 (Retry-After 0.2 s) injected for the password PATCH, Megan's reset of Alex's password
 *    still succeeds after the retry.
 * The sandbox is reached over its control endpoint on a fixed GRAPH_SANDBOX_PORT.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/playground-runner.js';
import { findPersona, launchBrowser, openTeams, startBot, startPlayground, type BotHandle, type PlaygroundHandle, type TeamsPage } from './harness/index.js';
import { GraphSandboxControl } from './graph-sandbox-control.js';

const TICKET_ID = /HD-\d{4}-\d{5}/u;
const ALEX = findPersona('Alex');
const LYNNE = findPersona('Lynne');

describe('account actions in the Agents Playground (issue 5)', () => {
  let dataDir: string;
  let bot: BotHandle;
  let browser: Browser;
  let sandbox: GraphSandboxControl;
  let playground: PlaygroundHandle | undefined;
  let teams: TeamsPage | undefined;
  /** Second sessions opened by a test, closed at the end. */
  const extra: Array<{ close?: () => Promise<void>; stop?: () => Promise<void> }> = [];

  /** The persona's Teams: the open one, or a fresh Playground and browser context (closing the previous one). */
  async function signIn(persona: string): Promise<TeamsPage> {
    if (teams && playground?.persona.key === findPersona(persona).key) return teams;
    await teams?.close();
    await playground?.stop();
    teams = undefined;
    playground = await startPlayground({ persona, botUrl: bot.url });
    teams = await openTeams(browser, playground.url, { logPanel: false });
    await teams.waitForBotText('Dobrý den', { timeout: 30_000 });
    return teams;
  }

  /** Sends a command, answers "Pro koho?" with the given button; returns the index of the first new bot message. */
  async function startFor(page: TeamsPage, command: string, whom: '1. Pro mě' | '2. Pro někoho jiného'): Promise<number> {
    const before = await page.botMessageCount();
    await page.send(command);
    await page.waitForBotText('Pro koho?', { since: before });
    const chosen = await page.botMessageCount();
    await page.clickCardButton(whom);
    if (whom === '2. Pro někoho jiného') await page.waitForBotText('Napište jméno nebo přihlašovací jméno', { since: chosen });
    return chosen;
  }

  /** Types a name after "Napište jméno…"; when the bot offers a pick list, picks the person by name. */
  async function pickPerson(page: TeamsPage, name: string, want: TextOrRegExp): Promise<string> {
    const before = await page.botMessageCount();
    await page.send(name);
    const first = await page.waitForBotText(new RegExp(`Našel jsem více lidí|${source(want)}`, 'u'), { since: before });
    if (!first.includes('Našel jsem více lidí')) return first;
    const button = page.page.getByRole('button', { name: new RegExp(`^\\d+\\. ${escape(name)}$`, 'u') }).last();
    const listed = await page.botMessageCount();
    await button.click();
    return page.waitForBotText(want, { since: listed });
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'e2e-accounts-'));
    const sandboxPort = await freePort();
    bot = await startBot({ dataDir, env: { GRAPH_SANDBOX_PORT: String(sandboxPort) } });
    sandbox = new GraphSandboxControl(sandboxPort);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const x of extra.reverse()) await (x.close ?? x.stop)?.call(x);
    await teams?.close();
    await playground?.stop();
    await browser?.close();
    await bot?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  describe('Alex (employee)', () => {
    it('1. signs himself out everywhere: "odhlásit ze všech zařízení" → confirm at once (only his own account) → done', async () => {
      const page = await signIn('Alex');
      // Alex may sign out only himself: not asked "Pro koho?" (issue #24), the confirmation comes at once
      const at = await page.botMessageCount();
      await page.send('odhlásit ze všech zařízení');
      const confirm = await page.waitForBotText('Potvrďte prosím akci', { since: at });
      expect(confirm).toContain('Alex Wilber');
      expect(confirm).toContain('odhlásím ze všech zařízení a aplikací');
      expect(confirm).toContain('Odhlásit ze všech zařízení');
      await page.screenshot('accounts-1a-alex-confirm');

      await page.clickCardButton('Provést');
      const done = await page.waitForBotText(/je odhlášen ze všech zařízení/u, { since: at });
      expect(done).toContain(`Alex Wilber (${ALEX.email})`);
      expect(done).toMatch(TICKET_ID);
      expect(done).toContain('Projeví se do několika minut');
      expect(await page.lastBotCard()).not.toContain('Provést'); // the confirmation card was replaced, no buttons left
      await page.screenshot('accounts-1b-alex-signed-out');

      const records = await sandbox.records();
      expect(records.revokedSessions.map((r) => r.userId)).toContain(ALEX.aadObjectId);
    });

    it('3. may not reset Adele\'s password: told why and what to do instead', async () => {
      const page = await signIn('Alex');
      const changes = (await sandbox.records()).passwordChanges.length;
      // Alex may act only on his own account, so he is not asked "Pro koho?" (issue #24): he names her
      const refusal = await pickPerson(page, 'reset hesla pro Adele Vance', 'Tuto akci pro jiného uživatele provést nemohu');
      expect(refusal).toContain('smí ji vyžádat jen jeho vedoucí nebo technik OIT');
      expect(refusal).toContain('Požádejte prosím vedoucího dotyčného, nebo založte požadavek');
      expect(refusal).not.toContain('Provést');
      await page.screenshot('accounts-3-alex-refused');
      expect((await sandbox.records()).passwordChanges).toHaveLength(changes);
    });
  });

  describe('Adele (head of OIT)', () => {
    it('2. resets a direct report\'s password, gets the temporary password in her chat, "Mám ho" hides it', async () => {
      const page = await signIn('Adele');
      const at = await startFor(page, 'reset hesla', '2. Pro někoho jiného');
      const confirm = await pickPerson(page, LYNNE.name, 'Potvrďte prosím akci');
      expect(confirm).toContain(LYNNE.name);
      expect(confirm).toContain('nastavím nové dočasné heslo');
      await page.screenshot('accounts-2a-adele-confirm');

      await page.clickCardButton('Provést');
      const done = await page.waitForBotText(/Heslo účtu .* je resetováno/u, { since: at });
      expect(done).toContain(LYNNE.name);
      expect(done).toMatch(TICKET_ID);
      const secretCard = await page.waitForBotText(`Dočasné heslo pro ${LYNNE.name}`, { since: at });
      expect(secretCard).toContain('Kartu za 10 min skryji');
      const lines = secretCard.split('\n').map((l) => l.trim()).filter(Boolean);
      const password = lines[lines.findIndex((l) => l.startsWith('Dočasné heslo pro')) + 1] ?? '';
      expect(password).toMatch(/^\S{12,}$/u);
      const changes = (await sandbox.records()).passwordChanges;
      expect(changes.at(-1)).toMatchObject({ userId: LYNNE.aadObjectId, forceChangePasswordNextSignIn: true });
      await page.screenshot('accounts-2b-adele-temp-password');

      await page.clickCardButton('Mám ho');
      await page.waitForBotText(`Dočasné heslo pro ${LYNNE.name} (${LYNNE.email}) bylo skryto.`, { since: at });
      const texts = await page.botTexts();
      expect(texts.filter((t) => t.includes(password))).toEqual([]);
      expect(texts.some((t) => t.includes('Mám ho'))).toBe(false);
      await page.screenshot('accounts-2c-adele-redacted');
    });

    it('2. then sees the reset in "historie účtů", in Czech', async () => {
      const page = await signIn('Adele');
      const before = await page.botMessageCount();
      await page.send('historie účtů');
      const audit = await page.waitForBotText('Historie akcí s účty', { since: before });
      expect(audit).toMatch(new RegExp(`Reset hesla: ${LYNNE.name} ← Adele Vance · provedeno · ${TICKET_ID.source}`, 'u'));
      expect(audit).not.toContain('Alex Wilber'); // not her report
      await page.screenshot('accounts-2d-adele-audit');
    });
  });

  describe('Megan (service-desk technician)', () => {
    it('4. a reset for the Global Administrator opens a ticket for the identity team instead', async () => {
      const page = await signIn('Megan');
      const changes = (await sandbox.records()).passwordChanges.length;
      await startFor(page, 'reset hesla', '2. Pro někoho jiného');
      const reply = await pickPerson(page, 'Správce Globální', 'privilegovaný');
      expect(reply).toContain('Tento účet je privilegovaný, takže ho automaticky neměním.');
      expect(reply).toMatch(new RegExp(`Založil jsem požadavek ${TICKET_ID.source} pro tým Identity a účty`, 'u'));
      expect(reply).not.toContain('Provést');
      await page.screenshot('accounts-4-megan-privileged-ticket');
      expect((await sandbox.records()).passwordChanges).toHaveLength(changes);
    });

    it('5. with one 429 (Retry-After 0.2 s) on the password PATCH, the reset succeeds after the retry', async () => {
      const page = await signIn('Megan');
      // Alex has the bot open too (his own Playground): he is told what was done to his account.
      const alexPlayground = await startPlayground({ persona: 'Alex', botUrl: bot.url });
      extra.push(alexPlayground);
      const alexTeams = await openTeams(browser, alexPlayground.url, { logPanel: false });
      extra.push(alexTeams);
      await alexTeams.waitForBotText('Dobrý den, Alex Wilber', { timeout: 30_000 });
      const alexBefore = await alexTeams.botMessageCount();
      await sandbox.clearFaults();
      await sandbox.addFault({
        path: `/users/${ALEX.aadObjectId}`, method: 'PATCH', times: 1,
        action: { type: 'status', status: 429, retryAfterSeconds: 0.2 },
      });
      const served = (await sandbox.records()).faultsServed.length;

      const at = await startFor(page, 'reset hesla', '2. Pro někoho jiného');
      await pickPerson(page, ALEX.name, 'Potvrďte prosím akci');
      await page.screenshot('accounts-5a-megan-confirm-with-429-armed');
      await page.clickCardButton('Provést');
      const done = await page.waitForBotText(/Heslo účtu .* je resetováno/u, { since: at });
      expect(done).toContain(ALEX.name);
      expect(done).toMatch(TICKET_ID);
      expect(done).not.toContain('přetížený');
      await page.waitForBotText(`Dočasné heslo pro ${ALEX.name}`, { since: at });
      await page.screenshot('accounts-5b-megan-reset-after-retry');

      const records = await sandbox.records();
      expect(records.faultsServed.slice(served)).toEqual([
        { method: 'PATCH', path: `/users/${ALEX.aadObjectId}`, action: { type: 'status', status: 429, retryAfterSeconds: 0.2 } },
      ]);
      expect((await sandbox.pendingFaults()).value).toEqual([]);
      expect(records.passwordChanges.at(-1)).toMatchObject({ userId: ALEX.aadObjectId, forceChangePasswordNextSignIn: true });

      const notice = await alexTeams.waitForBotText('vám nechal(a) resetovat heslo', { since: alexBefore });
      expect(notice).toContain('Megan Bowen');
      expect(notice).toMatch(TICKET_ID);
      expect((await alexTeams.botTexts()).join('\n')).not.toContain('něco se pokazilo');
      await alexTeams.screenshot('accounts-5c-alex-told');

      await page.clickCardButton('Mám ho');
      await page.waitForBotText(`Dočasné heslo pro ${ALEX.name} (${ALEX.email}) bylo skryto.`, { since: at });
    });
  });
});

type TextOrRegExp = string | RegExp;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function source(want: TextOrRegExp): string {
  return typeof want === 'string' ? escape(want) : want.source;
}
