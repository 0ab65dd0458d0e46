/**
 * "Kdy mi to opraví?", "jak to vypadá s mým požadavkem?", "any update on my ticket?": a short
 * question about a request already made, not a new problem. Takes the text as `foldCommand` gives
 * it (lower case, no diacritics); a long message is a report even when it asks "when", so it is
 * left to triage.
 */
const MAX_WORDS = 8;

const PATTERNS: RegExp[] = [
  // kdy … opraví / bude hotové / přijde technik / se ozve / dostanu
  /\bkdy\b.*\b(?:oprav\w*|sprav\w*|vyres\w*|bude|budu|budou|hotov\w*|prijd\w*|prijde|ozve\w*|ozvou|dorazi\w*|dostanu|nekdo)\b/u,
  /\b(?:jak to vypada|jak je to s|jak to jde|co je s|co se deje s|posunulo se|pokracuje)\b/u,
  /\bstav\w*\b.*\b(?:pozadav\w*|tiket\w*|ticket\w*|hlasen\w*|oprav\w*)\b/u,
  /\b(?:uz|nekdo)\b.*\bresi\b|\bresi\b.*\b(?:uz|nekdo)\b/u,
  // when will it be fixed / when will someone come / any update on my ticket / is anyone working on it
  /\bwhen\b.*\b(?:fix\w*|repair\w*|resolv\w*|solv\w*|done|ready|someone|somebody|anyone|technician|come|arrive)\b/u,
  /\b(?:status|update|news|progress)\b.*\b(?:ticket|request|issue|repair)\b/u,
  /^any (?:update|news)\b/u,
  /\b(?:is|are) (?:anyone|someone|somebody) (?:working|looking)\b/u,
];

export function isStatusQuestion(folded: string): boolean {
  const text = folded.replace(/\?/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!text || text.split(' ').length > MAX_WORDS) return false;
  return PATTERNS.some((p) => p.test(text));
}
