/**
 * A page object for the Agents Playground web client (0.2.28), driven like a
 * person would: type in the message box, read what the bot answered, click
 * card buttons, switch to a team channel.
 *
 * DOM facts it relies on (atomic CSS class names are not stable, so none used):
 * - every message (chat and channel) has a `button[aria-label="Show more information"]`
 *   three levels below the message element, whose 1st child is the header
 *   (author, time) and 2nd child the body (text, cards);
 * - bot messages carry the bot's avatar `[role=img][aria-label="<bot name>"]`;
 * - Adaptive Cards render as `.ac-adaptiveCard` (buttons have `title` and
 *   `aria-label` = the action title), hero cards as `[data-tid="hero-card"]`,
 *   suggested actions as plain buttons under the last message;
 * - the message box is a Lexical editor `[data-lexical-editor=true]`: Enter sends;
 *   a channel has a "Start a new post" editor (first) and a reply box per post;
 * - the sidebar lists chats and channels as `treeitem`s named "<team> - <channel>".
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { BOT, TEAM } from '../../../scripts/playground-personas.js';

export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
const MESSAGE = 'xpath=//button[@aria-label="Show more information"]/../../..';
const CARD = '.ac-adaptiveCard, [data-tid="hero-card"]';
const EDITOR = '[data-lexical-editor=true]';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface WaitOptions {
  readonly timeout?: number;
  /** Only bot messages from this index on (see botMessageCount()). */
  readonly since?: number;
}

export interface OpenTeamsOptions {
  /** Bot display name in the Playground config. */
  readonly botName?: string;
  /** Keep the Playground's log panel open (default true: it shows the activities). */
  readonly logPanel?: boolean;
}

export type TextMatch = string | RegExp;

function matches(text: string, want: TextMatch): boolean {
  return typeof want === 'string' ? text.includes(want) : want.test(text);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class TeamsPage {
  /** Uncaught errors of the web client. */
  readonly errors: string[] = [];
  /** The channel shown now, or null for the personal chat. */
  private channel: { name: string; team: string } | null = null;

  constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly botName: string,
  ) {
    page.on('pageerror', (err) => this.errors.push(err.message));
  }

  /** Bot messages in the conversation shown now, oldest first. */
  botMessages(): Locator {
    return this.page
      .locator(MESSAGE)
      .filter({ has: this.page.locator(`[role=img][aria-label="${this.botName}"]`) });
  }

  async botMessageCount(): Promise<number> {
    return this.botMessages().count();
  }

  /** Bodies (text and card text) of the bot messages shown now. */
  async botTexts(): Promise<string[]> {
    return this.botMessages().locator('xpath=./*[2]').allInnerTexts();
  }

  async lastBotMessage(): Promise<string> {
    return (await this.botTexts()).at(-1) ?? '';
  }

  /** Waits until a bot message contains the text (or matches); returns that message's text. */
  async waitForBotText(want: TextMatch, opts: WaitOptions = {}): Promise<string> {
    const timeout = opts.timeout ?? 20_000;
    const deadline = Date.now() + timeout;
    let reopenAt: number | null = this.channel ? Date.now() + timeout / 2 : null;
    let texts: string[] = [];
    for (;;) {
      texts = (await this.botTexts()).slice(opts.since ?? 0);
      const hit = texts.find((t) => matches(t, want));
      if (hit !== undefined) return hit;
      if (Date.now() > deadline) break;
      if (reopenAt !== null && Date.now() > reopenAt) {
        // The Playground's channel view has been seen not to render a reply that arrived right after
        // the post (its log shows the reply delivered); leaving the channel and opening it again renders it.
        reopenAt = null;
        const { name, team } = this.channel!;
        await this.switchToPersonalChat();
        await this.switchToChannel(name, team);
      }
      await this.page.waitForTimeout(200);
    }
    const shot = await this.screenshot(`timeout-${Date.now()}`);
    throw new Error(
      `No bot message matching ${String(want)} (screenshot ${shot}). Last bot messages:\n` +
        texts.slice(-5).map((t) => `  > ${t.replace(/\n/g, ' ⏎ ')}`).join('\n'),
    );
  }

  /** Text of the newest card (Adaptive or hero) in the conversation shown now. */
  async lastBotCard(): Promise<string> {
    const cards = this.botMessages().locator(CARD);
    if ((await cards.count()) === 0) throw new Error('No card from the bot in this conversation');
    return cards.last().innerText();
  }

  /**
   * Clicks the newest visible button with this exact title: Adaptive Card
   * Action.Submit / Action.Execute, hero-card buttons, suggested actions.
   */
  async clickCardButton(title: string, opts: { timeout?: number } = {}): Promise<void> {
    const button = this.page.getByRole('button', { name: title, exact: true }).last();
    await button.waitFor({ state: 'visible', timeout: opts.timeout ?? 10_000 });
    await button.click();
  }

  /** How many buttons with this exact title are shown now (on cards, or as suggested actions). */
  async buttonCount(title: string): Promise<number> {
    return this.page.getByRole('button', { name: title, exact: true }).count();
  }

  /**
   * Types into the message box and presses Enter (in a channel: the reply box
   * of the last post). Lines are joined with Shift+Enter.
   */
  async send(text: string, opts: { mentionBot?: boolean } = {}): Promise<void> {
    await this.typeInto(this.page.locator(EDITOR).last(), text, opts.mentionBot ?? false);
    await this.page.keyboard.press('Enter');
  }

  /** A new post in the channel shown now, by default @mentioning the bot (as Teams requires). */
  async post(text: string, opts: { mentionBot?: boolean } = {}): Promise<void> {
    await this.typeInto(this.page.locator(EDITOR).first(), text, opts.mentionBot ?? true);
    await this.page.getByRole('button', { name: 'Post', exact: true }).click();
  }

  private async typeInto(editor: Locator, text: string, mentionBot: boolean): Promise<void> {
    await editor.click();
    if (mentionBot) {
      await this.page.keyboard.type(`@${this.botName.slice(0, 4)}`);
      await this.page.locator('[role=listbox]').getByText(this.botName, { exact: true }).click();
      await this.page.keyboard.type(' ');
    }
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (i > 0) await this.page.keyboard.press('Shift+Enter');
      await this.page.keyboard.type(line);
    }
  }

  /** Opens a channel of the team ("Service desk", "Síť a servery", "General"). */
  async switchToChannel(name: string, team: string = TEAM.name): Promise<void> {
    const item = this.page.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(`${team} - ${name}`)}$`) });
    await item.click();
    await this.page.locator(EDITOR).first().waitFor({ state: 'visible' });
    this.channel = { name, team };
  }

  async switchToPersonalChat(): Promise<void> {
    this.channel = null;
    await this.page.getByRole('treeitem', { name: /^Personal Chat/ }).click();
    await this.page.locator(EDITOR).last().waitFor({ state: 'visible' });
  }

  async closeLogPanel(): Promise<void> {
    if (await this.page.getByText('Log Panel', { exact: true }).isVisible()) {
      await this.page.locator('button[title="Toggle Log Panel"]').click();
    }
  }

  /** Saves test/e2e/screenshots/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/**
 * Opens the Playground in a fresh browser context (its own storage) and waits
 * until the client is connected. Requests to anything but loopback are
 * aborted (the client asks a CDN for fonts; there is no internet here).
 * Opening the page makes the Playground send installationUpdate and
 * conversationUpdate (membersAdded) to the bot, as a new install in Teams.
 */
export async function openTeams(browser: Browser, playgroundUrl: string, opts: OpenTeamsOptions = {}): Promise<TeamsPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'cs-CZ' });
  const page = await context.newPage();
  await page.route('**/*', (route) =>
    LOOPBACK.has(new URL(route.request().url()).hostname) ? route.continue() : route.abort(),
  );
  const teams = new TeamsPage(page, context, opts.botName ?? BOT.name);
  try {
    const socket = page.waitForEvent('websocket', { timeout: 30_000 });
    await page.goto(playgroundUrl);
    await socket;
    await page.locator(EDITOR).last().waitFor({ state: 'visible', timeout: 30_000 });
    if (opts.logPanel === false) await teams.closeLogPanel();
  } catch (err) {
    await context.close();
    throw err;
  }
  return teams;
}
