import { pino, type Logger, type LevelWithSilent } from 'pino';

/** Paths that must never reach a log line. */
const REDACT = [
  'password', '*.password', '*.*.password', 'passwordProfile', '*.passwordProfile',
  'token', '*.token', 'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization',
  'MicrosoftAppPassword', '*.MicrosoftAppPassword', 'GRAPH_CLIENT_SECRET', '*.GRAPH_CLIENT_SECRET', 'secret', '*.secret',
];

/** Structured JSON logs (pino). Log user ids, never names, passwords or tokens. */
export function createLogger(level: LevelWithSilent, destination?: NodeJS.WritableStream): Logger {
  const options = { level, base: { app: 'helpdesk-bot' }, redact: { paths: REDACT, censor: '[redacted]' } };
  return destination ? pino(options, destination as never) : pino(options);
}
