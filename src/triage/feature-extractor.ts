import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { CzechStemmer } from './czech-stemmer.js';
import type { Language } from './language-detector.js';
import { isStopWord } from './stop-words.js';
import { foldDiacritics, normalizeText } from './text-normalizer.js';
import { UnicodeTokenizer } from './unicode-tokenizer.js';

/** At most this many features per message: keeps classification O(1) for long pastes. */
export const MAX_FEATURES = 60;
const STEM_MEMO_LIMIT = 50_000;
/** Which stemmer: Czech (published rules), Czech with folded endings, or Porter. */
type StemmerKind = Language | 'cs-folded';

/**
 * Text → classifier features: Unicode tokens, stop words out, stemmed (Czech light stemmer or
 * Porter), diacritics folded after stemming. A Czech token also yields the stem of its folded form
 * by the folded-endings variant of the stemmer, so "změním" meets "zmenim" and "nového" meets "noveho".
 */
export class FeatureExtractor {
  private readonly czech = new CzechStemmer();
  private readonly czechFolded = new CzechStemmer({ foldedEndings: true });
  /** Per-instance memo of stems (natural's Porter costs ~10 µs a word); cleared when it grows large. */
  private readonly memo = new Map<string, string>();

  /** Stem of one lower-case token in `language`, folded. */
  stem(token: string, language: Language): string {
    return this.stemWith(language, token);
  }

  private stemWith(language: StemmerKind, token: string): string {
    const key = `${language}:${token}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const stem = language === 'en' ? foldDiacritics(PorterStemmer.stem(token))
      : language === 'cs' ? foldDiacritics(this.czech.stem(token)) : this.czechFolded.stem(token);
    if (this.memo.size >= STEM_MEMO_LIMIT) this.memo.clear();
    this.memo.set(key, stem);
    return stem;
  }

  /** Distinct features of `text`, in order of first appearance (at most `limit`). */
  features(text: string, language: Language, limit: number = MAX_FEATURES): string[] {
    const out = new Set<string>();
    const source = limit > MAX_FEATURES ? text.normalize('NFC').toLowerCase() : normalizeText(text);
    for (const token of UnicodeTokenizer.tokens(source)) {
      if (isStopWord(token) || /^\d+$/u.test(token)) continue;
      out.add(this.stemWith(language, token));
      if (language === 'cs') out.add(this.stemWith('cs-folded', foldDiacritics(token)));
      if (out.size >= limit) break;
    }
    return [...out];
  }
}
