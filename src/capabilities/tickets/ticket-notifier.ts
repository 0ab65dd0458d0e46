import { CardFactory, type ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import { isOpen } from '../../domain/tickets/ticket-lifecycle.js';
import type { Ticket } from '../../domain/tickets/ticket.js';
import { STATUS_LABELS } from '../../i18n/catalogue.js';
import { tt, type TicketMessageKey } from '../../i18n/ticket-messages.js';
import type { SlaAlertPort } from '../../services/sla-escalation-service.js';
import type { TicketPeople } from '../../services/ticket-people.js';
import type { TicketChange, TicketChangeListener } from '../../services/ticket-workflow-service.js';
import type { ConversationRefRepository } from '../../store/conversation-ref-repository.js';
import type { ScheduledEventKind } from '../../services/store-ports.js';
import type { TicketPostRepository } from '../../store/ticket-post-repository.js';
import { sendProactively, type ProactiveAdapter } from '../../bot/proactive.js';
import { channelReference } from '../../bot/channel-reference.js';
import type { LanguageResolver } from '../../bot/language-resolver.js';
import type { TicketCardRenderer } from './ticket-card-renderer.js';

const ALERT: Record<Exclude<ScheduledEventKind, 'auto-close'>, TicketMessageKey> = {
  'response-warning': 'alertResponseWarning', 'response-breach': 'alertResponseBreach',
  'resolution-warning': 'alertResolutionWarning', 'resolution-breach': 'alertResolutionBreach', 'escalation-head': 'alertHead',
};

export interface TicketNotifierDeps {
  adapter: ProactiveAdapter;
  botAppId: string;
  conversationRefs: ConversationRefRepository;
  posts: TicketPostRepository;
  cards: TicketCardRenderer;
  people: TicketPeople;
  languages: LanguageResolver;
  logger: Logger;
}

/**
 * Tells people about ticket changes: the card in the team's channel (posted when the ticket is
 * new, updated in place on every change), the requester in their personal chat (status changes,
 * technicians' comments), the assignee and lead (requester's comments, urging), SLA alerts.
 */
export class TicketNotifier implements TicketChangeListener, SlaAlertPort {
  constructor(private readonly deps: TicketNotifierDeps) {}

  async changed(change: TicketChange): Promise<void> {
    try {
      await this.updateChannel(change.ticket);
    } catch (err) {
      this.deps.logger.warn({ ticket: change.ticket.id, err: (err as Error).message }, 'ticket card in the team channel not posted or updated');
    }
    await this.tellPeople(change);
  }

  async alert(ticket: Ticket, kind: ScheduledEventKind, recipients: readonly string[]): Promise<void> {
    if (kind === 'auto-close') return;
    for (const id of recipients) await this.sendPersonal(id, (lang) => tt(lang, ALERT[kind], { id: ticket.id, title: ticket.title }));
  }

  private async tellPeople({ previous, ticket, event }: TicketChange): Promise<void> {
    if (!previous) return;
    const requesterId = ticket.requester.id;
    const byRequester = event.actor === requesterId;
    const params = { id: ticket.id, title: ticket.title, comment: event.comment ?? '' };
    const quoted = (lang: 'cs' | 'en') => ({ ...params, comment: this.quote(params.comment, lang) });
    if (!byRequester && event.action === 'resolved') {
      await this.sendPersonal(requesterId, (lang) => tt(lang, 'requesterResolved', quoted(lang)));
    } else if (!byRequester && event.to && event.to !== event.from) {
      await this.sendPersonal(requesterId, (lang) => tt(lang, 'requesterStatus', { ...params, status: STATUS_LABELS[event.to!]![lang] }));
    }
    if (!byRequester && event.action === 'comment') await this.sendPersonal(requesterId, (lang) => tt(lang, 'requesterComment', quoted(lang)));
    if (byRequester && (event.action === 'comment' || event.action === 'expedited')) {
      const key: TicketMessageKey = event.action === 'comment' ? 'teamRequesterComment' : 'teamExpedite';
      const lead = this.deps.people.team(ticket.team)?.lead;
      const to = new Set([ticket.assignee, event.action === 'expedited' ? lead : null].filter((id): id is string => Boolean(id)));
      if (to.size === 0 && lead) to.add(lead);
      for (const id of to) await this.sendPersonal(id, (lang) => tt(lang, key, quoted(lang)));
    }
  }

  /** A note as written; labelled as a quotation in its language when that is not the reader's ("… (citováno anglicky)"). */
  private quote(note: string, reader: 'cs' | 'en'): string {
    const written = note.trim().split(/\s+/u).length >= 3 ? this.deps.languages.languageOf(note) : null;
    return written && written !== reader ? tt(reader, written === 'en' ? 'quotedEnglish' : 'quotedCzech', { note }) : note;
  }

  /** Posts the card when the ticket has none yet (and is open), else replaces it in place. */
  private async updateChannel(ticket: Ticket): Promise<void> {
    const post = this.deps.posts.get(ticket.id);
    // the channel's card in the team's language (config), whatever the requester writes in
    const language = this.deps.people.team(ticket.team)?.language ?? 'cs';
    const card = async () => CardFactory.adaptiveCard(await this.deps.cards.technician(ticket, language, null));
    if (post) {
      const reference = this.channelReference(post.teamId, post.channelId);
      if (!reference) return;
      const attachment = await card();
      await sendProactively(this.deps.adapter, this.deps.botAppId, reference, async (context) => {
        await context.updateActivity({ type: 'message', id: post.activityId, conversation: context.activity.conversation, attachments: [attachment] });
      });
      return;
    }
    const channel = this.deps.people.team(ticket.team)?.channel;
    if (!channel || !isOpen(ticket.status)) {
      if (!channel) this.deps.logger.info({ ticket: ticket.id, team: ticket.team }, 'team has no channel configured: ticket card not posted');
      return;
    }
    const reference = this.channelReference(channel.teamId, channel.channelId);
    if (!reference) return;
    const attachment = await card();
    let activityId: string | undefined;
    await sendProactively(this.deps.adapter, this.deps.botAppId, reference, async (context) => {
      activityId = (await context.sendActivity({ type: 'message', attachments: [attachment] }))?.id;
    });
    if (activityId) await this.deps.posts.save(ticket.id, { teamId: channel.teamId, channelId: channel.channelId, activityId });
    this.deps.logger.info({ ticket: ticket.id, team: ticket.team, activityId }, 'ticket card posted in the team channel');
  }

  private channelReference(teamId: string, channelId: string): Partial<ConversationReference> | null {
    const reference = channelReference(this.deps.conversationRefs, teamId, channelId);
    if (!reference) this.deps.logger.warn({ teamId }, 'no conversation reference for the team (bot not installed there yet): channel card skipped');
    return reference;
  }

  private async sendPersonal(userId: string, text: (lang: 'cs' | 'en') => string): Promise<void> {
    const reference = this.deps.conversationRefs.get(userId);
    if (!reference) {
      this.deps.logger.info({ userId }, 'no personal chat reference: ticket message not sent');
      return;
    }
    const message = text(this.deps.languages.current(userId));
    try {
      await sendProactively(this.deps.adapter, this.deps.botAppId, reference, async (context) => {
        await context.sendActivity(message);
      });
    } catch (err) {
      this.deps.logger.warn({ userId, err: (err as Error).message }, 'ticket message to a personal chat failed');
    }
  }
}
