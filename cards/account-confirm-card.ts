import type { AccountAction } from '../src/domain/accounts/account-action.js';
import type { Language } from '../src/domain/tickets/ticket.js';
import { ta, type AccountMessageKey } from '../src/i18n/account-messages.js';
import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.js';

export const ACCOUNT_VERBS = {
  confirm: 'account.confirm',
  cancel: 'account.cancel',
  secretSeen: 'account.secretSeen',
} as const;

export const ACTION_LABEL: Record<AccountAction, AccountMessageKey> = {
  resetPassword: 'actionResetPassword', unlock: 'actionUnlock', resetMfa: 'actionResetMfa', revokeSessions: 'actionRevokeSessions',
};

const WHAT: Record<AccountAction, AccountMessageKey> = {
  resetPassword: 'whatResetPassword', unlock: 'whatUnlock', resetMfa: 'whatResetMfa', revokeSessions: 'whatRevokeSessions',
};

export interface AccountConfirmView {
  pendingId: string;
  action: AccountAction;
  targetName: string;
  targetUpn: string;
}

/** Says exactly what will happen; Action.Execute buttons carry only the pending id (the server knows the rest). */
export function renderAccountConfirmCard(view: AccountConfirmView, lang: Language): AdaptiveCard {
  const who = plainText(`${view.targetName} (${view.targetUpn})`, 300);
  return adaptiveCard(
    [
      { type: 'TextBlock', text: ta(lang, 'confirmTitle'), weight: 'Bolder', size: 'Medium', style: 'heading' },
      { type: 'TextBlock', text: ta(lang, WHAT[view.action], { who }), wrap: true },
      { type: 'FactSet', facts: [{ title: ta(lang, 'chooseAction').replace(/\?$/u, ''), value: ta(lang, ACTION_LABEL[view.action]) }] },
    ],
    [
      { type: 'Action.Execute', title: ta(lang, 'confirmButton'), verb: ACCOUNT_VERBS.confirm, style: 'destructive', data: { pendingId: view.pendingId } },
      { type: 'Action.Execute', title: ta(lang, 'cancelButton'), verb: ACCOUNT_VERBS.cancel, data: { pendingId: view.pendingId } },
    ],
  );
}

/** The card that replaces the confirmation once it was answered: the result sentence, no buttons. */
export function renderAccountResultCard(text: string, good: boolean): AdaptiveCard {
  return adaptiveCard([{ type: 'TextBlock', text, wrap: true, color: good ? 'Good' : 'Attention' }]);
}
