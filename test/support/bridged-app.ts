import { MessageChannel } from 'node:worker_threads';
import type { AppConfig } from '../../src/config/load-config.js';
import type { App, AppCore, ComposeOverrides } from '../../src/compose.js';
import { serveBotThread } from '../../src/threads/bot-thread.js';
import { ThreadChannel } from '../../src/threads/thread-channel.js';
import { composeThreadedApp } from '../../src/threads/threaded-app.js';
import type { BotThreadHandle } from '../../src/threads/bot-thread-host.js';

/**
 * The app as production runs it - the HTTP side and the bot core talking over a message port, every
 * turn, message, hold and alert crossing it - with the core in this thread over a `MessageChannel`
 * (structured clone and asynchronous delivery as between threads), so tests keep their overrides
 * (clock, timers, faults) and can look at the core's store and services. `lost` ends the "thread".
 */
export async function composeBridgedApp(config: AppConfig, overrides: ComposeOverrides, onLost: (error: Error) => void = () => undefined): Promise<App & { lose(): void }> {
  const { port1, port2 } = new MessageChannel();
  let ended!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (ended = resolve));
  void exited.then(() => setImmediate(() => {
    port1.close();
    port2.close();
  }));
  let core: Promise<AppCore | null> = Promise.resolve(null);
  const thread: BotThreadHandle = { port: port1, exited, terminate: async () => ended(1) };
  const app = await composeThreadedApp(config, {
    logger: overrides.logger, onThreadLost: onLost,
    thread: (threadConfig) => {
      core = serveBotThread(new ThreadChannel(port2), threadConfig, () => ended(0), overrides);
      return thread;
    },
  });
  const c = (await core)!;
  return {
    config, store: c.store, logger: c.logger, graph: c.graph, accounts: c.accounts, tickets: c.tickets, oncall: c.oncall, reports: c.reports,
    outbound: app.gate,
    settled: () => app.host.settled(),
    start: () => app.start(),
    stop: () => app.stop(),
    lose: () => ended(1),
  };
}
