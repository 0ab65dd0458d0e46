import { describe, expect, it } from 'vitest';
import type { Response } from 'restify';
import { sealedResponse } from '../../../src/http/sealed-response.js';

/** A restify response that records what was sent. */
function recorder() {
  const sent: { status: number; body: unknown }[] = [];
  let statusCode = 200;
  let headersSent = false;
  const res = {
    get headersSent() {
      return headersSent;
    },
    writableEnded: false,
    socket: null,
    status: (code: number) => (statusCode = code),
    header: () => undefined,
    send: (code: number, body?: unknown) => {
      sent.push({ status: code ?? statusCode, body });
      headersSent = true;
    },
    end: () => undefined,
  };
  return { res: res as unknown as Response, sent };
}

/** What the CloudAdapter does: status, then send(body) when there is one, then end(). */
function adapterEnd(reply: ReturnType<typeof sealedResponse>, status: number, body?: unknown): void {
  reply.status(status);
  if (body) reply.send(body);
  reply.end();
}

describe('the adapter\'s answers', () => {
  it('a 401, and a 400 or 500 with the SDK\'s text, go out with a fixed body; the text goes to the report', () => {
    const reports: [number, string][] = [];
    for (const [status, body] of [[401, 'Unauthorized. Invalid AppId passed on token: x'], [500, 'request to https://login.botframework.com failed, reason: getaddrinfo ENOTFOUND'], [400, undefined], [401, undefined]] as const) {
      const { res, sent } = recorder();
      adapterEnd(sealedResponse(res, (s, d) => reports.push([s, d])), status, body);
      expect(sent, String(status)).toEqual([{ status, body: { error: { 400: 'bad request: not a Bot Framework activity', 401: 'unauthorized', 500: 'internal error' }[status] } }]);
    }
    expect(reports.map(([s]) => s)).toEqual([401, 500, 400, 401]);
    expect(reports[1]![1]).toContain('ENOTFOUND');
  });

  it('the bot\'s own invoke answers and plain successes pass unchanged', () => {
    const card = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: { type: 'AdaptiveCard' } };
    for (const [status, body] of [[200, card], [200, undefined], [501, undefined], [400, { code: 'BadRequest', message: 'the bot\'s own' }]] as const) {
      const { res, sent } = recorder();
      adapterEnd(sealedResponse(res, () => undefined), status, body);
      expect(sent, String(status)).toEqual([{ status, body }]);
    }
  });
});
