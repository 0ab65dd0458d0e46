import { afterEach, beforeEach } from 'vitest';
import { JsonStore } from '../../src/store/json-store.js';
import { tempDir } from './temp-dir.js';
import { memoryLogger } from './silent-logger.js';

/**
 * A store in a fresh temporary directory for each test of the calling `describe` (opened before,
 * closed and removed after). `restart()` closes it and opens the same directory again.
 */
export function useTempStore(): { readonly store: JsonStore; restart(): Promise<JsonStore> } {
  const { logger } = memoryLogger();
  let dir = '';
  let cleanup = (): void => undefined;
  let store: JsonStore;
  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    store = await JsonStore.open({ dataDir: dir, logger });
  });
  afterEach(async () => {
    await store.close();
    cleanup();
  });
  return {
    get store() {
      return store;
    },
    async restart() {
      await store.close();
      store = await JsonStore.open({ dataDir: dir, logger });
      return store;
    },
  };
}
