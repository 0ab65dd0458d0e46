/**
 * Production mode: the Bot Framework token is checked before the body is read, and any failure -
 * unsigned, HMAC-signed, signed with a key that is not Microsoft's, signing keys that cannot be
 * fetched (no internet here, as when login.botframework.com is unreachable) - is a 401 with a fixed
 * body; why is in the log (test/unit/http/request-authenticator.test.ts checks the reasons).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { composeApp, type App } from '../../src/compose.js';
import type { DirectoryPort } from '../../src/services/ports.js';
import { messageActivity, ALEX } from '../support/activities.js';
import { forgedTokens } from '../support/forged-tokens.js';
import { gzipBomb, post } from '../support/request-attacks.js';
import { memoryLogger } from '../support/silent-logger.js';
import { tempDir } from '../support/temp-dir.js';

const GUID = '11111111-2222-3333-4444-555555555555';
const SECRET = 'not-a-real-secret';
const offlineDirectory: DirectoryPort = {
  getUser: async () => null, getManager: async () => null, getDirectReports: async () => [], searchUsers: async () => [],
};

describe('production mode: authentication failures of any kind are 401 with a fixed body', () => {
  let app: App | undefined;
  const temp = tempDir('helpdesk-prod-auth-');
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    temp.cleanup();
  });

  async function start(compose: typeof composeApp) {
    const config = loadConfig({
      HELPDESK_MODE: 'production', HOST: '127.0.0.1', PORT: '0', DATA_DIR: temp.dir, LOG_LEVEL: 'silent',
      MicrosoftAppId: GUID, MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: SECRET, MicrosoftAppTenantId: GUID,
      ALLOWED_TENANTS: GUID, GRAPH_TENANT_ID: GUID, GRAPH_CLIENT_ID: GUID, GRAPH_CLIENT_SECRET: SECRET,
    });
    const log = memoryLogger();
    app = await compose(config, { directory: offlineDirectory, logger: log.logger });
    const { url } = await app.start();
    return { url, port: Number(new URL(url).port), log };
  }

  it.each([
    ['one thread', composeApp],
  ] as const)('forged, unsigned and foreign-key tokens get 401 {"error":"unauthorized"}; the failed key fetch is logged (%s)', async (_layout, compose) => {
    const { url, log } = await start(compose);
    const body = JSON.stringify(messageActivity('http://127.0.0.1:9/', ALEX, 'Nefunguje mi tiskárna'));
    for (const [kind, token] of Object.entries(forgedTokens(GUID, SECRET))) {
      const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: kind === 'no scheme' ? token : `Bearer ${token}` }, body });
      expect(res.status, kind).toBe(401);
      expect(await res.text(), kind).toBe('{"error":"unauthorized"}');
    }
    // each refusal is logged: a wrong token as a warning, signing keys that cannot be fetched (offline) as an error
    expect(log.lines.filter((l) => l.msg === 'request refused: authentication failed' || String(l.msg).includes('signing keys unavailable'))).toHaveLength(5);
    expect(log.text()).not.toContain(SECRET);
    expect(app!.store.keys('tickets')).toEqual([]);
    expect(app!.store.keys('conversationRefs')).toEqual([]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('the token is checked before the body: bombs, multipart, bad JSON and activities without a type all get 401 without one', async () => {
    const { url, port } = await start(composeApp);
    const answers = [
      await post(port, '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipBomb(51)),
      await post(port, '/api/messages', { 'content-type': 'multipart/form-data; boundary=x' }, Buffer.from('--x\r\n\r\nx\r\n--x--\r\n')),
      await post(port, '/api/messages', { 'content-type': 'application/json' }, Buffer.from('{"text":"no type"}')),
      await post(port, '/api/messages', { 'content-type': 'application/json' }, Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)),
      await post(port, '/api/messages', { 'content-type': 'application/json' }, Buffer.from('{"type":')),
    ];
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(answers.map((a) => a.body))).toEqual(new Set(['{"error":"unauthorized"}']));
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
