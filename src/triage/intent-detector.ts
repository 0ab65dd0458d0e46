import { foldDiacritics, normalizeText } from './text-normalizer.js';
import { UnicodeTokenizer } from './unicode-tokenizer.js';

export type Intent = 'problem' | 'greeting' | 'thanks' | 'empty';

const GREETING = new Set(`ahoj ahojky cau caute nazdar zdravim zdar dobry dobre dobrou den rano odpoledne vecer
  hello hi hey hiya good morning afternoon evening there dobrej zdravicko`.split(/\s+/u));
const THANKS = new Set(`dekuji dekuju dekujeme diky dik dikec dikes moc mockrat predem super vyborne fajn skvele ok
  okay thanks thank thx ty you so much very many cheers great perfect vam ti rucicku libam`.split(/\s+/u));
const THANKS_CORE = /^(?:dekuj|dik|thank|thanks|thx|cheers)/u;
/** A thumbs-up, an OK hand, clapping, folded hands, a heart, a tick: said alone, in chat it means "thanks, fine". */
const APPROVING_EMOJI = /[\u{1F44D}\u{1F44C}\u{1F44F}\u{1F64F}\u{2764}\u{2705}]/u;
const GREETING_CORE = /^(?:ahoj|cau|nazdar|zdravim|zdar|hello|hi|hey|dobry|dobre|dobrou|good)/u;

/**
 * Is the message only a greeting, only thanks (words, or a thumbs-up alone), empty (no letters or digits: whitespace, other emoji), or
 * something to triage? Only messages made entirely of greeting or thanks words are not problems.
 */
export function detectIntent(text: string): Intent {
  const tokens = UnicodeTokenizer.tokens(foldDiacritics(normalizeText(text)));
  if (tokens.length === 0) return APPROVING_EMOJI.test(text) ? 'thanks' : 'empty';
  if (tokens.length > 8) return 'problem';
  if (tokens.some((t) => THANKS_CORE.test(t)) && tokens.every((t) => THANKS.has(t) || GREETING.has(t))) return 'thanks';
  if (tokens.some((t) => GREETING_CORE.test(t)) && tokens.every((t) => GREETING.has(t))) return 'greeting';
  return 'problem';
}
