import { loadConfig } from './config/load-config.js';
import { ConfigError } from './config/config-error.js';
import { createLogger } from './logging/logger.js';
import { JsonStore } from './store/json-store.js';

/** Production and local entry: load config, compose, start, stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.env.LOG_LEVEL);
  // the store first (its lock): a second bot on the same DATA_DIR, or a corrupt file, is refused
  // at once, before the bot (SDK, Graph, triage) is loaded
  const store = await JsonStore.open({ dataDir: config.env.DATA_DIR, logger });
  const { composeApp, clockFor } = await import('./compose.js');
  const clock = clockFor(config);
  const demo = await import('./demo-history.js');
  if (demo.demoHistoryWanted(config, store)) await demo.seedDemoHistory(config, store, logger, clock);
  const app = await composeApp(config, { logger, store, clock });
  await app.start();
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'stopping');
    app.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        app.logger.error({ err: (err as Error).message }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  const message = err instanceof ConfigError || (err instanceof Error && /^Store/u.test(err.name))
    ? err.message
    : `The helpdesk bot could not start: ${(err as Error)?.stack ?? String(err)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
