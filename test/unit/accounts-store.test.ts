import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonStore } from '../../src/store/json-store.js';
import { AuditLogRepository } from '../../src/store/audit-log-repository.js';
import { RateLimitRepository } from '../../src/store/rate-limit-repository.js';
import { AccountConfirmationRepository } from '../../src/store/account-confirmation-repository.js';
import { createLogger } from '../../src/logging/logger.js';
import { tempDir } from '../support/temp-dir.js';

const logger = createLogger('silent');
const NOW = new Date('2026-11-26T10:00:00Z');

describe('account stores', () => {
  let temp: ReturnType<typeof tempDir>;
  let store: JsonStore;
  beforeEach(async () => {
    temp = tempDir('accounts-store-');
    store = await JsonStore.open({ dataDir: temp.dir, logger });
  });
  afterEach(async () => {
    await store.close();
    temp.cleanup();
  });

  it('the audit log appends in sequence, survives a reopen, and filters by target, requester and time', async () => {
    const audit = new AuditLogRepository(store);
    const base = { action: 'resetPassword' as const, result: 'success' as const, graphRequestId: 'r', ticketId: null, detail: null };
    await audit.append({ ...base, at: '2026-11-25T09:00:00.000Z', requesterId: 'm', targetId: 'a' });
    await audit.append({ ...base, at: '2026-11-26T09:00:00.000Z', requesterId: 'm', targetId: 'b' });
    await audit.append({ ...base, at: '2026-11-26T09:30:00.000Z', requesterId: 't', targetId: 'a' });
    await store.close();
    store = await JsonStore.open({ dataDir: temp.dir, logger });
    const reopened = new AuditLogRepository(store);
    expect(reopened.query({ limit: 10 }).map((e) => e.id)).toEqual(['A00000003', 'A00000002', 'A00000001']);
    expect(reopened.query({ limit: 10, targetIds: new Set(['a']) }).map((e) => e.requesterId)).toEqual(['t', 'm']);
    expect(reopened.query({ limit: 10, requesterId: 'm', since: new Date('2026-11-26T00:00:00Z') }).map((e) => e.targetId)).toEqual(['b']);
    expect(reopened.query({ limit: 1 })).toHaveLength(1);
  });

  it('rate limits count durable events inside the window only', async () => {
    const limits = new RateLimitRepository(store);
    await limits.record(['k'], new Date('2026-11-25T09:00:00Z'));
    await limits.record(['k'], new Date('2026-11-26T09:00:00Z'));
    expect(limits.recent('k', NOW)).toEqual(['2026-11-26T09:00:00.000Z']);
    await limits.record(['k'], NOW);
    expect(store.get<string[]>('accountRateLimits', 'k')).toHaveLength(2);
  });

  it('a confirmation is taken once, only by its requester, and not after it expired', async () => {
    const confirmations = new AccountConfirmationRepository(store);
    const pending = { id: 'p', requesterId: 'u', targetId: 't', action: 'unlock' as const, createdAt: NOW.toISOString(), expiresAt: '2026-11-26T10:15:00.000Z' };
    await confirmations.add(pending, NOW);
    expect(await confirmations.take('p', 'other', NOW)).toBeUndefined();
    expect(await confirmations.take('p', 'u', NOW)).toEqual(pending);
    expect(await confirmations.take('p', 'u', NOW)).toBeUndefined();
    await confirmations.add({ ...pending, id: 'q' }, NOW);
    expect(await confirmations.take('q', 'u', new Date('2026-11-26T10:16:00Z'))).toBeUndefined();
  });
});
