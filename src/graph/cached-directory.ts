import type { Clock, DirectoryPort, DirectoryUser } from '../services/ports.js';
import { TtlCache, type CacheOptions } from './ttl-cache.js';

/**
 * The directory with a bounded, time-limited cache of look-ups (users and managers, including
 * "not found"). Failures are never cached. Searches are not cached: they are rare and must be fresh.
 * Concurrent look-ups of one person share one request (the report dialog warms the cache on the
 * description turn; the confirming turn often asks before that answer is back).
 */
export class CachedDirectory implements DirectoryPort {
  private readonly users: TtlCache<DirectoryUser | null>;
  private readonly managers: TtlCache<DirectoryUser | null>;
  private readonly reports: TtlCache<DirectoryUser[]>;

  constructor(
    private readonly inner: DirectoryPort,
    clock: Clock,
    options: CacheOptions = { ttlMs: 5 * 60_000, maxEntries: 5_000 },
  ) {
    this.users = new TtlCache(clock, options);
    this.managers = new TtlCache(clock, options);
    this.reports = new TtlCache(clock, options);
  }

  getUser(idOrUpn: string): Promise<DirectoryUser | null> {
    return this.users.get(idOrUpn.toLowerCase(), () => this.inner.getUser(idOrUpn));
  }

  getManager(id: string): Promise<DirectoryUser | null> {
    return this.managers.get(id.toLowerCase(), () => this.inner.getManager(id));
  }

  getDirectReports(id: string): Promise<DirectoryUser[]> {
    return this.reports.get(id.toLowerCase(), () => this.inner.getDirectReports(id));
  }

  searchUsers(query: string, limit: number): Promise<DirectoryUser[]> {
    return this.inner.searchUsers(query, limit);
  }
}
