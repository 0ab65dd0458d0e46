import { CardFactory, MessageFactory, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { Page } from '../../domain/paging/page.js';
import type { Language } from '../../domain/tickets/ticket.js';
import type { GraphMailer } from '../../graph/graph-mailer.js';
import { to } from '../../i18n/oncall-messages.js';
import { redelivery } from '../../i18n/page-redelivery-messages.js';
import type { OncallPeopleService } from '../../services/oncall-people-service.js';
import type { DeliveryResult, PageDeliveryPort } from '../../services/page-escalation.js';
import type { Clock } from '../../services/ports.js';
import type { ConversationRefRepository } from '../../store/conversation-ref-repository.js';
import { renderPageAlertCard } from '../../../cards/page-alert-card.js';
import { formatTime, teamLabel } from '../../../cards/card-format.js';
import { continueProactively, type ProactiveAdapter } from '../../bot/proactive.js';
import { channelReference } from '../../bot/channel-reference.js';
import type { LanguageResolver } from '../../bot/language-resolver.js';

export interface PageMessengerDeps {
  adapter: ProactiveAdapter;
  botAppId: string;
  conversationRefs: ConversationRefRepository;
  languages: LanguageResolver;
  people: OncallPeopleService;
  /** Null when no mailbox is configured (a mail step then counts as not delivered). */
  mailer: GraphMailer | null;
  config: DomainConfig;
  clock: Clock;
  logger: Logger;
}

/**
 * Alert cards in personal chats (stored conversation references by Entra object id): sends them,
 * replaces every delivered copy when the page changes, and sends the fallback email. A failed
 * delivery (no reference, 403 MessageWritesBlocked, 5xx, timeout) is reported, never thrown.
 */
export class PageMessenger implements PageDeliveryPort {
  constructor(private readonly deps: PageMessengerDeps) {}

  /** The card as `lang` reads it, with the names of everyone on it. */
  async card(page: Page, lang: Language, repeated = false): Promise<object> {
    const ids = [page.openedBy, page.acknowledgedBy, page.resolvedBy, ...page.timeline.map((e) => e.personId)].filter((x): x is string => Boolean(x) && x !== 'monitoring');
    const names = await this.deps.people.names(ids);
    return renderPageAlertCard(page, { lang, config: this.deps.config, now: this.deps.clock.now(), names, repeated });
  }

  async sendCard(personId: string, page: Page, repeated = false): Promise<DeliveryResult> {
    const reference = this.deps.conversationRefs.get(personId);
    if (!reference) return { ok: false, reason: 'no conversation reference (never wrote to the bot)' };
    const attachment = CardFactory.adaptiveCard(await this.card(page, this.deps.languages.current(personId), repeated));
    let activityId: string | null = null;
    const failure = await this.run(reference, async (context) => {
      activityId = (await context.sendActivity(MessageFactory.attachment(attachment)))?.id ?? null;
    });
    return failure ? { ok: false, reason: failure } : { ok: true, activityId };
  }

  async updateCards(page: Page): Promise<void> {
    const cards = new Map<Language, object>();
    for (const delivery of page.deliveries) {
      const reference = this.deps.conversationRefs.get(delivery.personId);
      if (!reference) continue;
      const lang = this.deps.languages.current(delivery.personId);
      if (!cards.has(lang)) cards.set(lang, await this.card(page, lang));
      const attachment = CardFactory.adaptiveCard(cards.get(lang)!);
      const failure = await this.run(reference, async (context) => {
        await context.updateActivity({ type: 'message', id: delivery.activityId, conversation: context.activity.conversation, attachments: [attachment] });
      });
      if (failure) this.deps.logger.warn({ page: page.id, personId: delivery.personId, reason: failure }, 'alert card not updated');
    }
  }

  async sendMail(personId: string, page: Page, repeated = false): Promise<DeliveryResult> {
    if (!this.deps.mailer) return { ok: false, reason: 'no mailbox configured (oncall.mailFrom)' };
    const lang = this.deps.languages.current(personId);
    const ctx = { lang, config: this.deps.config };
    const params = {
      id: page.id, title: page.title, message: page.message === page.title ? '' : page.message, team: teamLabel(page.teamId, ctx),
      priority: page.priority, opened: formatTime(page.openedAt, ctx), ticket: page.ticketId ?? '–',
    };
    try {
      const subject = `${repeated ? redelivery(lang, 'repeatedSubject') : ''}${to(lang, 'pageMailSubject', params)}`;
      const body = `${repeated ? `${redelivery(lang, 'repeatedNotice')}\n\n` : ''}${to(lang, 'pageMailBody', params)}`;
      await this.deps.mailer.send(personId, subject, body);
      return { ok: true, activityId: null };
    } catch (err) {
      return { ok: false, reason: describe(err) };
    }
  }

  async notifyChannel(page: Page): Promise<DeliveryResult> {
    const teams = this.deps.config.oit.teams;
    const channel = teams.find((t) => t.id === page.teamId)?.channel ?? teams.find((t) => t.channel)?.channel;
    if (!channel) return { ok: false, reason: 'no team channel configured' };
    const reference = channelReference(this.deps.conversationRefs, channel.teamId, channel.channelId);
    if (!reference) return { ok: false, reason: 'bot not installed in the team yet' };
    const paged = [...new Set(page.deliveries.map((d) => d.personId))];
    const names = [...(await this.deps.people.names(paged)).values()];
    const ctx = { lang: 'cs' as const, config: this.deps.config };
    const text = to('cs', 'pageChannelUnanswered', {
      id: page.id, team: teamLabel(page.teamId, ctx), title: page.title, names: names.join(', ') || to('cs', 'nobody'), opened: formatTime(page.openedAt, ctx),
    });
    let activityId: string | null = null;
    const failure = await this.run(reference, async (context) => {
      activityId = (await context.sendActivity(text))?.id ?? null;
    });
    return failure ? { ok: false, reason: failure } : { ok: true, activityId };
  }

  /** Runs proactive logic; its failure as a short reason, null when it went through. */
  private async run(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<string | null> {
    const failure = await continueProactively(this.deps.adapter, this.deps.botAppId, reference, logic);
    return failure === null ? null : describe(failure);
  }
}

/** "403 MessageWritesBlocked", "503", "timeout…": status and code only, never a token or a body. */
function describe(err: unknown): string {
  const e = err as { statusCode?: number; code?: string; message?: string; body?: { error?: { code?: string } } };
  const status = e?.statusCode ? String(e.statusCode) : '';
  const code = e?.body?.error?.code ?? (typeof e?.code === 'string' ? e.code : '');
  const text = [status, code].filter(Boolean).join(' ');
  return text || (e?.message ?? 'send failed').slice(0, 200);
}
