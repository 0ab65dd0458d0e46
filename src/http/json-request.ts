import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { createGunzip } from 'node:zlib';

/** Deeper JSON is refused before it is parsed: Teams activities nest about ten levels, cards a few more. */
export const MAX_JSON_DEPTH = 64;

/** Why a request was refused: status and a fixed body that never carries an internal error. */
export interface Refusal {
  status: 400 | 413 | 415;
  error: string;
}

export type JsonBody = { ok: true; value: unknown } | ({ ok: false } & Refusal);

/**
 * What POST /api/messages and /api/alerts accept, decided from the headers alone, before a byte of
 * the body is read: `application/json` (UTF-8) only, no encoding or gzip, a declared length within
 * the limit. Multipart and form posts are refused: nothing else parses them, and no temp files are
 * written; a web page in the user's browser cannot post JSON to another origin without asking first.
 */
export function refuseByHeaders(headers: IncomingHttpHeaders, maxBytes: number): Refusal | null {
  const [media = '', ...params] = String(headers['content-type'] ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (media !== 'application/json') return { status: 415, error: 'unsupported media type: send application/json' };
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/gu, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return { status: 415, error: 'unsupported charset: send UTF-8' };
  const encoding = contentEncoding(headers);
  if (encoding !== 'identity' && encoding !== 'gzip') return { status: 415, error: 'unsupported content encoding: send identity or gzip' };
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);
  return null;
}

/**
 * Reads and parses the JSON body. The limit holds for the decoded bytes (a gzip body is counted as
 * it inflates and dropped at the limit), nesting deeper than `maxDepth` is refused before parsing.
 * A refused body is not read further into memory: the rest is discarded as it arrives.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number, maxDepth = MAX_JSON_DEPTH): Promise<JsonBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const gunzip = contentEncoding(req.headers) === 'gzip' ? createGunzip() : null;
    const source = gunzip ?? req;
    const finish = (result: JsonBody): void => {
      if (settled) return;
      settled = true;
      chunks.length = 0;
      if (gunzip) {
        req.unpipe(gunzip);
        gunzip.destroy();
      }
      req.removeListener('close', closed);
      if (!result.ok) discardBody(req, maxBytes); // the rest is not kept
      resolve(result);
    };
    // the client went away before the end of its body
    const closed = (): void => {
      if (!req.complete) finish({ ok: false, status: 400, error: 'request aborted' });
    };
    source.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) return finish({ ok: false, ...tooLarge(maxBytes) });
      chunks.push(chunk);
    });
    source.once('end', () => {
      if (!settled) finish(parseJson(Buffer.concat(chunks).toString('utf8'), maxDepth));
    });
    req.once('error', () => finish({ ok: false, status: 400, error: 'request aborted' }));
    req.once('close', closed);
    if (gunzip) {
      gunzip.once('error', () => finish({ ok: false, status: 400, error: 'the body could not be decoded' }));
      req.pipe(gunzip);
    }
  });
}

/** Of a refused body, this many times the limit is still read (and dropped) so that the client reads the answer; past it the connection is cut. */
const DISCARD_FACTOR = 32;

/**
 * Drops the rest of a refused request's body as it arrives, so that an ordinary client that is
 * still sending gets to read the answer (4xx) rather than a reset connection; a body longer than
 * DISCARD_FACTOR × the limit has its connection closed.
 */
export function discardBody(req: IncomingMessage, maxBytes: number): void {
  let dropped = 0;
  req.on('error', () => undefined); // a client that goes away while its refused body is dropped: nothing left to answer
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_FACTOR * maxBytes) req.socket?.destroy();
  });
  req.resume();
}

/** JSON text → value, refusing empty text, nesting deeper than `maxDepth` and bad JSON with a fixed message. */
export function parseJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonBody {
  if (!text.trim()) return { ok: false, status: 400, error: 'empty body: send a JSON object' };
  if (nestedDeeperThan(text, maxDepth)) return { ok: false, status: 400, error: `invalid JSON: nested deeper than ${maxDepth} levels` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, error: 'invalid JSON' };
  }
}

/** Whether JSON text opens more than `max` objects/arrays inside each other (brackets in strings do not count). One pass, no recursion. */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

function contentEncoding(headers: IncomingHttpHeaders): string {
  return String(headers['content-encoding'] ?? 'identity').trim().toLowerCase() || 'identity';
}

function tooLarge(maxBytes: number): Refusal {
  return { status: 413, error: `request body too large: at most ${maxBytes} bytes (decoded)` };
}
