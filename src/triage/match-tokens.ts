import { CzechStemmer } from './czech-stemmer.js';
import { foldDiacritics, normalizeText } from './text-normalizer.js';
import { UnicodeTokenizer } from './unicode-tokenizer.js';

/** A word prepared for fuzzy matching of names: folded form plus its Czech stems, folded. */
export interface MatchToken { folded: string; stems: readonly string[] }

/** Remainders that may follow a stem in an inflected Czech word typed without diacritics. */
const INFLECTION = /^(?:[aeiouy]|ou|em|am|ach|ech|ich|ami|emi|ovi|ove|um|ho|mu|eho|emu|ym|ymi|ych|ce|ku|ky|ka|kou|ek|ne|nu|ny)?$/u;

/** Distinct words of `text` (capped, lower case) as match tokens; names are Czech, so the Czech stemmer is used. */
export function toMatchTokens(text: string, stemmer: CzechStemmer = new CzechStemmer()): MatchToken[] {
  return [...new Set(UnicodeTokenizer.tokens(normalizeText(text)))].map((token) => {
    const folded = foldDiacritics(token);
    const stems = new Set([foldDiacritics(stemmer.stem(token)), stemmer.stem(folded)]);
    return { folded, stems: [...stems] };
  });
}

/**
 * Does a word of the message (`word`) stand for a word of a name (`name`)? Short names (≤ 3
 * letters: "CM", "net") must match exactly; longer ones match on equal stems, on the name's stem
 * followed by an inflection ("systemu" for "systém"), or on a close spelling (Jaro-Winkler).
 */
export function tokensMatch(word: MatchToken, name: MatchToken, similarity: (a: string, b: string) => number): boolean {
  if (word.folded === name.folded) return true;
  if (name.folded.length <= 3) return false;
  if (word.stems.some((s) => name.stems.includes(s))) return true;
  for (const stem of name.stems) {
    if (stem.length >= 3 && word.folded.startsWith(stem) && INFLECTION.test(word.folded.slice(stem.length))) return true;
  }
  return word.folded.length >= 5 && Math.abs(word.folded.length - name.folded.length) <= 3
    && similarity(word.folded, name.folded) >= 0.92;
}
