import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client-factory.js';
import { startGraphSandbox, type GraphSandbox } from '../../src/graph/sandbox/graph-sandbox-server.js';

const ALEX = '00000000-0000-0000-0000-0000000000020';
let sandbox: GraphSandbox;
let client: Client;
/** Same chain with a 250 ms per-attempt timeout, for the timeout cases only. */
let quick: Client;

async function failure(p: Promise<unknown>): Promise<GraphError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(GraphError);
  return err as GraphError;
}
const hitsTo = (path: string): number => sandbox.requests.filter((r) => r.path === `/v1.0${path}`).length;

beforeAll(async () => {
  sandbox = await startGraphSandbox();
  const options = { kind: 'sandbox', baseUrl: sandbox.url, caPem: sandbox.caPem, retry: { maxRetries: 2, delaySeconds: 0, maxRetryAfterSeconds: 1 } } as const;
  client = createGraphClient({ ...options, timeoutMs: 3000 });
  quick = createGraphClient({ ...options, timeoutMs: 250 });
});
afterAll(async () => sandbox.close());
afterEach(() => {
  sandbox.faults.clear();
  sandbox.requests.length = 0;
});

describe('Graph client against sandbox faults', () => {
  it('retries a 429 after the Retry-After it was given, and succeeds', async () => {
    sandbox.faults.add({ path: '/users/*', method: 'GET', times: 1, action: { type: 'status', status: 429, retryAfterSeconds: 0.2 } });
    const started = performance.now();
    const user = await client.api(`/users/${ALEX}`).get();
    const elapsed = performance.now() - started;
    expect(user.id).toBe(ALEX);
    expect(sandbox.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(190);
  });

  it('gives up after maxRetries and surfaces the 429 with its Retry-After', async () => {
    sandbox.faults.add({ path: '/users/**', times: 10, action: { type: 'status', status: 429, retryAfterSeconds: 0 } });
    const err = await failure(client.api(`/users/${ALEX}/manager`).get());
    expect(err.statusCode).toBe(429);
    expect(err.code).toBe('TooManyRequests');
    expect(err.headers?.get('Retry-After')).toBe('0');
    expect(hitsTo(`/users/${ALEX}/manager`)).toBe(3);
  });

  it('does not sleep through a Retry-After longer than maxRetryAfterSeconds', async () => {
    sandbox.faults.add({ path: '/users/*', action: { type: 'status', status: 429, retryAfterSeconds: 120 } });
    const err = await failure(client.api(`/users/${ALEX}`).get());
    expect(err.statusCode).toBe(429);
    expect(hitsTo(`/users/${ALEX}`)).toBe(1);
  });

  it('retries a 503 and passes a 500 straight through in Graph error shape', async () => {
    sandbox.faults.add({ path: '/users/*', times: 1, action: { type: 'status', status: 503, retryAfterSeconds: 0 } });
    expect((await client.api(`/users/${ALEX}`).get()).id).toBe(ALEX);
    sandbox.faults.add({ path: '/users/*', times: 1, action: { type: 'status', status: 500 } });
    const err = await failure(client.api(`/users/${ALEX}`).get());
    expect(err.statusCode).toBe(500);
    expect(err.code).toBe('generalException');
    expect(err.requestId).toBe(err.headers?.get('request-id'));
    expect(JSON.parse(err.body as string).innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('times out clearly when the sandbox answers later than timeoutMs', async () => {
    sandbox.faults.add({ path: '/users/*', action: { type: 'delay', ms: 1500 } });
    const started = performance.now();
    const err = await failure(quick.api(`/users/${ALEX}`).get());
    expect(err.statusCode).toBe(-1);
    expect(err.code).toBe('TimeoutError');
    expect(performance.now() - started).toBeLessThan(1200);
  });

  it('a delay shorter than the timeout is only a delay', async () => {
    sandbox.faults.add({ path: '/users/*', action: { type: 'delay', ms: 50 } });
    expect((await client.api(`/users/${ALEX}`).get()).id).toBe(ALEX);
  });

  it('fails with a network error when the sandbox drops the connection, and times out when it hangs', async () => {
    sandbox.faults.add({ path: '/users/*', action: { type: 'down', mode: 'reset' } });
    const reset = await failure(client.api(`/users/${ALEX}`).get());
    expect(reset.statusCode).toBe(-1);
    expect(reset.code).toBe('TypeError');
    sandbox.faults.add({ path: '/users/*', action: { type: 'down', mode: 'hang' } });
    const hang = await failure(quick.api(`/users/${ALEX}`).get());
    expect(hang.code).toBe('TimeoutError');
    expect((await client.api(`/users/${ALEX}`).get()).id).toBe(ALEX);
  });

  it('takes fault rules over HTTP at POST /_sandbox/faults', async () => {
    const dispatcher = new Agent({ connect: { ca: sandbox.caPem } });
    const post = await fetch(`${sandbox.url}/_sandbox/faults`, {
      method: 'POST', dispatcher, headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/users/*', method: 'GET', times: 1, action: { type: 'status', status: 500, code: 'serviceNotAvailable' } }),
    } as RequestInit);
    expect(post.status).toBe(201);
    const bad = await fetch(`${sandbox.url}/_sandbox/faults`, { method: 'POST', dispatcher, body: '{"path":"x"}' } as RequestInit);
    expect(bad.status).toBe(400);
    expect((await failure(client.api(`/users/${ALEX}`).get())).code).toBe('serviceNotAvailable');
    await dispatcher.close();
  });
});
