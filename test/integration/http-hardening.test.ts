/**
 * What POST /api/messages and /api/alerts accept before anything else looks at a request (issue
 * #22): application/json only, the body limit after gzip decoding, a nesting limit, a 400 for what
 * is not an activity, and fixed bodies that never carry an internal error. Local mode; production
 * mode's token check is in production-auth.test.ts, the same bombs against the bot process in
 * request-bombs.test.ts and `npm run test:faults`.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { ALEX, messageActivity } from '../support/activities.js';
import { gzipBomb, post } from '../support/request-attacks.js';

const NOW = new Date('2026-11-26T09:15:00Z');
const TOKEN = 'test-alerts-token-0123456789abcdef';

describe('the HTTP endpoints refuse what they do not accept, before it costs anything', () => {
  let bot: BotHarness;
  let port: number;
  beforeEach(async () => {
    bot = await new BotHarness({ clock: { now: () => NOW }, env: { ALERTS_TOKEN: TOKEN } }).start();
    port = Number(new URL(bot.url).port);
  });
  afterEach(async () => bot.stop());

  const tickets = () => bot.app.store.keys('tickets').length;
  const activity = (text: string) => JSON.stringify(messageActivity(bot.connector.url, ALEX, text));
  const alive = async () => (await fetch(`${bot.url}/healthz`)).status;

  it('a gzip body that inflates past the limit gets 413, alone or four at once, and the bot stays up', async () => {
    const one = await post(port, '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipBomb(51));
    expect(one.status).toBe(413);
    expect(JSON.parse(one.body)).toEqual({ error: 'request body too large: at most 524288 bytes (decoded)' });
    const four = await Promise.all(Array.from({ length: 4 }, () => post(port, '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipBomb(51))));
    expect(four.map((a) => a.status)).toEqual([413, 413, 413, 413]);
    expect(await alive()).toBe(200);
    expect(tickets()).toBe(0);
  });

  it('a gzip body within the limit is read as JSON; other encodings get 415', async () => {
    const gz = await post(port, '/api/messages', { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip' }, gzipSync(activity('nápověda')));
    expect(gz.status).toBe(200);
    expect(allText(bot.connector.received.map((r) => r.activity))).toContain('moje požadavky');
    const deflate = await post(port, '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'br' }, Buffer.from(activity('nápověda')));
    expect(deflate.status).toBe(415);
  });

  it('only application/json: multipart (no temp files), form posts and text/plain get 415 and run nothing', async () => {
    const before = new Set(readdirSync(tmpdir()));
    const boundary = '----x';
    const multipart = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n${'x'.repeat(100_000)}\r\n--${boundary}--\r\n`);
    const answers = [
      await post(port, '/api/messages', { 'content-type': `multipart/form-data; boundary=${boundary}` }, multipart),
      await post(port, '/api/messages', { 'content-type': 'application/x-www-form-urlencoded' }, Buffer.from(`type=message&text=${encodeURIComponent('Nefunguje mi tiskárna')}`)),
      await post(port, '/api/messages', { 'content-type': 'text/plain' }, Buffer.from(activity('Nefunguje mi tiskárna'))),
      await post(port, '/api/messages', { 'content-type': 'application/json; charset=iso-8859-2' }, Buffer.from(activity('nápověda'))),
      await post(port, '/api/alerts', { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${TOKEN}` }, multipart),
      await post(port, '/api/alerts', { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${TOKEN}` }, Buffer.from('key=a&title=b')),
    ];
    expect(answers.map((a) => a.status)).toEqual([415, 415, 415, 415, 415, 415]);
    expect(JSON.parse(answers[0]!.body)).toEqual({ error: 'unsupported media type: send application/json' });
    expect(readdirSync(tmpdir()).filter((f) => !before.has(f) && f.startsWith('upload_'))).toEqual([]);
    expect(bot.connector.received).toHaveLength(0);
    expect(bot.app.store.values('pages')).toHaveLength(0);
  });

  it('deeply nested JSON gets 400 with a fixed body, not a stack overflow', async () => {
    const arrays = await post(port, '/api/messages', { 'content-type': 'application/json' }, Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`));
    const inValue = await post(port, '/api/messages', { 'content-type': 'application/json' }, Buffer.from(activity('x').replace(/\}$/u, `,"value":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`)));
    const alert = await post(port, '/api/alerts', { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, Buffer.from(`{"key":"k","title":"t","description":${'['.repeat(20_000)}${']'.repeat(20_000)}}`));
    for (const answer of [arrays, inValue, alert]) {
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({ error: 'invalid JSON: nested deeper than 64 levels' });
    }
    // an ordinary card action's nesting is far from the limit
    expect((await bot.say(ALEX, '', { value: { helpdeskAction: 'confirm', answer: 'yes', nested: { a: { b: { c: { d: [[[1]]] } } } } } })).status).toBe(200);
    expect(await alive()).toBe(200);
  });

  it('what is not an activity gets 400 with a fixed body (no type, a type that is not text, not an object), never 500', async () => {
    const bodies = ['{"text":"ahoj"}', '[]', '"message"', 'null', '{"type":5,"text":"ahoj"}', '{"type":""}'];
    for (const body of bodies) {
      const answer = await post(port, '/api/messages', { 'content-type': 'application/json' }, Buffer.from(body));
      expect(answer.status, body.slice(0, 40)).toBe(400);
      expect(answer.body, body.slice(0, 40)).not.toMatch(/Zod|stack|at |TypeError|Maximum/u);
      expect(JSON.parse(answer.body).error, body.slice(0, 40)).toMatch(/^bad request/u);
    }
    expect(bot.connector.received).toHaveLength(0);
    expect(tickets()).toBe(0);
  });

  it('a body without a declared length is counted as it arrives: over the limit it gets 413', async () => {
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 0x20));
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: Readable.toWeb(Readable.from(chunks)) as ReadableStream, duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await alive()).toBe(200);
  });

  it('a client that goes away in the middle of its body leaves nothing waiting: the bot goes on answering', async () => {
    const { request } = await import('node:http');
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '100000' } });
        req.on('error', () => resolve());
        req.write('{"type":"message","text":"', () => setTimeout(() => {
          req.destroy();
          resolve();
        }, 5));
      });
    }
    // each read was given up (and answered), none left waiting for a body that will never come
    await vi.waitFor(() => expect(bot.log.lines.filter((l) => l.reason === 'request aborted')).toHaveLength(20));
    expect(await alive()).toBe(200);
    expect((await bot.say(ALEX, 'nápověda')).status).toBe(200);
  });

  it('the alert endpoint: a gzip bomb behind a valid token gets 413, and an alert still works afterwards', async () => {
    const bomb = await post(port, '/api/alerts', { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${TOKEN}` }, gzipBomb(51));
    expect(bomb.status).toBe(413);
    const res = await fetch(`${bot.url}/api/alerts`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ key: 'k1', title: 'Switch nedostupný', team: 'network', organisation: 'KU' }),
    });
    expect(res.status).toBe(202);
  });
});
