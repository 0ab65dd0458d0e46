import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { AccountAction } from '../domain/accounts/account-action.js';
import { ta, type AccountMessageKey } from '../i18n/account-messages.js';
import type { AccountTargetNotifier } from '../services/account-record-service.js';
import type { ConversationRefRepository } from '../store/conversation-ref-repository.js';
import type { LanguageResolver } from './language-resolver.js';

/** The part of CloudAdapter that sends proactively. */
export interface ProactiveAdapter {
  continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

const NOTICE: Record<AccountAction, AccountMessageKey> = {
  resetPassword: 'targetNoticeResetPassword', unlock: 'targetNoticeUnlock', resetMfa: 'targetNoticeResetMfa', revokeSessions: 'targetNoticeRevokeSessions',
};

export interface AccountProactiveMessengerDeps {
  adapter: ProactiveAdapter;
  botAppId: string;
  conversationRefs: ConversationRefRepository;
  languages: LanguageResolver;
  logger: Logger;
}

/** Tells the target of an account action in their personal chat (stored reference by Entra object id). */
export class AccountProactiveMessenger implements AccountTargetNotifier {
  constructor(private readonly deps: AccountProactiveMessengerDeps) {}

  async notify(targetId: string, event: { action: AccountAction; byName: string; ticketId: string | null }): Promise<boolean> {
    const reference = this.deps.conversationRefs.get(targetId);
    if (!reference) return false;
    const lang = this.deps.languages.current(targetId);
    const text = ta(lang, NOTICE[event.action], { by: event.byName, ticket: event.ticketId ?? '–' });
    // A failed send must reach the caller, not the adapter's onTurnError: that would log a "turn failed"
    // for the target, send them a generic error message and clear their dialog state.
    let failure: unknown = null;
    await this.deps.adapter.continueConversationAsync(this.deps.botAppId, reference, async (context) => {
      try {
        await context.sendActivity(text);
      } catch (err) {
        failure = err ?? new Error('proactive send failed');
      }
    });
    if (failure !== null) throw failure;
    this.deps.logger.info({ targetId, action: event.action }, 'target told about the account action');
    return true;
  }
}
