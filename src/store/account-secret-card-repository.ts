import type { ConversationReference } from 'botbuilder';
import type { Language } from '../domain/tickets/ticket.js';
import type { JsonStore } from './json-store.js';

const COLLECTION = 'accountSecretCards';

/** A sent temporary-password card that must be redacted. Holds where it is, never what it says. */
export interface SecretCardRecord {
  /** Random id carried by the card's "Got it" button. */
  secretId: string;
  activityId: string;
  requesterId: string;
  reference: Partial<ConversationReference>;
  lang: Language;
  targetLabel: string;
  redactAt: string;
}

/** Temporary-password cards awaiting redaction, keyed by the card's secret id; durable so a restart still redacts them. */
export class AccountSecretCardRepository {
  constructor(private readonly store: JsonStore) {}

  async add(record: SecretCardRecord): Promise<void> {
    await this.store.commit([{ c: COLLECTION, k: record.secretId, v: structuredClone(record) }]);
  }

  get(secretId: string): SecretCardRecord | undefined {
    const r = this.store.get<SecretCardRecord>(COLLECTION, secretId);
    return r ? structuredClone(r) : undefined;
  }

  due(now: Date): SecretCardRecord[] {
    const at = now.toISOString();
    return this.store.values<SecretCardRecord>(COLLECTION).filter((r) => r.redactAt <= at).map((r) => structuredClone(r));
  }

  async remove(secretId: string): Promise<void> {
    if (this.store.get(COLLECTION, secretId) === undefined) return;
    await this.store.commit([{ c: COLLECTION, k: secretId, d: true }]);
  }
}
