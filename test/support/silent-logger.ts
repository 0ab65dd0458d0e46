import { Writable } from 'node:stream';
import { createLogger } from '../../src/logging/logger.js';

/** A logger whose JSON lines are kept in memory, so tests can assert on them. */
export function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger('debug', sink);
  return { logger, lines, text: () => lines.map((l) => JSON.stringify(l)).join('\n') };
}
