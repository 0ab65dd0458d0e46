import { findPersona, type Persona } from '../../../scripts/playground-personas.js';
import { freePort, startPlaygroundProcess } from '../../../scripts/playground-runner.js';

export interface StartPlaygroundOptions {
  /** A persona or its first name ("Alex", "Megan", …). */
  readonly persona: Persona | string;
  /** The bot's base URL (from startBot). */
  readonly botUrl: string;
  /** Default: a free port. */
  readonly port?: number;
}

export interface PlaygroundHandle {
  readonly url: string;
  readonly persona: Persona;
  /** The Playground's own log (activities in and out, config errors). */
  log(): string;
  stop(): Promise<void>;
}

/** Starts an Agents Playground signed in as the persona (no browser, no telemetry). */
export async function startPlayground(opts: StartPlaygroundOptions): Promise<PlaygroundHandle> {
  const persona = typeof opts.persona === 'string' ? findPersona(opts.persona) : opts.persona;
  const pg = await startPlaygroundProcess({
    persona,
    botUrl: opts.botUrl,
    port: opts.port ?? (await freePort()),
    echo: process.env.E2E_VERBOSE === '1',
  });
  return { url: pg.url, persona, log: () => pg.log(), stop: () => pg.stop() };
}
