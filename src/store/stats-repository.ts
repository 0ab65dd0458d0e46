import type { JsonStore } from './json-store.js';

const COLLECTION = 'stats';

/** Counters for reports (self-help deflections per month and article). */
export class StatsRepository {
  constructor(private readonly store: JsonStore) {}

  increment(key: string): void {
    const current = this.store.get<number>(COLLECTION, key) ?? 0;
    this.store.commitLazily([{ c: COLLECTION, k: key, v: current + 1 }]);
  }

  get(key: string): number {
    return this.store.get<number>(COLLECTION, key) ?? 0;
  }
}
