import type { Clock } from '../services/ports.js';

export interface CacheOptions {
  /** How long an answer is trusted; kept short so that changes in the directory reach the bot soon. */
  ttlMs: number;
  maxEntries: number;
}

interface Entry<T> { value: T; expires: number }

/**
 * Answers by key for `ttlMs`, at most `maxEntries` (oldest dropped first), one load per key at a
 * time (concurrent askers share it); a failed load is never kept. Answers are frozen and handed
 * out as they are: a copy per look-up cost more than the look-up, and a caller that tried to
 * change one gets a TypeError instead of corrupting the cache.
 */
export class TtlCache<T> {
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
