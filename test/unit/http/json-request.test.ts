import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestedDeeperThan, parseJson, refuseByHeaders } from '../../../src/http/json-request.js';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('JSON nesting', () => {
  it('counts objects and arrays inside each other, up to the limit and not one more', () => {
    expect(nestedDeeperThan(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(nestedDeeperThan(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(nestedDeeperThan('{"a":{"b":[1,{"c":2}]},"d":[[]]}', 4)).toBe(false);
    expect(nestedDeeperThan('{"a":{"b":[1,{"c":2}]}}', 3)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(nestedDeeperThan(JSON.stringify({ text: '[[[[{{{{' }), 1)).toBe(false);
    expect(nestedDeeperThan(JSON.stringify({ text: 'a "quoted" [[[ \\ back\\slash {{{' }), 1)).toBe(false);
    expect(nestedDeeperThan(`{"a":"\\\\","b":[[1]]}`, 2)).toBe(true);
  });

  it('parses within the limit; refuses deeper, empty and malformed text with fixed messages', () => {
    expect(parseJson('{"type":"message"}')).toEqual({ ok: true, value: { type: 'message' } });
    expect(parseJson(nested(100_000))).toEqual({ ok: false, status: 400, error: `invalid JSON: nested deeper than ${MAX_JSON_DEPTH} levels` });
    expect(parseJson('  ')).toMatchObject({ ok: false, status: 400 });
    expect(parseJson('{"type":')).toEqual({ ok: false, status: 400, error: 'invalid JSON' });
  });
});

describe('what the headers alone decide', () => {
  const json = { 'content-type': 'application/json' };
  it('accepts application/json in UTF-8, plain or gzip, within the declared limit', () => {
    expect(refuseByHeaders(json, 1000)).toBeNull();
    expect(refuseByHeaders({ 'content-type': 'Application/JSON; charset="UTF-8"', 'content-encoding': 'gzip', 'content-length': '1000' }, 1000)).toBeNull();
    expect(refuseByHeaders({ ...json, 'content-encoding': 'identity' }, 1000)).toBeNull();
  });

  it('refuses other media types, charsets and encodings with 415, a declared length over the limit with 413', () => {
    for (const type of ['multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'text/plain', 'application/jsonp', '']) {
      expect(refuseByHeaders({ 'content-type': type }, 1000)?.status, type).toBe(415);
    }
    expect(refuseByHeaders({ 'content-type': 'application/json; charset=utf-16' }, 1000)?.status).toBe(415);
    for (const encoding of ['deflate', 'br', 'gzip, gzip', 'compress']) expect(refuseByHeaders({ ...json, 'content-encoding': encoding }, 1000)?.status, encoding).toBe(415);
    expect(refuseByHeaders({ ...json, 'content-length': '1001' }, 1000)).toEqual({ status: 413, error: 'request body too large: at most 1000 bytes (decoded)' });
  });
});
