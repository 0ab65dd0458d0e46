import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/triage/language-detector.js';
import { isStopWord } from '../../src/triage/stop-words.js';
import { foldDiacritics, MAX_ANALYSED_CHARS, normalizeText } from '../../src/triage/text-normalizer.js';
import { UnicodeTokenizer } from '../../src/triage/unicode-tokenizer.js';

describe('UnicodeTokenizer', () => {
  it('keeps Czech words whole (natural\'s default tokenizers split "účet")', () => {
    expect(new UnicodeTokenizer().tokenize('Můj účet je zablokovaný!')).toEqual(['Můj', 'účet', 'je', 'zablokovaný']);
  });
  it('splits on punctuation and keeps numbers', () => {
    expect(UnicodeTokenizer.tokens('tiskárna,kancelář 214;SUS-12345')).toEqual(['tiskárna', 'kancelář', '214', 'SUS', '12345']);
  });
  it('returns nothing for emoji and whitespace', () => {
    expect(UnicodeTokenizer.tokens(' 🙂 \n\t 🎉 ')).toEqual([]);
  });
});

describe('text normalizer', () => {
  it('folds diacritics', () => {
    expect(foldDiacritics('Příliš žluťoučký kůň úpěl ďábelské ódy')).toBe('Prilis zlutoucky kun upel dabelske ody');
  });
  it('lower-cases, joins e-mail and wi-fi, and caps the length', () => {
    expect(normalizeText('E-mail a Wi-Fi nejde')).toBe('email a wifi nejde');
    expect(normalizeText('Plzeň-jih')).toBe('plzeň-jih');
    expect(normalizeText('x'.repeat(200_000))).toHaveLength(MAX_ANALYSED_CHARS);
  });
});

describe('stop words', () => {
  it('knows Czech words with and without diacritics and English words', () => {
    expect(isStopWord('že')).toBe(true);
    expect(isStopWord('ze')).toBe(true);
    expect(isStopWord('the', 'en')).toBe(true);
    expect(isStopWord('the', 'cs')).toBe(false);
  });
  it('keeps scope words that matter for priority', () => {
    expect(isStopWord('nikdo')).toBe(false);
    expect(isStopWord('všichni')).toBe(false);
    expect(isStopWord('tiskárna')).toBe(false);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Tiskárna v kanceláři nejde', 'cs'],
    ['nejde mi tisknout, tiskarna jen blika', 'cs'],
    ['zapomnel jsem heslo', 'cs'],
    ['my printer is not working', 'en'],
    ['I forgot my password', 'en'],
    ['outlook keeps asking for my password', 'en'],
    ['outlook se porad pta na heslo', 'cs'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
  it('returns null without a clue', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('VPN 🙂')).toBeNull();
  });
  it('goes with the dominant language of a mixed message', () => {
    expect(detectLanguage('ahoj, outlook mi nejde, píše to error "cannot connect"')).toBe('cs');
  });
});
