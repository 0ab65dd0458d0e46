import type { AccountAuditEntry } from '../domain/accounts/account-audit.js';
import type { JsonStore } from './json-store.js';

const COLLECTION = 'accountAudit';
const COUNTERS = 'counters';
const COUNTER_KEY = 'accountAudit';

export interface AuditQuery {
  /** Only entries about these targets (e.g. a manager's direct reports); absent: all. */
  targetIds?: ReadonlySet<string>;
  requesterId?: string;
  since?: Date;
  limit: number;
}

/**
 * The account audit log: append-only (entries are added under a sequence number and never
 * changed or deleted by this repository), durable before `append` resolves.
 */
export class AuditLogRepository {
  constructor(private readonly store: JsonStore) {}

  async append(entry: Omit<AccountAuditEntry, 'id'>): Promise<AccountAuditEntry> {
    const n = (this.store.get<number>(COUNTERS, COUNTER_KEY) ?? 0) + 1;
    const id = `A${String(n).padStart(8, '0')}`;
    const stored: AccountAuditEntry = { id, ...entry };
    await this.store.commit([
      { c: COUNTERS, k: COUNTER_KEY, v: n },
      { c: COLLECTION, k: id, v: stored },
    ]);
    return structuredClone(stored);
  }

  /** Newest first. */
  query(q: AuditQuery): AccountAuditEntry[] {
    const since = q.since?.toISOString();
    const keys = this.store.keys(COLLECTION).sort().reverse();
    const out: AccountAuditEntry[] = [];
    for (const key of keys) {
      if (out.length >= q.limit) break;
      const e = this.store.get<AccountAuditEntry>(COLLECTION, key);
      if (!e) continue;
      if (q.targetIds && !q.targetIds.has(e.targetId)) continue;
      if (q.requesterId && e.requesterId !== q.requesterId) continue;
      if (since && e.at < since) continue;
      out.push(structuredClone(e));
    }
    return out;
  }
}
