import type { TurnContext } from 'botbuilder';

const YES = new Set(['ano', 'jo', 'jj', 'ok', 'yes', 'y', 'yep', 'sure', 'zalozit', 'zalozit pozadavek', 'open the ticket', 'potvrdit', 'confirm']);
const NO = new Set(['ne', 'nee', 'no', 'n', 'nope', 'zrusit', 'cancel', 'nezakladat', 'stop']);

const LEADING_YES = new Set(['ano', 'jo', 'yes', 'ok']);
const LEADING_NO = new Set(['ne', 'no', 'nezakladat']);
const SHORT_ANSWER_WORDS = 6;

const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/gu, ' ').trim();

/** A yes/no answer from a card button (`{helpdeskAction:'confirm', answer}`) or from typed text in Czech or English. */
export function recogniseYesNo(context: TurnContext): boolean | undefined {
  const value = context.activity.value as { helpdeskAction?: unknown; answer?: unknown } | undefined;
  if (value && value.helpdeskAction === 'confirm') {
    if (value.answer === 'yes') return true;
    if (value.answer === 'no') return false;
    return undefined;
  }
  const text = fold(context.activity.text ?? '');
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  // "ano, založte to", "ne, ještě počkám": a short answer that starts with yes or no
  const words = text.split(' ');
  if (words.length <= SHORT_ANSWER_WORDS && LEADING_YES.has(words[0]!)) return true;
  if (words.length <= SHORT_ANSWER_WORDS && LEADING_NO.has(words[0]!)) return false;
  return undefined;
}
