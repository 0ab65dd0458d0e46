import { foldDiacritics } from './text-normalizer.js';

/** Czech or English? Decided from what the user wrote; null when the text gives no clue. */
export type Language = 'cs' | 'en';

const CZECH_LETTERS = /[áčďéěíňóřšťúůýž]/giu;
/** Frequent Czech words, folded (users often type without diacritics). */
const CZECH_WORDS = new Set(`je se na v ve mi mam nejde nefunguje nejede nemuzu nemuze nemuzeme prosim ahoj dobry
  den dekuji diky moje muj pozadavky tiskarna heslo ucet pomoc napoveda cesky co jak kde uz jsem neni ani taky
  take potrebuji potrebuju chci chtel chtela ano ne kancelar kancelari pocitac sit nikomu nikdo nam do od pro
  ze ktery ktera ale jeste nebo bych by mne me mu jsme jste jsou byl byla bylo nic vsem vsichni cely cela
  zase porad furt hned dnes vcera rano odpoledne zitra tady tam nam vam zdravim dobrou cau nazdar nove novy
  nova nejak neco mail posta nemam nemame nema nefunguji vubec prosil zadny zadna pres pri dekujem za
  leden unor brezen duben kveten cerven cervenec srpen zari rijen listopad prosinec ledna unora brezna dubna kvetna cervna
  cervence srpna rijna listopadu prosince mesic`.split(/\s+/u));
const ENGLISH_WORDS = new Set(`the is my i not doesn t can cannot can't please help hello hi thanks thank you
  printer password account working work broken english tickets ticket what how where need want new office in
  of for with and it does won yes no report problem we our everyone nobody anyone anything this that there
  have has had get got since when would could should be been are am was were won't isn't doesn't don't
  keeps again any some all from on at up down out just still an error`.split(/\s+/u));
/** Word endings that only Czech words have, for text typed without diacritics. */
const CZECH_ENDINGS = /(?:ou|uje|uji|ujou|ech|ich|ach|ovi|eme|ete|ame|ate|ni|ce|ky|ny|ka|ko|la|lo|li)$/u;
const ENGLISH_ENDINGS = /(?:ing|tion|ed|ly|'s|n't)$/u;

/** Scores of the two languages for `text`; exposed for the triage engine's tie-breaking. */
export function languageScores(text: string): { cs: number; en: number } {
  const lower = text.toLowerCase();
  let cs = Math.min(4, (lower.match(CZECH_LETTERS) ?? []).length) * 0.75;
  let en = 0;
  for (const raw of lower.match(/[\p{L}\p{N}']+/gu) ?? []) {
    const token = foldDiacritics(raw);
    const czech = CZECH_WORDS.has(token);
    const english = ENGLISH_WORDS.has(token);
    if (czech) cs += 1;
    if (english) en += 1;
    if (!czech && !english && token.length > 3) {
      if (CZECH_ENDINGS.test(token)) cs += 0.25;
      if (ENGLISH_ENDINGS.test(token)) en += 0.25;
    }
  }
  return { cs, en };
}

export function detectLanguage(text: string): Language | null {
  const { cs, en } = languageScores(text);
  if (cs === en) return null;
  return cs > en ? 'cs' : 'en';
}
