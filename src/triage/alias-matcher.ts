import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { type MatchToken, toMatchTokens, tokensMatch } from './match-tokens.js';
import { isStopWord } from './stop-words.js';

/** Something from config known by a name and aliases (site, district, application, critical service). */
export interface NamedItem { id: string; name: string; aliases?: readonly string[] }

export interface AliasMatch<T extends NamedItem> { item: T; score: number }

interface Phrase { tokens: MatchToken[] }

/**
 * Finds config items named in a message, tolerant of Czech inflection, missing diacritics and
 * typos ("v klatovech", "Klatovy", "klatovy" all match "Klatovy"). An item's score is the best
 * share of one of its names (name or alias) found in the message, each word weighted by how
 * distinctive it is among all items (a word shared by seven sites counts less than a town name).
 */
export class AliasMatcher<T extends NamedItem> {
  private readonly phrases: ReadonlyMap<T, Phrase[]>;
  private readonly weights: ReadonlyMap<string, number>;

  constructor(items: readonly T[]) {
    const phrases = new Map<T, Phrase[]>();
    const owners = new Map<string, Set<string>>();
    for (const item of items) {
      const list = [item.name, ...(item.aliases ?? [])].map((name) => ({
        tokens: toMatchTokens(name).filter((t) => !isStopWord(t.folded)),
      })).filter((p) => p.tokens.length > 0);
      phrases.set(item, list);
      for (const token of list.flatMap((p) => p.tokens)) {
        owners.set(token.folded, (owners.get(token.folded) ?? new Set()).add(item.id));
      }
    }
    this.phrases = phrases;
    this.weights = new Map([...owners].map(([word, ids]) => [word, 1 / ids.size]));
  }

  /** Items whose score reaches `minScore` (0..1], best first (config order on ties). */
  match(text: string | readonly MatchToken[], minScore = 1): AliasMatch<T>[] {
    const words = typeof text === 'string' ? toMatchTokens(text) : text;
    const found: AliasMatch<T>[] = [];
    for (const [item, phrases] of this.phrases) {
      let best = 0;
      for (const phrase of phrases) best = Math.max(best, this.phraseScore(phrase, words));
      if (best >= minScore - 1e-9) found.push({ item, score: Math.round(best * 1000) / 1000 });
    }
    return found.sort((a, b) => b.score - a.score);
  }

  private phraseScore(phrase: Phrase, words: readonly MatchToken[]): number {
    let total = 0;
    let matched = 0;
    for (const token of phrase.tokens) {
      const weight = this.weights.get(token.folded) ?? 1;
      total += weight;
      if (words.some((w) => tokensMatch(w, token, JaroWinklerDistance))) matched += weight;
    }
    return total === 0 ? 0 : matched / total;
  }
}
