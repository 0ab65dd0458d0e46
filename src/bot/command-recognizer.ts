import type { Language } from '../domain/tickets/ticket.js';
import { foldText } from '../domain/text/fold-text.js';
import { parsePeriod } from '../intents/slots/period-slot.js';

export type Command =
  | { kind: 'help' }
  | { kind: 'myTickets' }
  | { kind: 'cancel' }
  | { kind: 'language'; lang: Language }
  | { kind: 'report'; rest: string };

/** The text as commands are matched: the domain's one folding ("Moje požadavky!" → "moje pozadavky"). */
export const foldCommand = foldText;

const PHRASES: { kind: 'help' | 'myTickets' | 'cancel'; phrases: string[] }[] = [
  { kind: 'help', phrases: ['napoveda', 'help', 'pomoc', '?', 'co umis', 'co umite', 'menu', 'prikazy', 'commands', 'what can you do'] },
  {
    kind: 'myTickets',
    phrases: ['moje pozadavky', 'me pozadavky', 'moje tikety', 'moje tickety', 'pozadavky', 'stav pozadavku', 'seznam pozadavku',
      'my tickets', 'my requests', 'tickets', 'ticket status', 'show my tickets'],
  },
  { kind: 'cancel', phrases: ['zrusit', 'zrus', 'cancel', 'konec', 'stop', 'nech to byt', 'quit'] },
];

/** A Map: what the user typed ("constructor", "__proto__") never finds Object.prototype's members. */
const LANGUAGE: ReadonlyMap<string, Language> = new Map(Object.entries({
  english: 'en', 'english please': 'en', 'in english': 'en', anglicky: 'en', 'anglicky prosim': 'en', 'speak english': 'en', en: 'en',
  cesky: 'cs', 'cesky prosim': 'cs', czech: 'cs', 'in czech': 'cs', cestina: 'cs', 'mluv cesky': 'cs', cs: 'cs', cz: 'cs',
} satisfies Record<string, Language>));

/**
 * "Mám problém", "nefunguje mi to": someone wants to report something but has not said what. Not a
 * command: inside a dialog the same words answer its question ("nefunguje to" = the advice did not help).
 */
const REPORT_ALONE = new Set([
  'mam problem', 'mam potiz', 'mam potize', 'mam poruchu', 'potrebuji pomoc', 'potrebuju pomoc', 'potreboval bych pomoc',
  'potrebovala bych pomoc', 'potrebuji poradit', 'potrebuju poradit', 'neco nefunguje', 'nefunguje nic', 'nic nefunguje',
  'nefunguje to', 'nefunguje mi to', 'je tu problem', 'i have a problem', 'i need help', 'i have an issue',
  'something is broken', 'something is not working', 'something doesnt work', 'it does not work', 'it doesnt work', 'nothing works',
]);

const REPORT_PREFIXES = ['nahlasit problem', 'nahlasit', 'novy pozadavek', 'zalozit pozadavek', 'report a problem', 'report problem', 'new ticket', 'report'];

/**
 * "report za listopad", "report for November": the managers' report for a period, not "report <a problem>".
 * Only the bare word "report" is read both ways; a short rest that names a period is the question.
 */
const REPORT_NOUN = 'report';
const PERIOD_REST_WORDS = 4;
const ANY_DAY = { year: 2000, month: 1, day: 1 };

function asksForPeriodReport(prefix: string, foldedRest: string): boolean {
  return prefix === REPORT_NOUN && foldedRest.split(' ').length <= PERIOD_REST_WORDS && parsePeriod(foldedRest, ANY_DAY) !== null;
}

/** A new request that says only that something is wrong (folded text, see `foldCommand`). */
export function saysOnlySomethingIsWrong(folded: string): boolean {
  return REPORT_ALONE.has(folded);
}

/** Recognises the bot's commands in Czech or English, with or without diacritics. Free text is not a command. */
export function recogniseCommand(text: string): Command | null {
  const folded = foldCommand(text);
  if (!folded) return null;
  for (const { kind, phrases } of PHRASES) if (phrases.includes(folded)) return { kind };
  const lang = LANGUAGE.get(folded);
  if (lang) return { kind: 'language', lang };
  for (const prefix of REPORT_PREFIXES) {
    if (folded === prefix) return { kind: 'report', rest: '' };
    if (folded.startsWith(`${prefix} `)) {
      if (asksForPeriodReport(prefix, folded.slice(prefix.length + 1))) return null;
      const words = prefix.split(' ').length;
      const rest = text.trim().split(/\s+/u).slice(words).join(' ').replace(/^[:\-–,\s]+/u, '');
      return { kind: 'report', rest };
    }
  }
  return null;
}
