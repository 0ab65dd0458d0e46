import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_MAX_CONNECTIONS, createGraphClient } from '../../src/graph/graph-client-factory.js';
import { GraphDirectory } from '../../src/graph/graph-directory.js';
import { GraphUnavailableError } from '../../src/services/graph-unavailable-error.js';
import { startGraphSandbox, type GraphSandbox } from '../../src/graph/sandbox/graph-sandbox-server.js';

const ALEX = '00000000-0000-0000-0000-0000000000020';
const ADELE = '00000000-0000-0000-0000-0000000000022';
const PATTI = '00000000-0000-0000-0000-0000000000024';
let sandbox: GraphSandbox;
let directory: GraphDirectory;
let impatient: GraphDirectory;

async function unavailable(p: Promise<unknown>): Promise<GraphUnavailableError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(GraphUnavailableError);
  return err as GraphUnavailableError;
}

beforeAll(async () => {
  sandbox = await startGraphSandbox();
  const options = { kind: 'sandbox', baseUrl: sandbox.url, caPem: sandbox.caPem, retry: { maxRetries: 1, delaySeconds: 0 } } as const;
  directory = new GraphDirectory(createGraphClient({ ...options, timeoutMs: 3000 }));
  impatient = new GraphDirectory(createGraphClient({ ...options, timeoutMs: 250 }));
});
afterAll(async () => sandbox.close());
afterEach(() => sandbox.faults.clear());

describe('GraphDirectory over the sandbox', () => {
  it('maps a user with all DirectoryUser fields, by id and by UPN (guests too)', async () => {
    const alex = await directory.getUser(ALEX);
    expect(alex).toEqual({
      id: ALEX, displayName: 'Alex Wilber', givenName: 'Alex', surname: 'Wilber',
      userPrincipalName: 'alex.wilber@ku.demo-kraj.cz', mail: 'alex.wilber@ku.demo-kraj.cz',
      department: 'Odbor regionálního rozvoje', jobTitle: 'Referent', officeLocation: 'Krajský úřad, Škroupova 18',
      city: 'Plzeň-město', companyName: 'Krajský úřad', accountEnabled: true,
    });
    const patti = sandbox.directory.findUser(PATTI)!;
    expect((await directory.getUser(patti.userPrincipalName))?.id).toBe(PATTI);
  });

  it('returns null for an unknown user and for a user without a manager', async () => {
    expect(await directory.getUser('nikdo@ku.demo-kraj.cz')).toBeNull();
    expect(await directory.getManager(PATTI)).toBeNull();
    expect((await directory.getManager('00000000-0000-0000-0000-0000000000021'))?.id).toBe(ADELE);
  });

  it('lists all direct reports', async () => {
    const reports = await directory.getDirectReports(ADELE);
    const expected = sandbox.directory.directReportsOf(sandbox.directory.findUser(ADELE)!).map((u) => u.id);
    expect(reports.map((r) => r.id).sort()).toEqual([...expected].sort());
    expect(await directory.getDirectReports(PATTI)).toEqual([]);
  });

  it('searches by name prefix, surname, UPN, best first', async () => {
    expect((await directory.searchUsers('Alex Wil', 5))[0]?.id).toBe(ALEX);
    expect((await directory.searchUsers('wilber', 5))[0]?.id).toBe(ALEX);
    expect((await directory.searchUsers('alex.wilber@', 5)).map((u) => u.id)).toEqual([ALEX]);
    const novakova = await directory.searchUsers('Nováková', 50);
    expect(novakova.length).toBeGreaterThan(0);
    for (const u of novakova) expect(u.surname).toBe('Nováková');
  });

  it('finds names typed without diacritics or in another order', async () => {
    const folded = await directory.searchUsers('novakova', 50);
    expect(folded.length).toBeGreaterThan(0);
    expect(folded.every((u) => u.surname === 'Nováková')).toBe(true);
    expect((await directory.searchUsers('Wilber Alex', 3))[0]?.id).toBe(ALEX);
    expect(await directory.searchUsers('   ', 5)).toEqual([]);
    expect(await directory.searchUsers("O'Neill", 5)).toEqual([]);
  });

  it('wraps failures in GraphUnavailableError with reason, status, code and request id', async () => {
    sandbox.faults.add({ path: '/users/*', action: { type: 'status', status: 500 } });
    const server = await unavailable(directory.getUser(ALEX));
    expect([server.reason, server.statusCode, server.code]).toEqual(['server', 500, 'generalException']);
    expect(server.requestId).toMatch(/^[0-9a-f-]{36}$/);
    sandbox.faults.add({ path: '/users/*', action: { type: 'down', mode: 'reset' } });
    expect((await unavailable(directory.getUser(ALEX))).reason).toBe('network');
    sandbox.faults.add({ path: '/users/*/manager', action: { type: 'delay', ms: 1500 } });
    expect((await unavailable(impatient.getManager(ALEX))).reason).toBe('timeout');
    sandbox.faults.add({ path: '/users', times: 2, action: { type: 'status', status: 429, retryAfterSeconds: 0 } });
    const throttled = await unavailable(directory.searchUsers('Alex', 5));
    expect([throttled.reason, throttled.retryAfterSeconds]).toEqual(['throttled', 0]);
  });

  it('reuses a bounded set of connections: a burst of 60 look-ups does not open 60 TLS connections', async () => {
    const fresh = new GraphDirectory(createGraphClient({ kind: 'sandbox', baseUrl: sandbox.url, caPem: sandbox.caPem }));
    const ids = sandbox.directory.allUsers().slice(0, 60).map((u) => u.id);
    const before = sandbox.connections();
    const found = await Promise.all(ids.map((id) => fresh.getUser(id)));
    expect(found.map((u) => u?.id)).toEqual(ids);
    const opened = sandbox.connections() - before;
    expect(opened).toBeGreaterThan(0);
    expect(opened).toBeLessThanOrEqual(GRAPH_MAX_CONNECTIONS);
    await Promise.all(ids.slice(0, 10).map((id) => fresh.getUser(id)));
    expect(sandbox.connections() - before).toBe(opened);
  });
});
