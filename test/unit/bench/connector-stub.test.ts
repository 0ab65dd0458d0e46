import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorStub } from '../../support/connector-stub.js';

const post = (stub: ConnectorStub, body: string) => fetch(`${stub.url}/v3/conversations/a%3Ax/activities`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('the loopback connector stub', () => {
  let stub: ConnectorStub;
  afterEach(async () => stub.stop());

  it('keeps every reply, parsed, for tests to look at', async () => {
    stub = await new ConnectorStub().start();
    const res = await post(stub, JSON.stringify({ type: 'message', text: 'ahoj' }));
    expect(await res.json()).toEqual({ id: 'activity-1' });
    expect(stub.count).toBe(1);
    expect(stub.received).toMatchObject([{ method: 'POST', conversationId: 'a:x', activity: { text: 'ahoj' } }]);
  });

  it('with retain: false answers each reply with an id as the connector does, counts it and keeps nothing', async () => {
    stub = await new ConnectorStub({ retain: false }).start();
    const answers = await Promise.all([1, 2, 3].map(async (n) => (await post(stub, JSON.stringify({ type: 'message', text: 'x'.repeat(n * 50_000) }))).json()));
    expect(answers.map((a) => (a as { id: string }).id).sort()).toEqual(['activity-1', 'activity-2', 'activity-3']);
    expect(stub.count).toBe(3);
    expect(stub.received).toEqual([]);
  });

  it.each([true, false])('records when the last reply of each conversation arrived (retain: %s)', async (retain) => {
    stub = await new ConnectorStub({ retain }).start();
    const before = performance.now();
    await post(stub, JSON.stringify({ type: 'message', text: 'one' }));
    const first = stub.lastArrival.get('a:x')!;
    await fetch(`${stub.url}/v3/conversations/a%3Ay/activities/reply-1`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    await post(stub, JSON.stringify({ type: 'message', text: 'two' }));
    expect(first).toBeGreaterThanOrEqual(before);
    expect(stub.lastArrival.get('a:x')).toBeGreaterThan(stub.lastArrival.get('a:y')!);
    expect(stub.lastArrival.get('a:y')).toBeGreaterThan(first);
    expect([...stub.lastArrival.keys()].sort()).toEqual(['a:x', 'a:y']);
  });
});
