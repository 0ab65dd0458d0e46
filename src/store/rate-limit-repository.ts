import { DAY_MS, withinWindow } from '../domain/accounts/rate-limit-window.js';
import type { JsonStore } from './json-store.js';

const COLLECTION = 'accountRateLimits';

/**
 * Instants of rate-limited events per key ("target:resetPassword:{id}", "requester:{id}"),
 * durable, pruned to the window on every write.
 */
export class RateLimitRepository {
  constructor(private readonly store: JsonStore, private readonly windowMs = DAY_MS) {}

  recent(key: string, now: Date): string[] {
    return withinWindow(this.store.get<string[]>(COLLECTION, key) ?? [], now, this.windowMs);
  }

  async record(keys: readonly string[], now: Date): Promise<void> {
    const ops = keys.map((k) => ({ c: COLLECTION, k, v: [...this.recent(k, now), now.toISOString()] }));
    if (ops.length > 0) await this.store.commit(ops);
  }
}
