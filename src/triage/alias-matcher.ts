import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { type MatchToken, toMatchTokens, tokensMatch } from './match-tokens.js';
import { isStopWord } from './stop-words.js';

/** Something from config known by a name and aliases (site, district, application, critical service). */
export interface NamedItem { id: string; name: string; aliases?: readonly string[] }

export interface AliasMatch<T extends NamedItem> { item: T; score: number }

/** A name or alias: indexes into the matcher's distinct name words. */
type Phrase = readonly number[];

/** `tokensMatch` accepts a close spelling at Jaro-Winkler ≥ 0.92 (see match-tokens.ts). */
const SIMILARITY_THRESHOLD = 0.92;

/**
 * Finds config items named in a message, tolerant of Czech inflection, missing diacritics and
 * typos ("v klatovech", "Klatovy", "klatovy" all match "Klatovy"). An item's score is the best
 * share of one of its names (name or alias) found in the message, each word weighted by how
 * distinctive it is among all items (a word shared by seven sites counts less than a town name).
 * Each distinct word of the names is compared with the message's words once per message, and a
 * letter count rules out most pairs before the Jaro-Winkler similarity is computed.
 */
export class AliasMatcher<T extends NamedItem> {
  private readonly items: readonly { item: T; phrases: readonly Phrase[] }[];
  private readonly words: readonly MatchToken[];
  private readonly weights: readonly number[];

  constructor(items: readonly T[]) {
    const index = new Map<string, number>();
    const words: MatchToken[] = [];
    const owners: Set<string>[] = [];
    this.items = items.map((item) => {
      const phrases = [item.name, ...(item.aliases ?? [])]
        .map((name) => toMatchTokens(name).filter((t) => !isStopWord(t.folded)).map((token) => {
          let i = index.get(token.folded);
          if (i === undefined) {
            i = words.push(token) - 1;
            index.set(token.folded, i);
            owners.push(new Set());
          }
          owners[i]!.add(item.id);
          return i;
        }))
        .filter((p) => p.length > 0);
      return { item, phrases };
    });
    this.words = words;
    this.weights = owners.map((ids) => 1 / ids.size);
  }

  /** Items whose score reaches `minScore` (0..1], best first (config order on ties). */
  match(text: string | readonly MatchToken[], minScore = 1): AliasMatch<T>[] {
    const message = typeof text === 'string' ? toMatchTokens(text) : text;
    const found = this.words.map((name) => message.some((word) => tokensMatch(word, name, similarity)));
    const matches: AliasMatch<T>[] = [];
    for (const { item, phrases } of this.items) {
      let best = 0;
      for (const phrase of phrases) best = Math.max(best, this.phraseScore(phrase, found));
      if (best >= minScore - 1e-9) matches.push({ item, score: Math.round(best * 1000) / 1000 });
    }
    return matches.sort((a, b) => b.score - a.score);
  }

  private phraseScore(phrase: Phrase, found: readonly boolean[]): number {
    let total = 0;
    let matched = 0;
    for (const i of phrase) {
      total += this.weights[i]!;
      if (found[i]) matched += this.weights[i]!;
    }
    return total === 0 ? 0 : matched / total;
  }
}

/**
 * Jaro-Winkler, skipped when it cannot reach the threshold: JW ≤ 0.4 + 0.6 × Jaro (prefix bonus
 * at most 4 × 0.1), and Jaro ≤ (c/|a| + c/|b| + 1) / 3 with c the letters the two words share.
 */
function similarity(a: string, b: string): number {
  const shared = sharedLetters(a, b);
  const jaroBound = (shared / a.length + shared / b.length + 1) / 3;
  if (0.4 + 0.6 * jaroBound < SIMILARITY_THRESHOLD) return 0;
  return JaroWinklerDistance(a, b);
}

/** Letter counts of the first word, reused between calls (the matcher runs on one thread, synchronously). */
const counts = new Uint16Array(128);

/** Letters two words share, counted with multiplicity. Words are folded, so nearly always ASCII; otherwise the bound is left open (the shorter length). */
function sharedLetters(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    if (code >= 128) {
      counts.fill(0);
      return Math.min(a.length, b.length);
    }
    counts[code]!++;
  }
  let shared = 0;
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    if (code < 128 && counts[code]! > 0) {
      counts[code]!--;
      shared++;
    }
  }
  counts.fill(0);
  return shared;
}
