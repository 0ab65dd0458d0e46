import type { Logger } from 'pino';
import type { AccountAction } from '../../domain/accounts/account-action.js';
import { ta, type AccountMessageKey } from '../../i18n/account-messages.js';
import type { AccountTargetNotifier } from '../../services/account-record-service.js';
import type { ConversationRefRepository } from '../../store/conversation-ref-repository.js';
import type { LanguageResolver } from '../../bot/language-resolver.js';
import { continueProactively, type ProactiveAdapter } from '../../bot/proactive.js';

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
    const failure = await continueProactively(this.deps.adapter, this.deps.botAppId, reference, async (context) => {
      await context.sendActivity(text);
    });
    if (failure !== null) throw failure;
    this.deps.logger.info({ targetId, action: event.action }, 'target told about the account action');
    return true;
  }
}
