/** Czech or English? Decided from what the user wrote; null when the text gives no clue. */
export type Language = 'cs' | 'en';

const CZECH_LETTERS = /[áčďéěíňóřšťúůýž]/iu;
const CZECH_WORDS = new Set([
  'a', 'je', 'se', 'na', 'v', 've', 'mi', 'mám', 'mam', 'nejde', 'nefunguje', 'nemůžu', 'nemuzu', 'prosím', 'prosim',
  'ahoj', 'dobrý', 'dobry', 'den', 'děkuji', 'dekuji', 'díky', 'diky', 'moje', 'můj', 'muj', 'požadavky', 'pozadavky',
  'tiskárna', 'tiskarna', 'heslo', 'účet', 'ucet', 'pomoc', 'nápověda', 'napoveda', 'česky', 'cesky', 'co', 'jak', 'kde',
  'už', 'uz', 'jsem', 'není', 'neni', 'ani', 'taky', 'také', 'potřebuji', 'potrebuji', 'chci', 'chtěl', 'chtel', 'ano', 'ne',
  'kancelář', 'kancelari', 'kanceláři', 'počítač', 'pocitac', 'síť', 'sit', 'internet', 'nikomu', 'nám', 'nam', 'do', 'od', 'pro',
]);
const ENGLISH_WORDS = new Set([
  'the', 'is', 'my', 'i', 'not', 'doesn', 't', 'can', 'cannot', 'can\'t', 'please', 'help', 'hello', 'hi', 'thanks', 'thank',
  'you', 'printer', 'password', 'account', 'working', 'work', 'broken', 'english', 'tickets', 'ticket', 'what', 'how', 'where',
  'need', 'want', 'new', 'office', 'in', 'to', 'of', 'for', 'with', 'and', 'it', 'does', 'won', 'yes', 'no', 'report', 'problem',
]);

export function detectLanguage(text: string): Language | null {
  const lower = text.toLowerCase();
  let cs = CZECH_LETTERS.test(lower) ? 2 : 0;
  let en = 0;
  for (const token of lower.match(/[\p{L}\p{N}']+/gu) ?? []) {
    if (CZECH_WORDS.has(token)) cs += 1;
    if (ENGLISH_WORDS.has(token)) en += 1;
  }
  if (cs === en) return null;
  return cs > en ? 'cs' : 'en';
}
