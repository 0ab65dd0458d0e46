import { describe, expect, it } from 'vitest';
import { createPipelineRequest, type PipelineResponse, type SendRequest } from '@azure/core-rest-pipeline';
import { OutboundGate, OutboundHeldError, conversationOf } from '../../src/bot/outbound-gate.js';

/** The gate as the connector client's pipeline runs it: its policy, then `next` (the wire). */
function wire(gate: OutboundGate) {
  const sent: string[] = [];
  const policies: { sendRequest(request: ReturnType<typeof createPipelineRequest>, next: SendRequest): Promise<PipelineResponse> }[] = [];
  gate.install({ client: { pipeline: { addPolicy: (p: (typeof policies)[number]) => policies.push(p) } } } as never);
  const next: SendRequest = async (request) => {
    sent.push(request.url);
    return { request, status: 200, headers: request.headers } as PipelineResponse;
  };
  const send = (conversation: string) => policies[0]!.sendRequest(
    createPipelineRequest({ url: `https://smba.example/teams/v3/conversations/${encodeURIComponent(conversation)}/activities/1`, method: 'POST' }), next);
  return { sent, send };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('OutboundGate', () => {
  it('reads the conversation of a Bot Connector URL, encoded or not', () => {
    expect(conversationOf('https://smba.example/amer/v3/conversations/a%3A1Xk_p%2Fq/activities/x')).toBe('a:1Xk_p/q');
    expect(conversationOf('http://127.0.0.1:1/v3/conversations/19:abc@thread.tacv2;messageid=1/activities')).toBe('19:abc@thread.tacv2;messageid=1');
    expect(conversationOf('https://smba.example/v3/conversations/a%3A1?x=1')).toBe('a:1');
    expect(conversationOf('https://login.example/oauth2/token')).toBeNull();
    expect(conversationOf('https://smba.example/v3/conversations/')).toBeNull();
    expect(conversationOf('https://smba.example/v3/conversations/%E0%A4%A/activities')).toBeNull();
  });

  it('holds a message to the conversation until the write is done, and lets others through', async () => {
    const gate = new OutboundGate();
    const { sent, send } = wire(gate);
    const write = deferred();
    gate.hold('a:alex', write.promise);
    const held = send('a:alex');
    await send('a:isaiah');
    await flush();
    expect(sent).toEqual([expect.stringContaining('a%3Aisaiah')]);
    expect(gate.waiting).toBe(1);
    write.resolve();
    await held;
    expect(sent).toHaveLength(2);
    expect(gate.waiting).toBe(0);
    await send('a:alex'); // fulfilled: the hold is gone by itself
    expect(sent).toHaveLength(3);
  });

  it('fails the held message when the write fails, and keeps failing until released', async () => {
    const gate = new OutboundGate();
    const { sent, send } = wire(gate);
    const write = deferred();
    const release = gate.hold('a:alex', write.promise);
    const held = send('a:alex');
    write.reject(new Error('EIO: i/o error, write'));
    await expect(held).rejects.toBeInstanceOf(OutboundHeldError);
    await expect(send('a:alex')).rejects.toThrow(/not sent: what it announces was not saved \(EIO/u);
    expect(sent).toEqual([]);
    release();
    await send('a:alex');
    expect(sent).toHaveLength(1);
  });

  it('holds for every write of the conversation when two overlap', async () => {
    const gate = new OutboundGate();
    const { sent, send } = wire(gate);
    const first = deferred();
    const second = deferred();
    gate.hold('19:team@thread', first.promise);
    gate.hold('19:team@thread', second.promise);
    const held = send('19:team@thread');
    second.resolve();
    await flush();
    expect(sent).toEqual([]);
    first.resolve();
    await held;
    expect(sent).toHaveLength(1);
  });

  it('refuses a connector client without the pipeline it needs, instead of sending unheld', () => {
    expect(() => new OutboundGate().install({} as never)).toThrow(/no request pipeline/u);
  });
});
