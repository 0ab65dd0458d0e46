import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ThreadChannel } from '../../src/threads/thread-channel.js';

describe('ThreadChannel', () => {
  const open: MessageChannel[] = [];
  const pair = () => {
    const ports = new MessageChannel();
    open.push(ports);
    return [new ThreadChannel(ports.port1), new ThreadChannel(ports.port2)] as const;
  };
  afterEach(() => {
    for (const { port1, port2 } of open.splice(0)) {
      port1.close();
      port2.close();
    }
  });

  it('answers a request with the handler\'s value, awaited', async () => {
    const [a, b] = pair();
    b.handle('sum', async ({ x, y }: { x: number; y: number }) => x + y);
    expect(await a.request('sum', { x: 2, y: 3 })).toBe(5);
  });

  it('carries an error\'s name, message, status and codes across, as the callers look at them', async () => {
    const [a, b] = pair();
    b.handle('send', () => {
      throw Object.assign(new Error('Forbidden'), { name: 'RestError', statusCode: 403, code: 'ERR', body: { error: { code: 'MessageWritesBlocked' } } });
    });
    await expect(a.request('send')).rejects.toMatchObject({
      name: 'RestError', message: 'Forbidden', statusCode: 403, code: 'ERR', body: { error: { code: 'MessageWritesBlocked' } },
    });
  });

  it('refuses a request of a kind nobody handles', async () => {
    const [a] = pair();
    await expect(a.request('nothing')).rejects.toThrow('no handler for nothing');
  });

  it('a value that cannot cross (a function) fails the request instead of leaving it waiting', async () => {
    const [a, b] = pair();
    b.handle('bad', () => ({ fn: () => 1 }));
    await expect(a.request('bad')).rejects.toThrow();
  });

  it('closed: the requests waiting and every later one fail with the reason', async () => {
    const [a, b] = pair();
    b.handle('slow', () => new Promise(() => undefined));
    const waiting = a.request('slow');
    a.close(new Error('the bot thread ended'));
    await expect(waiting).rejects.toThrow('the bot thread ended');
    await expect(a.request('slow')).rejects.toThrow('the bot thread ended');
  });

  it('notices keep their order with requests (a hold arrives before the message it holds)', async () => {
    const [a, b] = pair();
    const seen: string[] = [];
    b.handle('hold', (id: number) => void seen.push(`hold ${id}`));
    b.handle('send', (id: number) => void seen.push(`send ${id}`));
    a.notify('hold', 1);
    await a.request('send', 1);
    expect(seen).toEqual(['hold 1', 'send 1']);
  });
});
