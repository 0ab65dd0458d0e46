import type { AccountAction, RefusalReason } from '../src/domain/accounts/account-action.js';
import type { Language } from '../src/domain/tickets/ticket.js';
import type { AccountFailureKind, AccountOutcome } from '../src/domain/accounts/account-outcome.js';
import { ta, type AccountMessageKey } from '../src/i18n/account-messages.js';
import { plainText } from './adaptive-card.js';

const DONE: Record<AccountAction, AccountMessageKey> = {
  resetPassword: 'doneResetPassword', unlock: 'doneUnlock', resetMfa: 'doneResetMfa', revokeSessions: 'doneRevokeSessions',
};
const REFUSED: Record<RefusalReason, AccountMessageKey> = {
  selfPasswordResetDisabled: 'refusedSelfPasswordResetDisabled', selfUnlock: 'refusedSelfUnlock',
  managerScope: 'refusedManagerScope', notAllowed: 'refusedNotAllowed',
};
const FAILED: Record<AccountFailureKind, AccountMessageKey> = {
  forbidden: 'failedForbidden', notFound: 'failedNotFound', throttled: 'failedThrottled', server: 'failedServer',
  timeout: 'failedTimeout', network: 'failedNetwork', rejected: 'failedRejected',
};

/** The sentence for any outcome but "confirm" (which is a card); `good` only when Graph confirmed the change. */
export function accountOutcomeText(outcome: Exclude<AccountOutcome, { kind: 'confirm' }>, lang: Language): { text: string; good: boolean } {
  switch (outcome.kind) {
    case 'done': {
      const who = plainText(`${outcome.target.displayName} (${outcome.target.userPrincipalName})`, 300);
      return { text: ta(lang, DONE[outcome.action], { who, ticket: outcome.ticketId, removed: outcome.mfa?.removed ?? 0, kept: outcome.mfa?.kept ?? 0 }), good: true };
    }
    case 'refused':
      return { text: ta(lang, REFUSED[outcome.reason]), good: false };
    case 'escalated':
      return { text: ta(lang, outcome.why === 'privileged' ? 'escalatedPrivileged' : 'escalatedLimit', { ticket: outcome.ticketId }), good: false };
    case 'failed': {
      const parts = [ta(lang, FAILED[outcome.failure], { seconds: outcome.retryAfterSeconds ?? '?' })];
      parts.push(outcome.ticketId ? ta(lang, 'failedTicket', { ticket: outcome.ticketId }) : ta(lang, 'failedTryLater'));
      return { text: parts.join(' '), good: false };
    }
    case 'targetNotFound':
      return { text: ta(lang, 'targetNotFound'), good: false };
    case 'stale':
      return { text: ta(lang, 'stale'), good: false };
  }
}
