import type { Language } from '../src/domain/tickets/ticket.js';
import { ta } from '../src/i18n/account-messages.js';
import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.js';
import { ACCOUNT_VERBS } from './account-confirm-card.js';

/**
 * The only place a temporary password ever appears: the requester's personal chat. The "Got it"
 * button (Action.Execute) carries the card's secret id, never the password.
 */
export function renderTempPasswordCard(view: { secretId: string; targetLabel: string; password: string; minutes: number }, lang: Language): AdaptiveCard {
  return adaptiveCard(
    [
      { type: 'TextBlock', text: ta(lang, 'tempPasswordTitle', { who: plainText(view.targetLabel, 200) }), weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: view.password, size: 'Large', weight: 'Bolder' },
      { type: 'TextBlock', text: ta(lang, 'tempPasswordHint', { minutes: view.minutes }), wrap: true, isSubtle: true },
    ],
    [{ type: 'Action.Execute', title: ta(lang, 'tempPasswordGotIt'), verb: ACCOUNT_VERBS.secretSeen, style: 'positive', data: { secretId: view.secretId } }],
  );
}

export function renderRedactedPasswordCard(targetLabel: string, lang: Language): AdaptiveCard {
  return adaptiveCard([{ type: 'TextBlock', text: ta(lang, 'tempPasswordRedacted', { who: plainText(targetLabel, 200) }), wrap: true, isSubtle: true }]);
}
