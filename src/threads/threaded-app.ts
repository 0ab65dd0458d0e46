import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/load-config.js';
import { adapterSettings, createAdapter } from '../bot/create-adapter.js';
import { requestAuthenticator } from '../bot/request-authenticator.js';
import { OutboundGate } from '../bot/outbound-gate.js';
import { AlertGuard } from '../alert-guard.js';
import { HttpServer } from '../server.js';
import { createLogger } from '../logging/logger.js';
import { BotThreadHost, startWorkerThread, type BotThreadHandle } from './bot-thread-host.js';

/** The app as its entry point runs it. */
export interface RunningApp {
  readonly logger: Logger;
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
}

export interface ThreadedAppOptions {
  logger?: Logger;
  /** Starts the bot thread with `config` (tests run it over a MessageChannel in their own thread). */
  thread?: (config: AppConfig, logger: Logger) => BotThreadHandle;
  /** The bot thread ended unexpectedly: turns fail from now on (the entry point exits for a restart). */
  onThreadLost: (error: Error) => void;
}

/**
 * The app in two threads. This one takes HTTP - restify, the CloudAdapter, the outbound gate and
 * the connector clients, the alert endpoint's token check; the bot thread runs the rest - store,
 * Graph, triage, dialogs, services, jobs (`bot-thread.ts`). On two cores the work of a turn is
 * split between them, and a long piece of bot work (a full GC of a large store, a compaction) does
 * not stop the server from taking requests.
 */
export async function composeThreadedApp(config: AppConfig, options: ThreadedAppOptions): Promise<RunningApp & { host: BotThreadHost; gate: OutboundGate }> {
  const logger = options.logger ?? createLogger(config.env.LOG_LEVEL);
  const gate = new OutboundGate();
  // each authenticated activity goes to the bot thread at once, while the adapter builds its turn here
  const starter = { authenticated: (activity: Activity) => host.authenticated(activity) };
  const adapter = createAdapter(adapterSettings(config), gate, starter);
  const thread = (options.thread ?? startWorkerThread)(config, logger);
  const host = new BotThreadHost({ thread, adapter, gate, logger, onLost: options.onThreadLost });
  try {
    await host.started();
  } catch (err) {
    await thread.terminate();
    throw err;
  }
  const guard = new AlertGuard(config.env.ALERTS_TOKEN, logger.child({ feature: 'alerts' }));
  const server = new HttpServer({
    adapter, bot: host, logger, maxBodyBytes: config.env.MAX_BODY_BYTES, isReady: () => host.ready(), authenticator: requestAuthenticator(config, logger),
    alerts: { authorise: (header) => guard.authorise(header), handle: (body) => host.alert(body) },
  });
  return {
    logger, host, gate,
    start: async () => {
      const address = await server.listen(config.env.PORT, config.env.HOST);
      await host.startJobs();
      logger.info({ mode: config.mode, url: address.url, threads: 'http + bot' }, 'helpdesk bot listening');
      return address;
    },
    stop: async () => {
      await server.close(); // no new turns or alerts; those in flight finish
      await host.stop();
    },
  };
}
