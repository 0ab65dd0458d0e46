import { ti } from '../src/i18n/intent-messages.js';
import type { Language } from '../src/domain/tickets/ticket.js';
import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.js';

/** What a "Myslíte…?" button sends back: the intent picked and the message it is about. */
export const INTENT_CHOICE_ACTION = 'intent';

/** "Did you mean …?": the likely intents as buttons, and "Report a problem", each carrying the original message. */
export function renderIntentChoiceCard(text: string, options: { intent: string; title: string }[], lang: Language): AdaptiveCard {
  const message = plainText(text, 300);
  const button = (intent: string, title: string) => ({ type: 'Action.Submit' as const, title, data: { helpdeskAction: INTENT_CHOICE_ACTION, intent, text: message } });
  return adaptiveCard(
    [
      { type: 'TextBlock', text: ti(lang, 'didYouMean'), wrap: true, weight: 'Bolder' },
      { type: 'TextBlock', text: message, wrap: true, isSubtle: true, maxLines: 3 },
    ],
    [...options.map((o) => button(o.intent, o.title)), button('problem', ti(lang, 'reportProblem'))],
  );
}
