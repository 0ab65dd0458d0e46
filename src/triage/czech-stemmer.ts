import { UnicodeTokenizer } from './unicode-tokenizer.js';
import { isStopWord } from './stop-words.js';

/**
 * The light Czech stemmer of Dolamic and Savoy ("Indexing and stemming approaches for the Czech
 * language"), as in Apache Lucene's CzechStemmer. Input: one lower-case NFC token with diacritics.
 * Shaped like a natural stemmer (`stem`, `tokenizeAndStem`) so natural's classifiers can use it.
 * Czech letters are single UTF-16 units in NFC, so `length` counts letters.
 * Diacritics are NOT folded here: the caller folds after stemming (see feature-extractor.ts).
 */
const ENDINGS_3 = [
  'ech', 'ich', 'ích', 'ého', 'ěmi', 'emi', 'ému', 'ěte', 'ete', 'ěti', 'eti', 'ího', 'iho',
  'ími', 'ímu', 'imu', 'ách', 'ata', 'aty', 'ých', 'ama', 'ami', 'ové', 'ovi', 'ými',
];
const ENDINGS_2 = ['em', 'es', 'ém', 'ím', 'ům', 'at', 'ám', 'os', 'us', 'ým', 'mi', 'ou'];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ů', 'y', 'á', 'é', 'í', 'ý', 'ě']);

interface Endings { four: readonly string[]; three: readonly string[]; two: readonly string[]; vowels: ReadonlySet<string> }

const EXACT: Endings = { four: ['ětem', 'etem', 'atům'], three: ENDINGS_3, two: ENDINGS_2, vowels: VOWELS };
const fold = (list: Iterable<string>): string[] => [...new Set([...list].map((e) => e.normalize('NFD').replace(/\p{M}/gu, '')))];
/** The same endings without diacritics, for words typed without them ("zmenim" like "změním"). */
const FOLDED: Endings = { four: fold(EXACT.four), three: fold(ENDINGS_3), two: fold(ENDINGS_2), vowels: new Set(fold(VOWELS)) };

function cutCase(word: string, endings: Endings): string {
  const len = word.length;
  const ends = (suffix: string): boolean => word.endsWith(suffix);
  if (len > 7 && ends('atech')) return word.slice(0, -5);
  if (len > 6 && endings.four.some(ends)) return word.slice(0, -4);
  if (len > 5 && endings.three.some(ends)) return word.slice(0, -3);
  if (len > 4 && endings.two.some(ends)) return word.slice(0, -2);
  if (len > 3 && endings.vowels.has(word.slice(-1))) return word.slice(0, -1);
  return word;
}

function cutPossessive(word: string): string {
  if (word.length > 5 && (word.endsWith('ov') || word.endsWith('in') || word.endsWith('ův'))) {
    return word.slice(0, -2);
  }
  return word;
}

function normalizeEnding(word: string): string {
  if (word.endsWith('čt')) return `${word.slice(0, -2)}ck`;
  if (word.endsWith('št')) return `${word.slice(0, -2)}sk`;
  const last = word.slice(-1);
  if (last === 'c' || last === 'č') return `${word.slice(0, -1)}k`;
  if (last === 'z' || last === 'ž') return `${word.slice(0, -1)}h`;
  const len = word.length;
  if (len > 1 && word[len - 2] === 'e') return word.slice(0, -2) + last;
  if (len > 2 && word[len - 2] === 'ů') return `${word.slice(0, -2)}o${last}`;
  return word;
}

export class CzechStemmer {
  private readonly endings: Endings;

  /**
   * `foldedEndings: true` is a variant for text typed without diacritics: the case endings are
   * matched in folded form too ("noveho" loses "eho" like "nového" loses "ého"). Default: the
   * published algorithm exactly.
   */
  constructor(options: { foldedEndings?: boolean } = {}) {
    this.endings = options.foldedEndings ? FOLDED : EXACT;
  }

  /** Stem of one lower-case token: "tiskárnou" → "tiskárn", "počítačem" → "počítak". */
  stem(token: string): string {
    return normalizeEnding(cutPossessive(cutCase(token, this.endings)));
  }

  /** natural's stemmer contract: lower-case, tokenize (Unicode), drop stop words unless keepStops. */
  tokenizeAndStem(text: string, keepStops = false): string[] {
    const tokens = UnicodeTokenizer.tokens(text.normalize('NFC').toLowerCase());
    return tokens.filter((t) => keepStops || !isStopWord(t)).map((t) => this.stem(t));
  }
}
