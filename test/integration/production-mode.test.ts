import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { composeApp, type App } from '../../src/compose.js';
import type { DirectoryPort } from '../../src/services/ports.js';
import { messageActivity, ALEX } from '../support/activities.js';
import { memoryLogger } from '../support/silent-logger.js';
import { tempDir } from '../support/temp-dir.js';

const GUID = '11111111-2222-3333-4444-555555555555';

/** Production mode cannot reach Azure from here: the directory is replaced at the edge, nothing else. */
const offlineDirectory: DirectoryPort = {
  getUser: async () => null, getManager: async () => null, getDirectReports: async () => [], searchUsers: async () => [],
};

describe('production mode', () => {
  let app: App | undefined;
  const temp = tempDir('helpdesk-prod-');
  afterEach(async () => {
    await app?.stop();
    temp.cleanup();
  });

  it.each([
    ['one thread', composeApp],
  ] as const)('checks the Bot Framework token: an activity without one gets 401 and is not processed (%s)', async (_layout, compose) => {
    const config = loadConfig({
      HELPDESK_MODE: 'production', HOST: '127.0.0.1', PORT: '0', DATA_DIR: temp.dir, LOG_LEVEL: 'silent',
      MicrosoftAppId: GUID, MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: GUID,
      ALLOWED_TENANTS: GUID, GRAPH_TENANT_ID: GUID, GRAPH_CLIENT_ID: GUID, GRAPH_CLIENT_SECRET: 'not-a-real-secret',
    });
    app = await compose(config, { directory: offlineDirectory, logger: memoryLogger().logger });
    const { url } = await app.start();
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity('http://127.0.0.1:9/', ALEX, 'Nefunguje mi tiskárna')),
    });
    expect(res.status).toBe(401);
    const forged = await fetch(`${url}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' },
      body: JSON.stringify(messageActivity('http://127.0.0.1:9/', ALEX, 'Nefunguje mi tiskárna')),
    });
    expect(forged.status).toBe(401);
    expect(app.store.keys('tickets')).toEqual([]);
    expect(app.store.keys('conversationRefs')).toEqual([]); // the turn never ran: its first step keeps the reference
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
