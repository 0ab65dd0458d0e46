import { foldDiacritics } from './text-normalizer.js';

/**
 * Czech and English stop words for the category classifier and the knowledge-base search.
 * Compared in folded form, so "já" and "ja" are both stop words. Scope and urgency words
 * ("nikdo", "všichni", "nejde") are deliberately NOT here: they carry meaning for triage.
 */
const CZECH = `a aby abych ahoj ale ani ano asi az až bez bude budu by byl byla byli bylo byt být co
  či do dnes dobrý dobry den ho i já jak jako jsem jsi jsme jste je jej jeho její jen jenom již jiz
  jsou k kam kde kdy když ke ktera která ktere které kteri kteří ktery který mám mam mate máte me mě
  mezi mi mne mně mnou moc moje muj můj my na nad nam nám nas nás náš nas naše nase ne nebo nez než
  o od on ona oni ono pak po pod podle pokud pro proc proč prosim prosím protoze protože před pred
  pri při s se si sve své svůj sveho tak take také tam te té teď ted ten tento tím tim to tohle
  toho tom tomu tu ty tyto u uz už v ve vam vám vas vás váš vy z za ze že zdravim zdravím dekuji
  děkuji diky díky dobry dobrý den dobrého dobreho jsem zase jeste ještě nějak nejak nějaký nejaky
  něco neco prostě proste vlastně vlastne hned furt pls plz`;

const ENGLISH = `a about after again all am an and any are as at be been before being both but by
  can could did do does doing down during each few for from further had has have having he her here
  hers him his how i if in into is it its itself just me more most my myself no nor now of off on
  once only or other our ours out over own same she should so some such than that the their them
  then there these they this those through to too under until up very was we were what when where
  which while who whom why will with would you your yours hi hello hey please thanks thank pls`;

/** The words as written and folded, so a lookup needs no folding. */
function toSet(words: string): ReadonlySet<string> {
  const list = words.split(/\s+/u).filter(Boolean);
  return new Set([...list, ...list.map(foldDiacritics)]);
}

const STOP_WORDS = { cs: toSet(CZECH), en: toSet(ENGLISH) } as const;

/** Is `token` (lower case, with or without diacritics) a stop word of `language` (default: either)? */
export function isStopWord(token: string, language?: 'cs' | 'en'): boolean {
  if (language) return STOP_WORDS[language].has(token) || STOP_WORDS[language].has(foldDiacritics(token));
  return STOP_WORDS.cs.has(token) || STOP_WORDS.en.has(token)
    || STOP_WORDS.cs.has(foldDiacritics(token)) || STOP_WORDS.en.has(foldDiacritics(token));
}
