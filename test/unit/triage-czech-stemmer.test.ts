import { describe, expect, it } from 'vitest';
import { CzechStemmer } from '../../src/triage/czech-stemmer.js';
import { FeatureExtractor } from '../../src/triage/feature-extractor.js';

const stemmer = new CzechStemmer();

describe('CzechStemmer (DOMAIN.md expected outputs)', () => {
  it.each([
    ['tiskárna', 'tiskárn'], ['tiskárny', 'tiskárn'], ['tiskárně', 'tiskárn'], ['tiskárnou', 'tiskárn'],
    ['heslo', 'hesl'], ['hesla', 'hesl'], ['hesel', 'hesl'],
    ['počítač', 'počítak'], ['počítače', 'počítak'], ['počítačem', 'počítak'],
  ])('%s → %s', (word, stem) => {
    expect(stemmer.stem(word)).toBe(stem);
  });

  it('applies each step: atech, possessive, čt/št, z/ž and ů rules', () => {
    expect(stemmer.stem('kuřatech')).toBe('kuř');
    expect(stemmer.stem('otcovi')).toBe('otk');
    expect(stemmer.stem('klatovy')).toBe('klat');
    expect(stemmer.stem('desek')).toBe('desk');
    expect(stemmer.stem('mzdách')).toBe('mzd');
    expect(stemmer.stem('nůž')).toBe('nůh');
    expect(stemmer.stem('stůl')).toBe('stol');
    expect(stemmer.stem('účet')).toBe('účt');
  });

  it('leaves short words alone', () => {
    expect(stemmer.stem('síť')).toBe('síť');
    expect(stemmer.stem('vpn')).toBe('vpn');
  });

  it('is natural-compatible: tokenizeAndStem tokenizes Czech words whole and drops stop words', () => {
    expect(stemmer.tokenizeAndStem('Tiskárna na chodbě NEJDE')).toEqual(['tiskárn', 'chodb', 'nejd']);
    expect(stemmer.tokenizeAndStem('a je to', true)).toEqual(['a', 'je', 'to']);
  });

  it('meets the same stem with and without diacritics once folded after stemming', () => {
    const features = new FeatureExtractor();
    expect(features.stem('tiskárnou', 'cs')).toBe(features.stem('tiskarnou', 'cs'));
    expect(features.stem('počítačem', 'cs')).toBe('pocitak');
    expect(features.stem('pocitacem', 'cs')).toBe('pocitak');
    expect(features.features('nového počítače', 'cs')).toContain('pocitak');
  });

  it('uses Porter for English', () => {
    expect(new FeatureExtractor().features('printers printing', 'en')).toEqual(['printer', 'print']);
  });
});
