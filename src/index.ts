import { loadConfig } from './config/load-config.js';
import { ConfigError } from './config/config-error.js';
import type { RunningApp } from './threads/threaded-app.js';

/** Production and local entry: load config, compose, start, stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  // imported by mode: with the bot in its worker, this thread loads only the HTTP side
  const app: RunningApp = config.env.BOT_THREADS === 'worker'
    ? await (await import('./threads/threaded-app.js')).composeThreadedApp(config, {
      // the store is the bot thread's: without it nothing can be served; exit for a restart
      onThreadLost: () => process.exit(1),
    })
    : await (await import('./compose.js')).composeApp(config);
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
