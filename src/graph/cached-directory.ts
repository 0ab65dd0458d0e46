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
 */
export class CachedDirectory implements DirectoryPort {
  private readonly users = new Map<string, Entry<DirectoryUser | null>>();
  private readonly managers = new Map<string, Entry<DirectoryUser | null>>();
  private readonly reports = new Map<string, Entry<DirectoryUser[]>>();

  constructor(
    private readonly inner: DirectoryPort,
    private readonly clock: Clock,
    private readonly options: CacheOptions = { ttlMs: 5 * 60_000, maxEntries: 5_000 },
  ) {}

  getUser(idOrUpn: string): Promise<DirectoryUser | null> {
    return this.cached(this.users, idOrUpn.toLowerCase(), () => this.inner.getUser(idOrUpn));
  }

  getManager(id: string): Promise<DirectoryUser | null> {
    return this.cached(this.managers, id.toLowerCase(), () => this.inner.getManager(id));
  }

  getDirectReports(id: string): Promise<DirectoryUser[]> {
    return this.cached(this.reports, id.toLowerCase(), () => this.inner.getDirectReports(id));
  }

  searchUsers(query: string, limit: number): Promise<DirectoryUser[]> {
    return this.inner.searchUsers(query, limit);
  }

  private async cached<T>(map: Map<string, Entry<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const now = this.clock.now().getTime();
    const hit = map.get(key);
    if (hit && hit.expires > now) return hit.value;
    const value = deepFreeze(await load());
    map.delete(key);
    map.set(key, { value, expires: now + this.options.ttlMs });
    if (map.size > this.options.maxEntries) map.delete(map.keys().next().value as string);
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
