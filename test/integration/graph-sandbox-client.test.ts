import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/graph/graph-client-factory.js';
import { startGraphSandbox, type GraphSandbox } from '../../src/graph/sandbox/graph-sandbox-server.js';

const ALEX = '00000000-0000-0000-0000-0000000000020';
const MEGAN = '00000000-0000-0000-0000-0000000000021';
const ADELE = '00000000-0000-0000-0000-0000000000022';
const METHODS_MOBILE = '3179e48a-750b-4051-897c-87b9720928f7';
const METHODS_ALT = 'b6332ec1-7057-4abe-9331-3d72feddfe41';
const FIXED_NOW = new Date('2026-03-02T09:00:00Z');

let sandbox: GraphSandbox;
let client: Client;

async function graphError(p: Promise<unknown>): Promise<GraphError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(GraphError);
  return err as GraphError;
}

beforeAll(async () => {
  sandbox = await startGraphSandbox({ now: () => FIXED_NOW });
  client = createGraphClient({ kind: 'sandbox', baseUrl: sandbox.url, caPem: sandbox.caPem, timeoutMs: 2000, retry: { maxRetries: 2, delaySeconds: 0 } });
});
afterAll(async () => sandbox.close());
afterEach(() => sandbox.faults.clear());

describe('Graph sandbox through @microsoft/microsoft-graph-client', () => {
  it('gets a user by id and by UPN, with $select', async () => {
    const byId = await client.api(`/users/${ALEX}`).select(['displayName', 'city', 'officeLocation']).get();
    expect(byId).toMatchObject({ id: ALEX, displayName: 'Alex Wilber', city: 'Plzeň-město', officeLocation: 'Krajský úřad, Škroupova 18' });
    expect(byId.mail).toBeUndefined();
    const byUpn = await client.api('/users/ALEX.WILBER@ku.demo-kraj.cz').get();
    expect(byUpn.id).toBe(ALEX);
    expect(sandbox.requests.at(-1)?.status).toBe(200);
  });

  it('answers 404 Request_ResourceNotFound with the Graph error shape and a request-id', async () => {
    const err = await graphError(client.api('/users/nobody@ku.demo-kraj.cz').get());
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('Request_ResourceNotFound');
    expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(err.headers?.get('request-id')).toBe(err.requestId);
  });

  it('returns the manager, and 404 for a user without one', async () => {
    const manager = await client.api(`/users/${MEGAN}/manager`).get();
    expect(manager.id).toBe(ADELE);
    expect(manager['@odata.type']).toBe('#microsoft.graph.user');
    const alexManager = await client.api(`/users/${ALEX}/manager`).select(['id', 'jobTitle', 'department']).get();
    expect(alexManager.id).not.toBe(ADELE);
    expect(alexManager.jobTitle).toBe('Vedoucí odboru');
    expect((await graphError(client.api('/users/00000000-0000-0000-0000-0000000000024/manager').get())).statusCode).toBe(404);
  });

  it('lists direct reports with paging through @odata.nextLink', async () => {
    const first = await client.api(`/users/${ADELE}/directReports`).select(['id', 'displayName']).top(5).get();
    expect(first.value).toHaveLength(5);
    expect(first['@odata.nextLink']).toContain('$skiptoken=');
    const ids = first.value.map((u: { id: string }) => u.id);
    let next: string | undefined = first['@odata.nextLink'];
    while (next) {
      const page = await client.api(next).get();
      ids.push(...page.value.map((u: { id: string }) => u.id));
      next = page['@odata.nextLink'];
    }
    expect(ids).toContain(MEGAN);
    expect(ids).toContain('00000000-0000-0000-0000-0000000000025');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(sandbox.directory.directReportsOf(sandbox.directory.findUser(ADELE)!).length);
  });

  it('filters with startswith / eq / or, and $search needs ConsistencyLevel: eventual', async () => {
    const filter = encodeURIComponent("startswith(displayName,'Alex W') or userPrincipalName eq 'megan.bowen@ku.demo-kraj.cz'");
    const found = await client.api('/users').filter(filter).select(['id']).get();
    expect(found.value.map((u: { id: string }) => u.id).sort()).toEqual([ALEX, MEGAN]);
    const search = encodeURIComponent('"displayName:wilb"');
    const noHeader = await graphError(client.api('/users').search(search).get());
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.code).toBe('Request_UnsupportedQuery');
    const hits = await client.api('/users').header('ConsistencyLevel', 'eventual').search(search).get();
    expect(hits.value.map((u: { id: string }) => u.id)).toEqual([ALEX]);
  });

  it('rejects a request without a bearer token with 401 InvalidAuthenticationToken', async () => {
    const dispatcher = new Agent({ connect: { ca: sandbox.caPem } });
    const res = await fetch(`${sandbox.url}/v1.0/users/${ALEX}`, { dispatcher } as RequestInit);
    expect(res.status).toBe(401);
    expect(res.headers.get('request-id')).toBeTruthy();
    const body = await res.json() as { error: { code: string; innerError: Record<string, string> } };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError['request-id']).toBe(res.headers.get('request-id'));
    await dispatcher.close();
  });

  it('resets a password (204), rejects a weak one (400) and an admin target (403)', async () => {
    const profile = (password: string) => ({ passwordProfile: { password, forceChangePasswordNextSignIn: true } });
    await client.api(`/users/${ALEX}`).patch(profile('Zima-2026!x'));
    expect(sandbox.directory.passwordChanges.at(-1)).toMatchObject({ userId: ALEX, forceChangePasswordNextSignIn: true, at: FIXED_NOW });
    const weak = await graphError(client.api(`/users/${ALEX}`).patch(profile('heslo123')));
    expect([weak.statusCode, weak.code]).toEqual([400, 'Request_BadRequest']);
    const admin = sandbox.directory.findUser('spravce.globalni@ku.demo-kraj.cz')!;
    const denied = await graphError(client.api(`/users/${admin.id}`).patch(profile('Zima-2026!x')));
    expect([denied.statusCode, denied.code]).toEqual([403, 'Authorization_RequestDenied']);
    const disable = await graphError(client.api(`/users/${admin.id}`).patch({ accountEnabled: false }));
    expect(disable.statusCode).toBe(403);
    expect(admin.accountEnabled).toBe(true);
  });

  it('disables an account and revokes sessions', async () => {
    await client.api(`/users/${MEGAN}`).patch({ accountEnabled: false });
    expect(sandbox.directory.findUser(MEGAN)?.accountEnabled).toBe(false);
    await client.api(`/users/${MEGAN}`).patch({ accountEnabled: true });
    const revoked = await client.api(`/users/${ALEX}/revokeSignInSessions`).post({});
    expect(revoked.value).toBe(true);
    expect(sandbox.directory.revokedSessions.map((r) => r.userId)).toContain(ALEX);
  });

  it('lists typed auth methods and enforces the deletion rules', async () => {
    const list = await client.api(`/users/${ALEX}/authentication/methods`).get();
    const types = list.value.map((m: Record<string, string>) => m['@odata.type']);
    expect(types).toContain('#microsoft.graph.passwordAuthenticationMethod');
    expect(types).toContain('#microsoft.graph.phoneAuthenticationMethod');
    const authenticator = list.value.find((m: Record<string, string>) => m['@odata.type'] === '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod');
    const asDefault = await graphError(client.api(`/users/${ALEX}/authentication/microsoftAuthenticatorMethods/${authenticator.id}`).delete());
    expect(asDefault.statusCode).toBe(400);
    const mobileFirst = await graphError(client.api(`/users/${ALEX}/authentication/phoneMethods/${METHODS_MOBILE}`).delete());
    expect(mobileFirst.statusCode).toBe(400);
    await client.api(`/users/${ALEX}/authentication/phoneMethods/${METHODS_ALT}`).delete();
    await client.api(`/users/${ALEX}/authentication/phoneMethods/${METHODS_MOBILE}`).delete();
    const after = await client.api(`/users/${ALEX}/authentication/phoneMethods`).get();
    expect(after.value).toEqual([]);
    const admin = sandbox.directory.findUser('spravce.globalni@ku.demo-kraj.cz')!;
    const protectedDelete = await graphError(client.api(`/users/${admin.id}/authentication/phoneMethods/${METHODS_MOBILE}`).delete());
    expect([protectedDelete.statusCode, protectedDelete.code]).toEqual([403, 'Authorization_RequestDenied']);
  });

  it('sends mail (202) and records it', async () => {
    const message = { subject: 'Tiket #42', body: { contentType: 'Text', content: 'Vyřešeno' }, toRecipients: [{ emailAddress: { address: 'alex.wilber@ku.demo-kraj.cz' } }] };
    await client.api(`/users/${MEGAN}/sendMail`).post({ message, saveToSentItems: false });
    expect(sandbox.directory.sentMail.at(-1)).toMatchObject({ fromUserId: MEGAN, message: { subject: 'Tiket #42' } });
  });

  it('checks group membership transitively and lists groups and roles', async () => {
    const groups = await client.api(`/users/${MEGAN}/transitiveMemberOf`).get();
    const types = new Set(groups.value.map((g: Record<string, string>) => g['@odata.type']));
    expect(types).toEqual(new Set(['#microsoft.graph.group', '#microsoft.graph.directoryRole']));
    const direct = await client.api(`/users/${MEGAN}/memberOf`).get();
    expect(direct.value.length).toBeLessThan(groups.value.length);
    const nested = groups.value.find((g: Record<string, string>) => g.displayName === 'OIT – všichni');
    const check = await client.api(`/users/${MEGAN}/checkMemberGroups`).post({ groupIds: [nested.id, '11111111-1111-4111-8111-111111111111'] });
    expect(check.value).toEqual([nested.id]);
  });
});
