import { describe, expect, it } from 'vitest';
import { FaultInjector } from '../../src/graph/sandbox/fault-injector.js';
import { ODataFilter, ODataFilterError } from '../../src/graph/sandbox/odata-filter.js';
import { ODataSearch, ODataSearchError } from '../../src/graph/sandbox/odata-search.js';
import { isComplexPassword } from '../../src/graph/sandbox/password-policy.js';

const jan = { displayName: 'Jan Novák', userPrincipalName: 'jan.novak@ku.demo-kraj.cz', mail: 'jan.novak@ku.demo-kraj.cz', accountEnabled: true, surname: "O'Brien" };

describe('OData $filter', () => {
  it.each([
    ["startswith(displayName,'jan')", true],
    ["startswith(displayName,'Nov')", false],
    ["startswith(userPrincipalName,'JAN.N')", true],
    ["mail eq 'Jan.Novak@ku.demo-kraj.cz'", true],
    ["userPrincipalName eq 'x@y' or startswith(displayName,'Jan N')", true],
    ["startswith(displayName,'Jan') and accountEnabled eq false", false],
    ["not (accountEnabled eq false)", true],
    ["surname eq 'O''Brien'", true],
    ["mail in ('a@b', 'jan.novak@ku.demo-kraj.cz')", true],
    ["endswith(mail,'@ku.demo-kraj.cz')", true],
    ["department eq null", true],
  ])('%s → %s', (text, expected) => {
    expect(ODataFilter.parse(text).matches(jan)).toBe(expected);
  });

  it('binds and tighter than or and reports the properties used', () => {
    const f = ODataFilter.parse("mail eq 'x' and accountEnabled eq true or startswith(displayName,'Jan')");
    expect(f.matches(jan)).toBe(true);
    expect([...f.properties].sort()).toEqual(['accountEnabled', 'displayName', 'mail']);
  });

  it.each(["startswith(displayName,'x'", "displayName like 'x'", "mail eq 'open", '', "mail eq 'a' or"])('rejects %j', (text) => {
    expect(() => ODataFilter.parse(text)).toThrow(ODataFilterError);
  });
});

describe('OData $search', () => {
  it('matches word prefixes ignoring case and diacritics, with AND and OR', () => {
    expect(ODataSearch.parse('"displayName:novak"').matches(jan)).toBe(true);
    expect(ODataSearch.parse('"displayName:nov" AND "displayName:ja"').matches(jan)).toBe(true);
    expect(ODataSearch.parse('"displayName:ovak"').matches(jan)).toBe(false);
    expect(ODataSearch.parse('"displayName:petr" OR "mail:novak"').matches(jan)).toBe(true);
    expect(() => ODataSearch.parse('displayName:x')).toThrow(ODataSearchError);
    expect(() => ODataSearch.parse('"displayName:x" AND')).toThrow(ODataSearchError);
  });
});

describe('fault injector', () => {
  it('matches * as one segment and ** as any rest, by method, for the given number of times', () => {
    const faults = new FaultInjector();
    faults.add({ path: '/users/*', method: 'GET', times: 2, action: { type: 'status', status: 429, retryAfterSeconds: 1 } });
    expect(faults.take('GET', '/users/abc/manager')).toBeUndefined();
    expect(faults.take('PATCH', '/users/abc')).toBeUndefined();
    expect(faults.take('GET', '/users/abc')).toEqual({ type: 'status', status: 429, retryAfterSeconds: 1 });
    expect(faults.take('get', '/USERS/def')).toBeDefined();
    expect(faults.take('GET', '/users/abc')).toBeUndefined();
    faults.add({ path: '/users/**', action: { type: 'down' } });
    expect(faults.take('POST', '/users/a/authentication/methods')).toEqual({ type: 'down' });
    expect(() => faults.add({ path: 'users', action: { type: 'delay', ms: 5 } })).toThrow();
    expect(() => faults.add({ path: '/users', action: { type: 'status', status: 200 } })).toThrow();
  });
});

describe('password complexity', () => {
  it.each([['Zima-2026', true], ['zima2026!', true], ['ZIMAzima', false], ['Ab1!', false], ['abcdefgh1', false], ['Abcdefgh1', true]])('%s → %s', (pw, ok) => {
    expect(isComplexPassword(pw)).toBe(ok);
  });
});
