import type { TurnContext } from 'botbuilder';

const YES = new Set(['ano', 'jo', 'jj', 'ok', 'yes', 'y', 'yep', 'sure', 'zalozit', 'zalozit pozadavek', 'open the ticket', 'potvrdit', 'confirm']);
const NO = new Set(['ne', 'nee', 'no', 'n', 'nope', 'zrusit', 'cancel', 'nezakladat', 'stop']);

const LEADING_YES = new Set(['ano', 'jo', 'yes', 'ok']);
const LEADING_NO = new Set(['ne', 'no', 'nezakladat']);
const SHORT_ANSWER_WORDS = 6;

const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/gu, ' ').trim();

/** After a self-help article: typed words that say whether it helped ("pořád to nejde" = no, "už to funguje" = yes). */
const HELPED = new Set([
  'pomohlo', 'pomohlo to', 'to pomohlo', 'pomohl', 'pomohlo mi to', 'to mi pomohlo', 'uz to funguje', 'uz to jde', 'funguje to',
  'uz funguje', 'uz jde', 'vyreseno', 'hotovo', 'super funguje', 'diky funguje', 'it helped', 'that helped', 'helped', 'it works',
  'it works now', 'works now', 'that worked', 'it worked', 'solved', 'fixed',
]);
const NOT_HELPED = new Set([
  'nepomohlo', 'nepomohlo to', 'to nepomohlo', 'nepomohl', 'nepomohlo mi to', 'to mi nepomohlo', 'nefunguje to', 'nefunguje mi to',
  'porad to nejde', 'porad nejde', 'porad nefunguje', 'porad to nefunguje', 'stale to nejde', 'stale nejde', 'stale nefunguje',
  'stale to nefunguje', 'furt to nejde', 'furt nefunguje', 'nejde to', 'nejde to porad', 'nefunguje', 'mam porad problem',
  'didnt help', 'did not help', 'it didnt help', 'that didnt help', 'not helpful', 'doesnt help', 'still not working',
  'still doesnt work', 'still does not work', 'it doesnt work', 'it does not work', 'doesnt work', 'not working',
]);

const LEADING_HELPED = new Set(['pomohlo', 'pomohl', 'pomohla', 'helped']);
const LEADING_NOT_HELPED = new Set(['nepomohlo', 'nepomohl', 'nepomohla']);

/** Whether a typed answer to "Pomohlo to?" says the article helped; undefined when it says neither. */
export function recogniseHelped(text: string): boolean | undefined {
  const folded = fold(text.replace(/['’]/gu, ''));
  if (HELPED.has(folded)) return true;
  if (NOT_HELPED.has(folded)) return false;
  // "pomohlo, díky", "nepomohlo, pořád hlásí chybu"
  const words = folded.split(' ');
  if (words.length <= SHORT_ANSWER_WORDS && LEADING_HELPED.has(words[0]!)) return true;
  if (words.length <= SHORT_ANSWER_WORDS && LEADING_NOT_HELPED.has(words[0]!)) return false;
  return undefined;
}

/** A yes/no answer from a card button (`{helpdeskAction:'confirm', answer}`), from typed text in Czech or English, or a thumbs-up or down. */
export function recogniseYesNo(context: TurnContext): boolean | undefined {
  const value = context.activity.value as { helpdeskAction?: unknown; answer?: unknown } | undefined;
  if (value && value.helpdeskAction === 'confirm') {
    if (value.answer === 'yes') return true;
    if (value.answer === 'no') return false;
    return undefined;
  }
  const raw = context.activity.text ?? '';
  const text = fold(raw);
  if (!text) {
    // a thumbs-up or down alone
    if (/[\u{1F44D}\u{1F44C}\u{2705}]/u.test(raw)) return true;
    if (/[\u{1F44E}\u{274C}]/u.test(raw)) return false;
    return undefined;
  }
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  // "ano, založte to", "ne, ještě počkám": a short answer that starts with yes or no
  const words = text.split(' ');
  if (words.length <= SHORT_ANSWER_WORDS && LEADING_YES.has(words[0]!)) return true;
  if (words.length <= SHORT_ANSWER_WORDS && LEADING_NO.has(words[0]!)) return false;
  return undefined;
}
