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
    if (hit && hit.expires > now) return structuredClone(hit.value);
    const value = await load();
    map.delete(key);
    map.set(key, { value, expires: now + this.options.ttlMs });
    if (map.size > this.options.maxEntries) map.delete(map.keys().next().value as string);
    return structuredClone(value);
  }
}
