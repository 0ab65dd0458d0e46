import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEchoServer } from '../../../bench/echo-bot.js';
import { median, medianBlock } from '../../../bench/blocks.js';
import type { LoadResult } from '../../../bench/turn-load.js';
import { ConnectorStub } from '../../support/connector-stub.js';
import { ALEX, messageActivity } from '../../support/activities.js';
import { memoryLogger } from '../../support/silent-logger.js';
import { tempDir } from '../../support/temp-dir.js';

describe('the durable echo (the benchmark floor)', () => {
  const temp = tempDir('durable-echo-');
  const stub = new ConnectorStub();
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    await stub.stop();
    temp.cleanup();
  });

  it('appends one line to its journal before it answers each message with the echo and a card', async () => {
    await stub.start();
    const journal = path.join(temp.dir, 'echo.journal');
    const echo = await createEchoServer(memoryLogger().logger, journal);
    close = echo.close;
    const { url } = await echo.server.listen(0, '127.0.0.1');
    for (const text of ['první', 'druhá']) {
      const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(stub.url, ALEX, text)) });
      expect(res.status).toBe(200);
    }
    const lines = readFileSync(journal, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string });
    expect(lines.map((l) => l.text)).toEqual(['první', 'druhá']);
    expect(stub.received.map((r) => r.activity.text)).toEqual(['echo: první', 'echo: druhá']);
    expect(stub.received[0]!.activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });
});

describe('the median block', () => {
  const block = (p50: number) => ({ p50 }) as LoadResult;

  it('is the middle block\'s figure, between the two middle ones for an even count', () => {
    expect(medianBlock([block(9), block(1), block(5), block(7), block(3)], (r) => r.p50)).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
