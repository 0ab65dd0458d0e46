import type { TurnContext } from 'botbuilder';

/** Words that answer a question one way or the other: whole answers, and first words of a short answer. */
interface Vocabulary { yes: Set<string>; no: Set<string>; leadingYes: Set<string>; leadingNo: Set<string> }

const YES_NO: Vocabulary = {
  yes: new Set(['ano', 'jo', 'jj', 'ok', 'yes', 'y', 'yep', 'sure', 'zalozit', 'zalozit pozadavek', 'open the ticket', 'potvrdit', 'confirm']),
  no: new Set(['ne', 'nee', 'no', 'n', 'nope', 'zrusit', 'cancel', 'nezakladat', 'stop']),
  // "ano, založte to", "ne, ještě počkám"
  leadingYes: new Set(['ano', 'jo', 'yes', 'ok']),
  leadingNo: new Set(['ne', 'no', 'nezakladat']),
};

/** After a self-help article: typed words that say whether it helped ("pořád to nejde" = no, "už to funguje" = yes). */
const HELPED: Vocabulary = {
  yes: new Set([
    'pomohlo', 'pomohlo to', 'to pomohlo', 'pomohl', 'pomohlo mi to', 'to mi pomohlo', 'uz to funguje', 'uz to jde', 'funguje to',
    'uz funguje', 'uz jde', 'vyreseno', 'hotovo', 'super funguje', 'diky funguje', 'it helped', 'that helped', 'helped', 'it works',
    'it works now', 'works now', 'that worked', 'it worked', 'solved', 'fixed',
  ]),
  no: new Set([
    'nepomohlo', 'nepomohlo to', 'to nepomohlo', 'nepomohl', 'nepomohlo mi to', 'to mi nepomohlo', 'nefunguje to', 'nefunguje mi to',
    'porad to nejde', 'porad nejde', 'porad nefunguje', 'porad to nefunguje', 'stale to nejde', 'stale nejde', 'stale nefunguje',
    'stale to nefunguje', 'furt to nejde', 'furt nefunguje', 'nejde to', 'nejde to porad', 'nefunguje', 'mam porad problem',
    'didnt help', 'did not help', 'it didnt help', 'that didnt help', 'not helpful', 'doesnt help', 'still not working',
    'still doesnt work', 'still does not work', 'it doesnt work', 'it does not work', 'doesnt work', 'not working',
  ]),
  // "pomohlo, díky", "nepomohlo, pořád hlásí chybu"
  leadingYes: new Set(['pomohlo', 'pomohl', 'pomohla', 'helped']),
  leadingNo: new Set(['nepomohlo', 'nepomohl', 'nepomohla']),
};
const SHORT_ANSWER_WORDS = 6;

const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/gu, ' ').trim();

/** The answer `folded` gives in `words`' terms; undefined when it gives none. */
function answerIn(words: Vocabulary, folded: string): boolean | undefined {
  if (words.yes.has(folded)) return true;
  if (words.no.has(folded)) return false;
  const parts = folded.split(' ');
  if (parts.length > SHORT_ANSWER_WORDS) return undefined;
  if (words.leadingYes.has(parts[0]!)) return true;
  if (words.leadingNo.has(parts[0]!)) return false;
  return undefined;
}

/** Whether a typed answer to "Pomohlo to?" says the article helped; undefined when it says neither. */
export function recogniseHelped(text: string): boolean | undefined {
  return answerIn(HELPED, fold(text.replace(/['’]/gu, '')));
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
  return answerIn(YES_NO, text);
}
