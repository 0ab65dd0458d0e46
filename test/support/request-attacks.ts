import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One hostile request, sent before any authentication: what it is, how many at once, and the answer expected per mode. */
export interface Attack {
  name: string;
  path: '/api/messages' | '/api/alerts';
  /** Sent this many times at once. */
  copies: number;
  headers: Record<string, string>;
  body: () => Buffer;
  /** Sent with the alert endpoint's bearer token (ALERTS_TOKEN): the attack comes after authentication. */
  withAlertsToken?: boolean;
  /** Expected status in local mode (no Bot Framework authentication) and in production (token checked first). */
  expected: { local: number; production: number };
}

export interface AttackResult {
  statuses: number[];
  bodies: string[];
}

const JSON_TYPE = { 'content-type': 'application/json' };

/**
 * `{"type":"message","text":"AAAA…"}` of about `decodedMb` MB, gzipped (about 1000:1). Built from one
 * compressed megabyte repeated (each ends with a full flush, so copies follow each other validly):
 * the bomb is made without holding what it inflates to.
 */
export function gzipBomb(decodedMb: number): Buffer {
  const prefix = Buffer.from('{"type":"message","text":"');
  const suffix = Buffer.from('"}');
  const mb = Buffer.alloc(1024 * 1024, 0x41);
  const flushed = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const head = deflateRawSync(prefix, flushed);
  const block = deflateRawSync(mb, flushed);
  const tail = deflateRawSync(suffix);
  let crc = crc32(prefix);
  for (let i = 0; i < decodedMb; i++) crc = crc32(mb, crc);
  crc = crc32(suffix, crc);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((prefix.length + decodedMb * mb.length + suffix.length) % 2 ** 32, 4);
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]);
  return Buffer.concat([header, head, ...Array.from({ length: decodedMb }, () => block), tail, trailer]);
}

function memo(make: () => Buffer): () => Buffer {
  let value: Buffer | undefined;
  return () => (value ??= make());
}

const bomb400k = memo(() => gzipBomb(400)); // ≈ 400 KB on the wire, 400 MB decoded
const bomb51k = memo(() => gzipBomb(51)); // ≈ 51 KB on the wire, 51 MB decoded
const BOUNDARY = '----helpdesk-attack';

/** The request bombs of issue #22, each sent without a token. */
export function requestAttacks(): Attack[] {
  return [
    { name: 'gzip bomb 400 KB → 400 MB', path: '/api/messages', copies: 1, headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, body: bomb400k, expected: { local: 413, production: 401 } },
    { name: '4 concurrent gzip bombs 51 KB → 51 MB', path: '/api/messages', copies: 4, headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, body: bomb51k, expected: { local: 413, production: 401 } },
    { name: 'gzip bomb 400 KB → 400 MB on /api/alerts, with its token', path: '/api/alerts', copies: 1, withAlertsToken: true, headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, body: bomb400k, expected: { local: 413, production: 413 } },
    { name: 'deflate-encoded body', path: '/api/messages', copies: 1, headers: { ...JSON_TYPE, 'content-encoding': 'deflate' }, body: () => Buffer.from('x'), expected: { local: 415, production: 401 } },
    {
      name: 'multipart/form-data with a 2 MB file', path: '/api/messages', copies: 1,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: () => Buffer.concat([
        Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        Buffer.alloc(2 * 1024 * 1024, 0x42), Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
      ]),
      expected: { local: 415, production: 401 },
    },
    { name: 'form-urlencoded (a web page\'s form post)', path: '/api/messages', copies: 1, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: () => Buffer.from('type=message&text=ahoj'), expected: { local: 415, production: 401 } },
    { name: 'text/plain JSON (a web page\'s simple request)', path: '/api/messages', copies: 1, headers: { 'content-type': 'text/plain' }, body: () => Buffer.from('{"type":"message","text":"ahoj"}'), expected: { local: 415, production: 401 } },
    { name: 'arrays nested 100,000 deep', path: '/api/messages', copies: 1, headers: JSON_TYPE, body: () => Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), expected: { local: 400, production: 401 } },
    {
      name: 'activity with a value nested 50,000 deep', path: '/api/messages', copies: 1, headers: JSON_TYPE,
      body: () => Buffer.from(`{"type":"message","value":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`), expected: { local: 400, production: 401 },
    },
    { name: 'JSON body of 8 MB', path: '/api/messages', copies: 1, headers: JSON_TYPE, body: () => Buffer.from(`{"type":"message","text":"${'x'.repeat(8 * 1024 * 1024)}"}`), expected: { local: 413, production: 401 } },
    { name: 'JSON without a type', path: '/api/messages', copies: 1, headers: JSON_TYPE, body: () => Buffer.from('{"text":"ahoj"}'), expected: { local: 400, production: 401 } },
    { name: 'malformed JSON', path: '/api/messages', copies: 1, headers: JSON_TYPE, body: () => Buffer.from('{"type":"message",'), expected: { local: 400, production: 401 } },
  ];
}

/** Sends `attack` (all its copies at once) to the bot at `port` (with `alertsToken` when it is an attack behind the alert token), over node:http (the body as given, no client-side decoding). */
export async function sendAttack(port: number, attack: Attack, alertsToken?: string): Promise<AttackResult> {
  const body = attack.body();
  const headers = { ...attack.headers, ...(attack.withAlertsToken && alertsToken ? { authorization: `Bearer ${alertsToken}` } : {}) };
  const answers = await Promise.all(Array.from({ length: attack.copies }, () => post(port, attack.path, headers, body)));
  return { statuses: answers.map((a) => a.status), bodies: answers.map((a) => a.body) };
}

/** A POST whose answer counts even when the server closes the connection before the whole body is sent (it refused it). */
export function post(port: number, path: string, headers: Record<string, string>, body: Buffer, timeoutMs = 30_000): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { ...headers, 'content-length': String(body.length) }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    // no answer at all: the connection was reset or the server died (status 0)
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end(body);
  });
}

/** Resident memory of a process now and at its peak (VmRSS, VmHWM), in MB; null when /proc is not there. */
export function residentMemory(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'mu').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

/** Forgets a process's peak so far (Linux: "5" to clear_refs resets VmHWM to the current RSS); false where that is not allowed. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
