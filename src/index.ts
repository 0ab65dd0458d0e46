import type { Logger } from 'pino';
import { loadConfig } from './config/load-config.js';
import { ConfigError } from './config/config-error.js';
import { createLogger } from './logging/logger.js';
import { JsonStore } from './store/json-store.js';

/**
 * Production and local entry: load config, compose, start, stop cleanly on SIGTERM/SIGINT. The
 * signal handlers come first: a signal sent while the bot is still starting (as PID 1 in a
 * container nothing else would act on it) stops the bot as soon as what has started can be stopped.
 */
async function main(): Promise<void> {
  let signalled: string | null = null;
  let stop: ((signal: string) => void) | null = null;
  const onSignal = (signal: string): void => {
    if (stop) stop(signal);
    else signalled ??= signal;
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));

  const config = loadConfig();
  const logger = createLogger(config.env.LOG_LEVEL);
  // the store first (its lock): a second bot on the same DATA_DIR, or a corrupt file, is refused
  // at once, before the bot (SDK, Graph, triage) is loaded
  const store = await JsonStore.open({ dataDir: config.env.DATA_DIR, logger });
  if (signalled) return stopAndExit(logger, signalled, () => store.close());
  const { composeApp, clockFor } = await import('./compose.js');
  const clock = clockFor(config);
  const demo = await import('./demo-history.js');
  if (demo.demoHistoryWanted(config, store)) await demo.seedDemoHistory(config, store, logger, clock);
  if (signalled) return stopAndExit(logger, signalled, () => store.close());
  const app = await composeApp(config, { logger, store, clock });
  if (signalled) return stopAndExit(logger, signalled, () => app.stop());
  await app.start();
  stop = (signal) => {
    stop = () => {}; // once
    stopAndExit(app.logger, signal, () => app.stop());
  };
  if (signalled) stop(signalled);
}

function stopAndExit(logger: Logger, signal: string, stop: () => Promise<void>): void {
  logger.info({ signal }, 'stopping');
  stop().then(
    () => process.exit(0),
    (err: unknown) => {
      logger.error({ err: (err as Error).message }, 'stop failed');
      process.exit(1);
    },
  );
}

main().catch((err: unknown) => {
  const message = err instanceof ConfigError || (err instanceof Error && /^Store/u.test(err.name))
    ? err.message
    : `The helpdesk bot could not start: ${(err as Error)?.stack ?? String(err)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
