import type { ConversationReference } from 'botbuilder';
import type { JsonStore } from './json-store.js';

const COLLECTION = 'conversationRefs';

/**
 * Conversation references for proactive messages: a user's personal chat keyed by their Entra
 * object id (each Teams client has its own serviceUrl), a channel or group chat by its conversation id.
 */
export class ConversationRefRepository {
  constructor(private readonly store: JsonStore) {}

  get(key: string): Partial<ConversationReference> | undefined {
    const ref = this.store.get<Partial<ConversationReference>>(COLLECTION, key);
    return ref ? structuredClone(ref) : undefined;
  }

  /**
   * Stores the reference when it is new or changed (a write per message would be wasted disk work),
   * with the next group flush: the user writes again if a crash loses it.
   */
  save(key: string, ref: Partial<ConversationReference>): void {
    const current = this.store.get<Partial<ConversationReference>>(COLLECTION, key);
    if (current && current.serviceUrl === ref.serviceUrl && current.conversation?.id === ref.conversation?.id) return;
    this.store.commitLazily([{ c: COLLECTION, k: key, v: structuredClone(ref) }]);
  }
}
