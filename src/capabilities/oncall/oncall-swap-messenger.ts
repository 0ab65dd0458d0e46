import { CardFactory, MessageFactory } from 'botbuilder';
import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { SwapProposal } from '../../domain/oncall/swap-proposal.js';
import { to } from '../../i18n/oncall-messages.js';
import type { OncallPeopleService } from '../../services/oncall-people-service.js';
import type { SwapNotifier } from '../../services/oncall-swap-service.js';
import type { ConversationRefRepository } from '../../store/conversation-ref-repository.js';
import { renderSwapRequestCard } from '../../../cards/oncall-swap-card.js';
import { sendProactively, type ProactiveAdapter } from '../../bot/proactive.js';
import type { LanguageResolver } from '../../bot/language-resolver.js';

export interface OncallSwapMessengerDeps {
  adapter: ProactiveAdapter;
  botAppId: string;
  conversationRefs: ConversationRefRepository;
  languages: LanguageResolver;
  people: OncallPeopleService;
  config: DomainConfig;
  logger: Logger;
}

/** Swap messages in personal chats, through the conversation references stored by Entra object id. */
export class OncallSwapMessenger implements SwapNotifier {
  constructor(private readonly deps: OncallSwapMessengerDeps) {}

  async askToAccept(swap: SwapProposal): Promise<boolean> {
    const lang = this.deps.languages.current(swap.otherId);
    const names = await this.deps.people.names([swap.proposerId, swap.otherId]);
    const card = renderSwapRequestCard(swap, names, { lang, config: this.deps.config });
    return this.send(swap.otherId, MessageFactory.attachment(CardFactory.adaptiveCard(card)), swap.id);
  }

  async tellProposer(swap: SwapProposal): Promise<boolean> {
    const lang = this.deps.languages.current(swap.proposerId);
    const name = await this.deps.people.nameOf(swap.otherId);
    const text = to(lang, swap.status === 'accepted' ? 'swapToldAccepted' : 'swapToldDeclined', { name, date: swap.date });
    return this.send(swap.proposerId, MessageFactory.text(text), swap.id);
  }

  private async send(userId: string, activity: ReturnType<typeof MessageFactory.text>, swapId: string): Promise<boolean> {
    const reference = this.deps.conversationRefs.get(userId);
    if (!reference) {
      this.deps.logger.info({ userId, swapId }, 'no conversation reference: swap message not sent');
      return false;
    }
    try {
      await sendProactively(this.deps.adapter, this.deps.botAppId, reference, async (context) => {
        await context.sendActivity(activity);
      });
      return true;
    } catch (err) {
      this.deps.logger.warn({ userId, swapId, err: (err as Error).message }, 'swap message could not be sent');
      return false;
    }
  }
}
