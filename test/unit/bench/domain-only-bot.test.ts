import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDomainOnlyServer } from '../../../bench/domain-only-bot.js';
import { JsonStore } from '../../../src/store/json-store.js';
import { createLogger } from '../../../src/logging/logger.js';
import { ConnectorStub } from '../../support/connector-stub.js';
import { ALEX, messageActivity } from '../../support/activities.js';
import { allText } from '../../support/bot-harness.js';
import { tempDir } from '../../support/temp-dir.js';

/** The benchmark's lower bound must do the work it stands for, or its figure says nothing. */
describe('benchmark lower bound: the domain work of the create-ticket pair alone', () => {
  let connector: ConnectorStub;
  let temp: ReturnType<typeof tempDir>;
  let lowerBound: Awaited<ReturnType<typeof createDomainOnlyServer>>;
  let url: string;

  beforeEach(async () => {
    connector = await new ConnectorStub().start();
    temp = tempDir();
    lowerBound = await createDomainOnlyServer(temp.dir, createLogger('silent'));
    ({ url } = await lowerBound.server.listen(0, '127.0.0.1'));
  });
  afterEach(async () => {
    await lowerBound.close();
    await connector.stop();
    temp.cleanup();
  });

  async function say(text: string) {
    const before = connector.received.length;
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(connector.url, ALEX, text)) });
    expect(res.status).toBe(200);
    return allText(connector.received.slice(before).map((r) => r.activity));
  }

  it('triages the description into a confirmation card, then writes the ticket durably and answers with its card', async () => {
    const confirm = await say('Nefunguje mi tiskárna v kanceláři 312');
    expect(confirm).toContain('Mám založit tento požadavek?');
    expect(confirm).toContain('Tiskárny a skenery');
    const created = await say('ano');
    expect(created).toMatch(/Požadavek HD-\d{4}-00001 je založen/u);
    await lowerBound.close(); // the ticket is in the store's files, not only in its memory
    const store = await JsonStore.open({ dataDir: temp.dir, logger: createLogger('silent') });
    expect(store.values<{ office: string; category: string }>('tickets')).toEqual([expect.objectContaining({ office: '312', category: 'printer' })]);
    await store.close();
  });
});
