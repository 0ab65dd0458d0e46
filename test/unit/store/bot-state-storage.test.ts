import { describe, expect, it } from 'vitest';
import { JsonStore } from '../../../src/store/json-store.js';
import { BotStateStorage, ETagConflictError } from '../../../src/store/bot-state-storage.js';
import { tempDir } from '../../support/temp-dir.js';
import { memoryLogger } from '../../support/silent-logger.js';
import { useTempStore } from '../../support/temp-store.js';

describe('BotStateStorage', () => {
  const temp = useTempStore();

  it('reads back what it wrote, with a new eTag, and misses unknown keys', async () => {
    const storage = new BotStateStorage(temp.store);
    await storage.write({ 'msteams/conversations/c1': { dialogState: { step: 2 } } });
    const items = await storage.read(['msteams/conversations/c1', 'nope']);
    expect(items['msteams/conversations/c1']).toMatchObject({ dialogState: { step: 2 } });
    expect(typeof items['msteams/conversations/c1']!.eTag).toBe('string');
    expect(items.nope).toBeUndefined();
  });

  it('refuses a write with a stale eTag and accepts "*" and the current one', async () => {
    const storage = new BotStateStorage(temp.store);
    await storage.write({ k: { v: 1 } });
    const first = (await storage.read(['k'])).k!;
    await storage.write({ k: { ...first, v: 2 } });
    await expect(storage.write({ k: { ...first, v: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await storage.read(['k'])).k!.v).toBe(2);
    await storage.write({ k: { v: 4, eTag: '*' } });
    expect((await storage.read(['k'])).k!.v).toBe(4);
  });

  it('does not write an item whose content did not change', async () => {
    const storage = new BotStateStorage(temp.store);
    await storage.write({ k: { v: 1 } });
    const bytes = temp.store.journalBytes;
    await storage.write({ k: { v: 1, eTag: '*' } });
    expect(temp.store.journalBytes).toBe(bytes);
    expect((await storage.read(['k'])).k!.eTag).toBe('1');
    await storage.write({ k: { v: 2, eTag: '*' } });
    expect(temp.store.journalBytes).toBeGreaterThan(bytes);
    expect((await storage.read(['k'])).k!.eTag).toBe('2');
  });

  it('hands out copies: changing a read item does not change the store', async () => {
    const storage = new BotStateStorage(temp.store);
    await storage.write({ k: { list: [1] } });
    const item = (await storage.read(['k'])).k!;
    (item.list as number[]).push(2);
    expect((await storage.read(['k'])).k!.list).toEqual([1]);
  });

  it('keeps a half-finished dialog across a restart and deletes on request', async () => {
    await new BotStateStorage(temp.store).write({ k: { dialogStack: [{ id: 'reportProblem' }] } });
    const storage = new BotStateStorage(await temp.restart());
    expect((await storage.read(['k'])).k!.dialogStack).toEqual([{ id: 'reportProblem' }]);
    await storage.delete(['k']);
    expect(await storage.read(['k'])).toEqual({});
  });
});

describe('BotStateStorage without waiting for the disk', () => {
  it('still has the state after a graceful restart (close drains the journal)', async () => {
    const { dir, cleanup } = tempDir();
    const { logger } = memoryLogger();
    try {
      let store = await JsonStore.open({ dataDir: dir, logger });
      await new BotStateStorage(store, { waitForDisk: false }).write({ k: { step: 1 } });
      await store.close();
      store = await JsonStore.open({ dataDir: dir, logger });
      expect((await new BotStateStorage(store).read(['k'])).k).toMatchObject({ step: 1 });
      await store.close();
    } finally {
      cleanup();
    }
  });
});
