import type { AccountOperationReceipt, AccountOperationsPort, AccountPrivilege, Clock } from '../services/ports.js';
import { TtlCache, type CacheOptions } from './ttl-cache.js';

/**
 * Account operations with privilege look-ups (directory roles, protected groups) cached for a
 * bounded time; failures are never cached. The operations themselves (password, unlock, MFA,
 * sessions) do not change roles or groups, so they leave the cache alone.
 */
export class CachedAccountPrivilege implements AccountOperationsPort {
  private readonly cache: TtlCache<AccountPrivilege>;

  constructor(
    private readonly inner: AccountOperationsPort,
    clock: Clock,
    options: CacheOptions = { ttlMs: 2 * 60_000, maxEntries: 5_000 },
  ) {
    this.cache = new TtlCache(clock, options);
  }

  getPrivilege(userId: string): Promise<AccountPrivilege> {
    return this.cache.get(userId.toLowerCase(), () => this.inner.getPrivilege(userId));
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
