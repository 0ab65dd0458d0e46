import { CardFactory, type ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { Language } from '../../domain/tickets/ticket.js';
import { channelReference } from '../../bot/channel-reference.js';
import { continueProactively, type ProactiveAdapter } from '../../bot/proactive.js';
import type { ConversationRefRepository } from '../../store/conversation-ref-repository.js';
import type { VendorTaskView } from '../../../cards/vendor-task-card.js';
import type { VendorCardRenderer } from './vendor-card-renderer.js';
import { vt } from './vendor-messages.js';
import type { VendorPeople } from './vendor-people.js';
import type { CardPost, VendorRepository } from './vendor-repository.js';
import type { VendorTaskListener } from './vendor-task-service.js';
import type { VendorTask, VendorTaskCommand } from './vendor-task.js';

export interface VendorNotifierDeps {
  adapter: ProactiveAdapter;
  botAppId: string;
  conversationRefs: ConversationRefRepository;
  repo: VendorRepository;
  cards: VendorCardRenderer;
  people: VendorPeople;
  language: (userId: string) => Language;
  logger: Logger;
}

/**
 * Task cards where people work: a new task goes to each of the vendor's technicians' personal
 * chats, its work report (once done) to the assigning OIT team's channel (or its lead's chat); every
 * copy is updated in place as the task moves. A task given back to OIT is announced to the team.
 */
export class VendorNotifier implements VendorTaskListener {
  constructor(private readonly d: VendorNotifierDeps) {}

  async taskChanged(previous: VendorTask | null, task: VendorTask, command: VendorTaskCommand | null): Promise<void> {
    if (!previous) {
      await this.post(task, 'vendor', this.d.people.techniciansOf(task.vendor));
      return;
    }
    await this.update(task, 'vendor');
    if (command?.kind === 'done' && this.d.repo.posts(`work:${task.id}`).length === 0) await this.postToTeam(task);
    else await this.update(task, 'oit');
    if (command?.kind === 'return') await this.tellTeam(task);
  }

  private async post(task: VendorTask, view: VendorTaskView, userIds: readonly string[]): Promise<void> {
    const posts: CardPost[] = [];
    for (const userId of userIds) {
      const reference = this.d.conversationRefs.get(userId);
      if (!reference) {
        this.d.logger.info({ userId, task: task.id }, 'no personal chat reference: vendor task card not sent');
        continue;
      }
      const id = await this.send(reference, task, view, this.d.language(userId));
      if (id) posts.push({ to: userId, activityId: id });
    }
    if (posts.length) await this.d.repo.savePosts(`${view === 'vendor' ? 'task' : 'work'}:${task.id}`, posts);
  }

  private async postToTeam(task: VendorTask): Promise<void> {
    const team = this.d.people.team(task.team);
    const channel = team?.channel;
    const reference = channel ? channelReference(this.d.conversationRefs, channel.teamId, channel.channelId) : null;
    if (!channel || !reference) {
      await this.post(task, 'oit', team ? [team.lead] : []);
      return;
    }
    const id = await this.send(reference, task, 'oit', 'cs');
    if (id) await this.d.repo.savePosts(`work:${task.id}`, [{ to: `team:${channel.teamId}|${channel.channelId}`, activityId: id }]);
  }

  private async update(task: VendorTask, view: VendorTaskView): Promise<void> {
    for (const post of this.d.repo.posts(`${view === 'vendor' ? 'task' : 'work'}:${task.id}`)) {
      const reference = this.referenceOf(post.to);
      if (!reference) continue;
      const lang = post.to.startsWith('team:') ? 'cs' : this.d.language(post.to);
      const attachment = CardFactory.adaptiveCard(await this.d.cards.card(task, view, lang, null));
      const failure = await continueProactively(this.d.adapter, this.d.botAppId, reference, async (context) => {
        await context.updateActivity({ type: 'message', id: post.activityId, conversation: context.activity.conversation, attachments: [attachment] });
      });
      if (failure) this.d.logger.warn({ task: task.id, err: (failure as Error).message }, 'vendor task card update failed');
    }
  }

  private async tellTeam(task: VendorTask): Promise<void> {
    const team = this.d.people.team(task.team);
    const to = [...new Set([team?.lead, ...(team?.members ?? [])].filter((x): x is string => Boolean(x)))];
    for (const userId of to) {
      const reference = this.d.conversationRefs.get(userId);
      if (!reference) continue;
      const text = vt(this.d.language(userId), 'teamReturned', {
        vendor: this.d.people.vendorName(task.vendor), id: task.ticketId, title: task.title, reason: task.returnReason ?? '',
      });
      await continueProactively(this.d.adapter, this.d.botAppId, reference, async (context) => {
        await context.sendActivity(text);
      });
    }
  }

  private async send(reference: Partial<ConversationReference>, task: VendorTask, view: VendorTaskView, lang: Language): Promise<string | undefined> {
    const attachment = CardFactory.adaptiveCard(await this.d.cards.card(task, view, lang, null));
    let id: string | undefined;
    const failure = await continueProactively(this.d.adapter, this.d.botAppId, reference, async (context) => {
      id = (await context.sendActivity({ type: 'message', attachments: [attachment] }))?.id;
    });
    if (failure) this.d.logger.warn({ task: task.id, err: (failure as Error).message }, 'vendor task card not sent');
    return id;
  }

  private referenceOf(to: string): Partial<ConversationReference> | null {
    if (!to.startsWith('team:')) return this.d.conversationRefs.get(to) ?? null;
    const [teamId, channelId] = to.slice(5).split('|') as [string, string];
    return channelReference(this.d.conversationRefs, teamId, channelId);
  }
}
