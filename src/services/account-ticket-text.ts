import type { AccountAction } from '../domain/accounts/account-action.js';
import type { Language } from '../domain/tickets/ticket.js';
import type { DirectoryUser } from './ports.js';
import type { RequesterProfile } from './requester-resolver.js';

/** Why an account ticket exists: done by the bot, or handed to the identity team. */
export type AccountTicketEvent =
  | { kind: 'done'; detail: string | null }
  | { kind: 'privileged'; detail: string | null }
  | { kind: 'limit'; detail: string | null }
  | { kind: 'failed'; detail: string | null };

const ACTION: Record<AccountAction, Record<Language, string>> = {
  resetPassword: { cs: 'Reset hesla', en: 'Password reset' },
  unlock: { cs: 'Odemknutí (povolení) účtu', en: 'Account unlock (enable)' },
  resetMfa: { cs: 'Reset MFA', en: 'MFA reset' },
  revokeSessions: { cs: 'Odhlášení ze všech zařízení', en: 'Sign-out everywhere' },
};

const WHY: Record<AccountTicketEvent['kind'], Record<Language, string>> = {
  done: { cs: 'provedl bot přes Microsoft Graph', en: 'done by the bot through Microsoft Graph' },
  privileged: { cs: 'cílový účet je privilegovaný – bot ho automaticky neřeší, vyřiďte ručně', en: 'the target is a privileged account: not handled automatically, please handle by hand' },
  limit: { cs: 'překročen limit automatických akcí – vyřiďte ručně', en: 'the limit for automatic actions was reached: please handle by hand' },
  failed: { cs: 'Microsoft Graph akci nepotvrdil ani po opakování – vyřiďte ručně', en: 'Microsoft Graph did not confirm the action after retries: please handle by hand' },
};

/** The ticket's description and resolution for an account action. Never contains a password. */
export function accountTicketText(
  input: { requester: RequesterProfile; lang: Language; action: AccountAction; target: DirectoryUser },
  event: AccountTicketEvent,
): { description: string; resolution: string } {
  const { lang, action, target, requester } = input;
  const who = `${target.displayName} (${target.userPrincipalName})`;
  const by = lang === 'cs' ? `na žádost: ${requester.name}` : `requested by: ${requester.name}`;
  const detail = event.detail ? ` [${event.detail}]` : '';
  const description = `${ACTION[action][lang]}: ${who}, ${by} – ${WHY[event.kind][lang]}${detail}.`;
  return { description, resolution: `${ACTION[action][lang]} – ${WHY.done[lang]}${detail}.` };
}
