import { TeamsActivityHandler, TurnContext, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type BotState, type ChannelAccount, type FileConsentCardResponse } from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationRefRepository } from '../store/conversation-ref-repository.js';
import type { DirectoryPort } from '../services/ports.js';
import { t } from '../i18n/catalogue.js';
import { setTurnUser } from '../../dialogs/turn-user.js';
import type { LanguageResolver } from './language-resolver.js';
import type { MessageRouter } from './message-router.js';
import { isPersonal } from './conversation-scope.js';
import { messageResponse, type CardActionRouter } from './card-action-router.js';

export interface HelpdeskBotDeps {
  state: BotState;
  router: MessageRouter;
  cardActions: CardActionRouter;
  languages: LanguageResolver;
  conversationRefs: ConversationRefRepository;
  directory: DirectoryPort;
  /** Tenants allowed to use the bot; null = no check (local mode). */
  allowedTenants: readonly string[] | null;
  maxTextLength: number;
  logger: Logger;
  /** The answer to a file-consent card (accept → upload, decline); without it such invokes are refused. */
  fileConsent?: { answer(context: TurnContext, response: FileConsentCardResponse): Promise<void> };
}

/** Teams activity handler: identifies the user, keeps references and language, and hands the turn to the router. */
export class HelpdeskBot extends TeamsActivityHandler {
  constructor(private readonly deps: HelpdeskBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.greet(context, context.activity.membersAdded ?? []);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    this.rememberTeam(context);
    await super.run(context);
    await this.deps.state.saveChanges(context, false);
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const userId = context.activity.from?.aadObjectId;
    if (!this.tenantAllowed(context) || !userId) {
      this.deps.logger.warn({ conversation: context.activity.conversation?.id }, 'card action without an allowed identity refused');
      return messageResponse(t('cs', 'noIdentity'));
    }
    const lang = this.deps.languages.current(userId);
    const actor = { id: userId, name: context.activity.from.name ?? '', lang };
    setTurnUser(context, actor);
    const verb = typeof invokeValue?.action?.verb === 'string' ? invokeValue.action.verb : '';
    return this.deps.cardActions.execute(context, verb, invokeValue?.action?.data, actor);
  }

  /** `fileConsent/invoke`: the user accepted or declined a file the bot offered (exports, reports). */
  protected override async handleTeamsFileConsent(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    if (!this.tenantAllowed(context) || !context.activity.from?.aadObjectId || !this.deps.fileConsent) {
      this.deps.logger.warn({ conversation: context.activity.conversation?.id }, 'file consent refused');
      return;
    }
    await this.deps.fileConsent.answer(context, response);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    const userId = activity.from?.aadObjectId;
    if (!this.tenantAllowed(context)) return;
    if (!userId) {
      this.deps.logger.warn({ conversation: activity.conversation?.id }, 'message without from.aadObjectId refused');
      await context.sendActivity(t('cs', 'noIdentity'));
      return;
    }
    const personal = isPersonal(context);
    if (!personal && !mentionsBot(context)) return;
    const raw = personal ? activity.text ?? '' : TurnContext.removeRecipientMention(activity) ?? '';
    const text = raw.replace(INVISIBLE, '').trim();
    const truncated = text.length > this.deps.maxTextLength;
    const clipped = truncated ? text.slice(0, this.deps.maxTextLength) : text;
    const ref = TurnContext.getConversationReference(activity);
    this.deps.conversationRefs.save(personal ? userId : `conversation:${activity.conversation.id}`, ref);
    const lang = await this.deps.languages.resolve(userId, clipped);
    setTurnUser(context, { id: userId, name: activity.from.name ?? '', lang });
    if (truncated) await context.sendActivity(t(lang, 'textTruncated', { max: this.deps.maxTextLength }));
    await this.deps.router.route(context, clipped);
  }

  private async greet(context: TurnContext, added: ChannelAccount[]): Promise<void> {
    if (!this.tenantAllowed(context)) return;
    const botId = context.activity.recipient?.id;
    const personal = isPersonal(context);
    const relevant = personal ? added.length > 0 : added.some((m) => m.id === botId);
    if (!relevant) return;
    const person = added.find((m) => m.id !== botId) ?? context.activity.from;
    const userId = person?.aadObjectId ?? context.activity.from?.aadObjectId;
    const name = personal ? await this.displayName(userId, person?.name) : '';
    const lang = userId ? this.deps.languages.current(userId) : 'cs';
    if (personal && userId) {
      this.deps.conversationRefs.save(userId, TurnContext.getConversationReference(context.activity));
    }
    // in a personal chat, what this person may do (as "nápověda" gives it); in a team, everyone's help
    const help = personal && userId ? await this.deps.router.help(userId, lang) : `${t(lang, 'helpTitle')}\n\n${t(lang, 'helpBody')}`;
    await context.sendActivity(`${t(lang, 'greeting', { name: name ? `, ${name}` : '' })}\n\n${help}`);
  }

  private async displayName(userId: string | undefined, fallback: string | undefined): Promise<string> {
    if (!userId) return fallback ?? '';
    try {
      return (await this.deps.directory.getUser(userId))?.displayName ?? fallback ?? '';
    } catch (err) {
      this.deps.logger.warn({ userId, err: (err as Error).message }, 'directory unavailable for greeting');
      return fallback ?? '';
    }
  }

  /** Any activity from a team (install, message, card action) gives the reference used to post in its channels. */
  private rememberTeam(context: TurnContext): void {
    const team = (context.activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
    if (typeof team !== 'string' || !team || !this.tenantAllowed(context)) return;
    this.deps.conversationRefs.save(`team:${team}`, TurnContext.getConversationReference(context.activity));
  }

  private tenantAllowed(context: TurnContext): boolean {
    if (!this.deps.allowedTenants) return true;
    const channelData = context.activity.channelData as { tenant?: { id?: string } } | undefined;
    const tenant = channelData?.tenant?.id ?? context.activity.conversation?.tenantId;
    if (tenant && this.deps.allowedTenants.includes(tenant)) return true;
    this.deps.logger.warn({ tenant }, 'activity from a tenant that is not allowed: ignored');
    return false;
  }
}

/**
 * Control characters (but tabs and line breaks) and invisible ones a paste brings along (zero-width
 * space, word joiner, byte-order mark, soft hyphen): they would end up in the ticket and make it
 * unfindable by the words it shows. Zero-width joiners stay: emoji and some scripts need them.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b\u2060\ufeff]/gu;

function mentionsBot(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return TurnContext.getMentions(context.activity).some((m) => m.mentioned?.id === botId);
}
