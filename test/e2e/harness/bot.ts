import { mkdirSync } from 'node:fs';
import { freePort, startBotProcess, type ManagedProcess } from '../../../scripts/playground-runner.js';

export interface StartBotOptions {
  /** The bot's DATA_DIR (created if missing). */
  readonly dataDir: string;
  /** Default: a free port. */
  readonly port?: number;
  /** Extra environment for the bot. */
  readonly env?: NodeJS.ProcessEnv;
  /** TypeScript entry run with tsx, relative to the repo root. Default `src/index.ts`. */
  readonly entry?: string;
  /** Print the bot's output (also on with E2E_VERBOSE=1). */
  readonly echo?: boolean;
}

export interface BotHandle {
  /** Base URL, e.g. http://127.0.0.1:41234 (the Playground appends /api/messages). */
  readonly url: string;
  readonly port: number;
  /** Output lines of every run of the bot so far, oldest first. */
  readonly logs: readonly string[];
  /** Stops the bot and starts it again on the same port and DATA_DIR (with `env` on top of the first run's). */
  restart(env?: NodeJS.ProcessEnv): Promise<void>;
  stop(): Promise<void>;
}

/** Spawns the bot (own process group), waits for GET /healthz. */
export async function startBot(opts: StartBotOptions): Promise<BotHandle> {
  const port = opts.port ?? (await freePort());
  mkdirSync(opts.dataDir, { recursive: true });
  const earlier: string[] = [];
  let env = opts.env;
  const launch = (): Promise<ManagedProcess> =>
    startBotProcess({
      entry: opts.entry,
      port,
      dataDir: opts.dataDir,
      env,
      echo: opts.echo ?? process.env.E2E_VERBOSE === '1',
    });
  let proc = await launch();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get logs() {
      return [...earlier, ...proc.logs];
    },
    async restart(more) {
      await proc.stop();
      env = { ...env, ...more };
      earlier.push(...proc.logs, '--- restart ---');
      proc = await launch();
    },
    stop: () => proc.stop(),
  };
}
