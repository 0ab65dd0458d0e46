import type { AccountOperationReceipt, AccountOperationsPort, AccountPrivilege, Clock } from '../services/ports.js';

export interface PrivilegeCacheOptions {
  ttlMs: number;
  maxEntries: number;
}

interface Entry { value: AccountPrivilege; expires: number }

/**
 * Account operations with privilege look-ups cached for a bounded time (failures never cached).
 * A change to the account drops its entry, so the next decision reads fresh memberships.
 */
export class CachedAccountPrivilege implements AccountOperationsPort {
  private readonly cache = new Map<string, Entry>();

  constructor(
    private readonly inner: AccountOperationsPort,
    private readonly clock: Clock,
    private readonly options: PrivilegeCacheOptions = { ttlMs: 2 * 60_000, maxEntries: 5_000 },
  ) {}

  async getPrivilege(userId: string): Promise<AccountPrivilege> {
    const key = userId.toLowerCase();
    const now = this.clock.now().getTime();
    const hit = this.cache.get(key);
    if (hit && hit.expires > now) return structuredClone(hit.value);
    const value = await this.inner.getPrivilege(userId);
    this.cache.delete(key);
    this.cache.set(key, { value, expires: now + this.options.ttlMs });
    if (this.cache.size > this.options.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
    return structuredClone(value);
  }

  resetPassword(userId: string, temporaryPassword: string): Promise<AccountOperationReceipt> {
    return this.inner.resetPassword(userId, temporaryPassword);
  }

  enableAccount(userId: string): Promise<AccountOperationReceipt> {
    return this.inner.enableAccount(userId);
  }

  resetMfa(userId: string): Promise<AccountOperationReceipt & { removed: number; kept: number }> {
    return this.inner.resetMfa(userId);
  }

  revokeSessions(userId: string): Promise<AccountOperationReceipt> {
    return this.inner.revokeSessions(userId);
  }
}
