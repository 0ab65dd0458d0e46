import type { Language } from '../domain/tickets/ticket.js';
import type { UserPrefsRepository } from '../store/user-prefs-repository.js';

export type LanguageDetector = (text: string) => Language | null;

const MIN_WORDS_TO_SWITCH = 3;
/** Ticket ids and the word "ticket" say nothing of the language: Czech IT users say "ticket" too. */
const NEUTRAL = /\bHD-\d{4}-\d+\b|\btickety?\b|\btickets\b/giu;

/**
 * The reply language follows what the user writes, not the activity's locale (Teams and the
 * Playground often say en-US for Czech users). A message of a few words in the other language
 * switches it; shorter ones ("ok", "ano") keep the remembered one; Czech is the default.
 */
export class LanguageResolver {
  constructor(private readonly prefs: UserPrefsRepository, private readonly detect: LanguageDetector) {}

  async resolve(userId: string, text: string): Promise<Language> {
    const remembered = this.prefs.get(userId)?.language;
    const probe = text.replace(NEUTRAL, ' ');
    const words = probe.trim().split(/\s+/u).filter(Boolean).length;
    if (remembered && words < MIN_WORDS_TO_SWITCH) return remembered; // too short to switch: no need to detect
    const detected = words > 0 ? this.detect(probe) : null;
    if (detected && (words >= MIN_WORDS_TO_SWITCH || !remembered)) {
      if (detected !== remembered) this.prefs.setLanguage(userId, detected);
      return detected;
    }
    return remembered ?? 'cs';
  }

  set(userId: string, lang: Language): void {
    this.prefs.setLanguage(userId, lang);
  }

  /** The language a text is written in, when it tells (a quoted note is labelled when it is not the reader's). */
  languageOf(text: string): Language | null {
    return this.detect(text);
  }

  current(userId: string): Language {
    return this.prefs.get(userId)?.language ?? 'cs';
  }
}
