/**
 * Word tokenizer for Czech and English. natural's default tokenizers split words at every
 * non-ASCII letter ("účet" → "ú", "et"); this one uses Unicode letter and digit classes.
 * It has natural's Tokenizer shape (`tokenize(text): string[]`), so it can be handed to natural.
 */
const WORD = /[\p{L}\p{N}]+/gu;

export class UnicodeTokenizer {
  tokenize(text: string): string[] {
    return text.match(WORD) ?? [];
  }

  /** Tokens of `text` as they are (no case change); use normalizeText first for lower case. */
  static tokens(text: string): string[] {
    return text.match(WORD) ?? [];
  }
}
