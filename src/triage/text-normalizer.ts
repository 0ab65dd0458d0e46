/** Text clean-up shared by every triage step: NFC, lower case, diacritics folding, length cap. */

/** Longest text the triage analyses; a 200 KB paste is cut here so analysis stays fast. */
export const MAX_ANALYSED_CHARS = 1000;

const NON_ASCII = /[^\u0000-\u007f]/u;
const COMBINING_MARKS = /\p{M}+/gu;
/** "e-mail", "wi-fi", "e-faktury": a one- or two-letter prefix joined by a hyphen is one word. */
const SHORT_PREFIX_HYPHEN = /(^|[^\p{L}\p{N}])(\p{L}{1,2})-(?=\p{L})/gu;

/** Removes diacritics: "tiskárně" → "tiskarne". Works on any case. */
export function foldDiacritics(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** Lower-cased NFC text, capped at MAX_ANALYSED_CHARS, with "e-mail"-style prefixes joined. */
export function normalizeText(text: string, maxChars: number = MAX_ANALYSED_CHARS): string {
  const capped = text.length > maxChars ? text.slice(0, maxChars) : text;
  return capped.normalize('NFC').toLowerCase().replace(SHORT_PREFIX_HYPHEN, '$1$2');
}
