import { MessageChannel } from 'node:worker_threads';
import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { BotThreadHost } from '../../src/threads/bot-thread-host.js';
import { ThreadChannel } from '../../src/threads/thread-channel.js';
import { OutboundGate } from '../../src/bot/outbound-gate.js';
import type { ProactiveAdapter } from '../../src/bot/proactive.js';
import { memoryLogger } from '../support/silent-logger.js';

/** The HTTP thread's host against a stand-in bot thread that replies once per turn and records what happened. */
function setUp() {
  const { port1, port2 } = new MessageChannel();
  const seen: string[] = [];
  const bot = new ThreadChannel(port2);
  const turnSeen = new Map<string, () => void>();
  bot.handle('turn', async ({ turn, activity }: { turn: number; activity: Partial<Activity> }) => {
    seen.push(`turn started: ${activity.text}`);
    turnSeen.get(activity.text!)?.();
    try {
      const [sent] = await bot.request<ResourceResponse[]>('send', { turn, op: 'send', activities: [{ type: 'message', text: `re: ${activity.text}` }] });
      seen.push(`sent as ${sent!.id}`);
    } catch (err) {
      seen.push(`send failed: ${(err as Error).message}`);
    }
  });
  const host = new BotThreadHost({
    thread: { port: port1, exited: new Promise(() => undefined), terminate: async () => undefined },
    adapter: {} as ProactiveAdapter, gate: new OutboundGate(), logger: memoryLogger().logger, onLost: () => undefined,
  });
  const started = (text: string) => new Promise<void>((resolve) => turnSeen.set(text, resolve));
  const context = (activity: Activity, sent: Partial<Activity>[]) => ({
    activity,
    sendActivities: async (activities: Partial<Activity>[]) => (sent.push(...activities), activities.map((_, i) => ({ id: `reply-${i + 1}` }))),
  }) as unknown as TurnContext;
  /** An authenticated activity announced to the host, once the bot thread has started on it. */
  const announce = async (text: string) => {
    const activity = { type: 'message', text } as Activity;
    const turnStarted = started(text);
    const done = host.authenticated(activity);
    await turnStarted;
    return { activity, done };
  };
  return { host, seen, announce, context, close: () => (port1.close(), port2.close()) };
}

describe('the HTTP thread\'s host of the bot thread', () => {
  let close: () => void = () => undefined;
  afterEach(() => close());

  it('starts the turn in the bot thread once the activity is authenticated; its replies wait for the turn context', async () => {
    const t = setUp();
    close = t.close;
    const { activity, done } = await t.announce('ahoj'); // the bot works on it before the adapter has built the turn here
    expect(t.seen).toEqual(['turn started: ahoj']);
    const sent: Partial<Activity>[] = [];
    await t.host.run(t.context(activity, sent)); // the adapter runs the logic: the reply goes out on this context
    done();
    expect(sent).toMatchObject([{ text: 're: ahoj' }]);
    expect(t.seen).toEqual(['turn started: ahoj', 'sent as reply-1']);
  });

  it('the adapter done without running the logic (failed on the way): the turn\'s replies fail, nothing waits for ever', async () => {
    const t = setUp();
    close = t.close;
    const { done } = await t.announce('ahoj');
    done();
    await expect.poll(() => t.seen).toEqual(['turn started: ahoj', 'send failed: the turn this message belongs to is over']);
  });

  it('a context whose activity was not announced (no early start) still runs its turn', async () => {
    const t = setUp();
    close = t.close;
    const sent: Partial<Activity>[] = [];
    await t.host.run(t.context({ type: 'message', text: 'later' } as Activity, sent));
    expect(sent).toMatchObject([{ text: 're: later' }]);
  });
});
