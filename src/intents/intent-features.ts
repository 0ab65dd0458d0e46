import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { CzechStemmer } from '../triage/czech-stemmer.js';
import { foldDiacritics } from '../triage/text-normalizer.js';
import { monthOfWord } from './slots/period-slot.js';
import { findPerson } from './slots/person-slot.js';

/** A token this close to a known word (natural's Jaro-Winkler) is read as that word: "hesloo", "odhlsit", "pozadavkz". */
const TYPO_SIMILARITY = 0.9;
const MIN_TYPO_LENGTH = 4;
const MEMO_LIMIT = 20_000;

/** Values that only fill slots are one token each, so "HD-2026-00417" and "HD-2026-00031" read alike. */
const PLACEHOLDERS: [RegExp, string][] = [
  [/\bhd-\d{4}-\d{3,}\b/giu, ' xticket '],
  [/\bpg-\d{4}-\d{3,}\b/giu, ' xpage '],
  [/[^\s@]+@[^\s@]+\.[a-z]{2,}/giu, ' xemail '], // (only run on text with an "@")
  [/\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\. ?\d{1,2}\.(?: ?\d{4})?/gu, ' xdate '],
  [/\b20\d{2}-\d{1,2}\b|\b\d{1,2}\/20\d{2}\b|\bq[1-4]\b/giu, ' xperiod '],
  [/\b\d+\b/gu, ' xnum '],
];

const PLACEHOLDER_WORD = /^x(?:ticket|page|email|date|period|num|month|place|org|person)$/u;
/** Czech verb endings (infinitive, imperative, present), longest first: "resetujte", "resetovat", "resetuj" → "reset". */
const VERB_ENDINGS = [
  // participles and past tense: "vyřešený", "vyřešeno", "zablokovaný", "nahlásil", "nestihlo", "zapomněla"
  'ovany', 'ovana', 'ovane', 'ovano', 'ovali', 'ovala', 'ovalo', 'oval', 'ovavat', 'ujete', 'ujte', 'ovat', 'nete', 'nout', 'nuty', 'nula', 'nulo', 'nuli', 'nul',
  'ejte', 'eny', 'ena', 'ene', 'eno', 'eni', 'ily', 'ila', 'ilo', 'ili', 'il', 'ely', 'ela', 'elo', 'eli', 'el', 'aly', 'ala', 'alo', 'ali', 'al',
  'ete', 'ite', 'ate', 'uju', 'uji', 'ujes', 'uje', 'uj', 'te', 'it', 'at', 'et', 'ni', 'ne', 'im', 'is', 'ej',
];
const MIN_ROOT = 4;

/**
 * Courtesy that wraps any request ("mohl byste mi…", "potřebovala bych…", "prosím", "could you…",
 * "I would like to…"): it tells nothing of which request, and shared by the polite examples of every
 * intent it pulls a message towards whichever has most of them. Taken out before features are made.
 */
const POLITE = new Set(['prosim', 'prosil', 'prosila', 'mohl', 'mohla', 'mohli', 'byste', 'bys', 'bychom', 'muzete', 'muzes', 'potreboval', 'potrebovala', 'potrebovali',
  'chtel', 'chtela', 'chteli', 'rad', 'rada', 'bych', 'please', 'could', 'would', 'kindly', 'like', 'id', 'pls', 'plz']);

function withoutPoliteness(words: readonly string[]): string[] {
  const kept = words.filter((w) => !POLITE.has(w));
  return kept.length > 0 ? kept : [...words];
}

/** The root of a Czech verb form (folded), or null when no verb ending comes off. */
export function verbRoot(word: string): string | null {
  for (const ending of VERB_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_ROOT) return word.slice(0, -ending.length);
  }
  return null;
}

/**
 * Message → features for the intent index: folded words corrected for typos against the training
 * vocabulary, each as its Czech stem (the project's light stemmer, folded endings), its English
 * Porter stem and a five-letter prefix (Czech verbs change their endings: "odhlásit", "odhlaš",
 * "odhlaste"), plus stem bigrams for word order. Function words stay: "mi", "mě", "moje", "kdo"
 * tell intents apart.
 */
export class IntentFeatures {
  private readonly czech = new CzechStemmer({ foldedEndings: true });
  private readonly vocabulary = new Set<string>();
  private readonly byInitial = new Map<string, string[]>();
  private readonly corrections = new Map<string, string>();
  private readonly stemMemo = new Map<string, [string, string]>();

  /** `entities` replaces the names of config entities (districts, vendors, organisations) by a placeholder word. */
  constructor(private readonly entities: (folded: string) => string = (f) => f) {}

  /** Words of `text`, folded, placeholders for ids, dates and periods, months as one word. */
  words(text: string): string[] {
    const person = findPerson(text);
    let s = (person ? text.replace(person, ' xperson ') : text).normalize('NFC').toLowerCase();
    for (const [re, token] of PLACEHOLDERS) if (token !== ' xemail ' || s.includes('@')) s = s.replace(re, token);
    return (this.entities(foldDiacritics(s)).match(/[a-z0-9]+/gu) ?? []).map((w) => (monthOfWord(w) !== null && w !== 'may' && w !== 'mar' ? 'xmonth' : w));
  }

  /** Learns the words of a training text (for typo correction). */
  learn(text: string): void {
    for (const w of this.words(text)) {
      if (this.vocabulary.has(w)) continue;
      this.vocabulary.add(w);
      const list = this.byInitial.get(w[0]!) ?? [];
      list.push(w);
      this.byInitial.set(w[0]!, list);
    }
  }

  features(text: string): string[] {
    const all = this.words(text).map((w) => this.correct(w));
    const words = withoutPoliteness(all);
    // commands are short, problem reports long: the length is a feature too
    const out = new Set<string>([words.length <= 3 ? 'xlen1' : words.length <= 7 ? 'xlen2' : 'xlen3']);
    let previous: string | null = null;
    for (const w of words) {
      const [stem, porter] = this.stems2(w);
      out.add(stem);
      if (porter !== stem) out.add(`e:${porter}`);
      const placeholder = PLACEHOLDER_WORD.test(w);
      if (w.length >= 6 && !placeholder) out.add(`p:${w.slice(0, 5)}`);
      if (w.length >= MIN_ROOT && !placeholder) out.add(`v:${verbRoot(w) ?? w}`);
      if (previous) out.add(`${previous}_${stem}`);
      previous = stem;
    }
    return [...out];
  }

  /** Stems of the words of `text` (no prefixes, bigrams or placeholders): what "known vocabulary" is measured on. */
  stems(text: string): string[] {
    return this.words(text).filter((w) => !w.startsWith('x') || !PLACEHOLDER_WORD.test(w)).map((w) => this.stem(this.correct(w)));
  }

  /** Czech and Porter stems of a word, memoised (Porter costs ~10 µs a word). */
  private stems2(word: string): [string, string] {
    const known = this.stemMemo.get(word);
    if (known) return known;
    const pair: [string, string] = [this.stem(word), /^[a-z]+$/u.test(word) ? PorterStemmer.stem(word) : word];
    if (this.stemMemo.size >= MEMO_LIMIT) this.stemMemo.clear();
    this.stemMemo.set(word, pair);
    return pair;
  }

  private stem(word: string): string {
    return word.length <= 3 || PLACEHOLDER_WORD.test(word) ? word : this.czech.stem(word);
  }

  /** The known word a typo stands for (same first letter, Jaro-Winkler ≥ 0.9), or the word itself. */
  private correct(word: string): string {
    if (word.length < MIN_TYPO_LENGTH || this.vocabulary.has(word)) return word;
    const memo = this.corrections.get(word);
    if (memo !== undefined) return memo;
    let best = word;
    let bestScore = TYPO_SIMILARITY;
    for (const known of this.byInitial.get(word[0]!) ?? []) {
      if (Math.abs(known.length - word.length) > 2) continue;
      const score = JaroWinklerDistance(word, known);
      if (score > bestScore) {
        best = known;
        bestScore = score;
      }
    }
    if (this.corrections.size >= MEMO_LIMIT) this.corrections.clear();
    this.corrections.set(word, best);
    return best;
  }
}
