import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorStub } from '../../support/connector-stub.js';
import { LoadClient, runLoad } from '../../../bench/turn-load.js';

/** A stand-in bot: replies to the stub in the activity's conversation (unless told not to), then answers the POST. */
async function fakeBot(stub: ConnectorStub, reply: (text: string) => boolean): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      if (req.url !== '/api/messages') return void res.writeHead(200).end(); // the client's /healthz before a block
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text: string; conversation: { id: string } };
      if (reply(activity.text)) {
        await fetch(`${stub.url}/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities`, { method: 'POST', body: '{}' });
      }
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('the benchmark load generator', () => {
  let stub: ConnectorStub;
  let server: Server;
  let client: LoadClient;
  afterEach(async () => {
    await client.close();
    await new Promise((resolve) => server.close(resolve));
    await stub.stop();
  });

  async function load(reply: (text: string) => boolean) {
    stub = await new ConnectorStub({ retain: false }).start();
    server = await fakeBot(stub, reply);
    client = new LoadClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return runLoad({
      client, concurrency: 3, turnsPerConversation: 4, steps: 2,
      activity: (c, turn, step) => ({ type: 'message', text: `${turn}:${step}`, conversation: { id: `a:c${c}` } }),
      measure: (step) => step === 1,
      lastReply: (c) => stub.lastArrival.get(`a:c${c}`),
    });
  }

  it('measures a turn until its last reply reached the connector, and keeps the time until the HTTP answer beside it', async () => {
    const result = await load(() => true);
    expect(result).toMatchObject({ concurrency: 3, turns: 12, total: 24, failures: 0 });
    expect(result.answered.latencies).toHaveLength(12);
    // the reply reaches the stub before the bot answers the POST: each measure is the smaller one
    expect(result.latencies.reduce((a, b) => a + b, 0)).toBeLessThan(result.answered.latencies.reduce((a, b) => a + b, 0));
    expect(result.p50).toBeLessThanOrEqual(result.answered.p50);
    expect(stub.count).toBe(24);
  });

  it('counts a turn whose reply never arrived as failed (a reply of an earlier turn does not count)', async () => {
    const result = await load((text) => !text.endsWith(':1'));
    expect(result.failures).toBe(12);
    expect(result.latencies).toEqual(result.answered.latencies);
  });
});
