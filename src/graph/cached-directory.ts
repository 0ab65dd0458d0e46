import type { Clock, DirectoryPort, DirectoryUser } from '../services/ports.js';

export interface CacheOptions {
  /** How long an answer is trusted; kept short so that directory changes reach the bot soon. */
  ttlMs: number;
  maxEntries: number;
}

interface Entry<T> { value: T; expires: number }

/**
 * The directory with a bounded, time-limited cache of look-ups (users and managers, including
 * "not found"). Failures are never cached. Searches are not cached: they are rare and must be fresh.
 * Cached answers are frozen and handed out as they are (a copy per look-up cost more than the
 * look-up; a caller that tried to change one would get a TypeError, not a corrupted cache).
 * Concurrent look-ups of one key share one request (the report dialog warms the cache on the
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

/** Answers by key for `ttlMs`, at most `maxEntries` (oldest dropped first), one load per key at a time. */
class TtlCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly inFlight = new Map<string, Promise<T>>();

  constructor(private readonly clock: Clock, private readonly options: CacheOptions) {}

  async get(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.clock.now().getTime();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const loading = load().then((loaded) => {
      const value = deepFreeze(loaded);
      this.entries.delete(key);
      this.entries.set(key, { value, expires: now + this.options.ttlMs });
      if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      return value;
    });
    this.inFlight.set(key, loading);
    try {
      return await loading;
    } finally {
      this.inFlight.delete(key);
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
