import type { Language } from '../domain/tickets/ticket.js';
import type { JsonStore } from './json-store.js';

const COLLECTION = 'userPrefs';

export interface UserPrefs {
  language: Language;
}

/** Per-user preferences, keyed by the Entra object id. */
export class UserPrefsRepository {
  constructor(private readonly store: JsonStore) {}

  get(userId: string): UserPrefs | undefined {
    const prefs = this.store.get<UserPrefs>(COLLECTION, userId);
    return prefs ? { ...prefs } : undefined;
  }

  /** A preference is not worth an fsync of its own: it goes to disk with the next group flush. */
  setLanguage(userId: string, language: Language): void {
    if (this.get(userId)?.language === language) return;
    this.store.commitLazily([{ c: COLLECTION, k: userId, v: { ...this.get(userId), language } }]);
  }
}
