import { loadConfig } from '../../src/config/load-config.js';
import { composeApp, type App, type ComposeOverrides } from '../../src/compose.js';
import type { Clock } from '../../src/services/ports.js';
import { ConnectorStub, type CapturedActivity } from './connector-stub.js';
import { messageActivity, type Persona } from './activities.js';
import { memoryLogger } from './silent-logger.js';
import { tempDir } from './temp-dir.js';

export interface TurnResult {
  status: number;
  body: string;
  replies: CapturedActivity['activity'][];
}

/**
 * The real bot (local mode, real store in a temp dir, the real Graph sandbox over HTTPS) on
 * port 0, with replies captured by a loopback connector stub, composed as production composes it
 * (`composeApp`: one process, the bot on the CloudAdapter behind the HTTP server).
 */
export class BotHarness {
  readonly connector = new ConnectorStub();
  readonly log = memoryLogger();
  app!: App;
  url = '';
  private readonly temp = tempDir('helpdesk-it-');

  private readonly overrides: Omit<ComposeOverrides, 'logger'>;
  private readonly env: Record<string, string>;

  /** `env`: extra environment for loadConfig (e.g. ALERTS_TOKEN). */
  constructor(options: Omit<ComposeOverrides, 'logger'> & { clock?: Clock; env?: Record<string, string> } = {}, readonly dataDir = '') {
    const { env = {}, ...overrides } = options;
    this.overrides = overrides;
    this.env = env;
    if (!dataDir) this.dataDir = this.temp.dir;
  }

  async start(): Promise<this> {
    await this.connector.start();
    await this.compose();
    return this;
  }

  async restart(): Promise<void> {
    await this.app.stop();
    await this.compose();
  }

  private async compose(): Promise<void> {
    const config = loadConfig({ ...this.env, DATA_DIR: this.dataDir, PORT: '0', LOG_LEVEL: 'debug' });
    const overrides = { ...this.overrides, logger: this.log.logger };
    this.app = await composeApp(config, overrides);
    this.url = (await this.app.start()).url;
  }

  /** POSTs an activity and returns the replies the bot sent while handling it, and the background work it started (channel cards…). */
  async send(activity: Record<string, unknown> | string, contentType = 'application/json'): Promise<TurnResult> {
    const before = this.connector.received.length;
    const res = await fetch(`${this.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': contentType }, body: typeof activity === 'string' ? activity : JSON.stringify(activity),
    });
    const body = await res.text();
    await this.app.settled();
    return { status: res.status, body, replies: this.connector.received.slice(before).map((r) => r.activity) };
  }

  say(from: Persona, text: string, extra: Record<string, unknown> = {}): Promise<TurnResult> {
    return this.send(messageActivity(this.connector.url, from, text, extra));
  }

  async stop(): Promise<void> {
    await this.app?.stop();
    await this.connector.stop();
    this.temp.cleanup();
  }
}

/** The text of a reply together with the text of its Adaptive Cards, for assertions. */
export function replyText(reply: CapturedActivity['activity']): string {
  const cards = (reply.attachments ?? []).map((a) => JSON.stringify(a.content));
  return [reply.text ?? '', ...cards].join('\n');
}

export function allText(replies: CapturedActivity['activity'][]): string {
  return replies.map(replyText).join('\n');
}

/**
 * What the Teams client sends when the user clicks the button titled `title` on one of these
 * replies' cards (an Action.Submit: its data as the activity's value), for `bot.say(who, '', …)`.
 */
export function press(replies: CapturedActivity['activity'][], title: string): { value: Record<string, unknown> } {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const el = node as { type?: unknown; title?: unknown; data?: Record<string, unknown> };
      if (el.type === 'Action.Submit' && el.title === title && el.data) found.push(el.data);
      Object.values(node).forEach(walk);
    }
  };
  for (const reply of replies) for (const a of reply.attachments ?? []) walk(a.content);
  if (!found.length) throw new Error(`no button "${title}" on the replies' cards`);
  return { value: found[found.length - 1]! };
}
