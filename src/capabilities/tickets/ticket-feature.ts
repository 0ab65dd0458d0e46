import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Dialog, DialogContext } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import { isOpen } from '../../domain/tickets/ticket-lifecycle.js';
import { TICKET_ID_PATTERN, type Language, type Ticket } from '../../domain/tickets/ticket.js';
import { MAX_COMMENT } from '../../domain/tickets/ticket-change.js';
import { tt } from '../../i18n/ticket-messages.js';
import type { TicketCommand } from '../../domain/tickets/ticket-command.js';
import type { TicketWorkflowService, WorkflowOutcome } from '../../services/ticket-workflow-service.js';
import type { TicketService } from '../../services/ticket-service.js';
import { turnUser } from '../../../dialogs/turn-user.js';
import { renderTicketQueueCard } from '../../../cards/ticket-queue-card.js';
import type { BotFeature, FeatureCommand, IntentTurn } from '../../bot/bot-feature.js';
import { TICKET_INTENTS } from './ticket-intents.js';
import type { TicketCardRenderer } from './ticket-card-renderer.js';
import { statusText } from './ticket-card-actions.js';
import { isStatusQuestion } from './status-question.js';
import { isPersonal } from '../../bot/conversation-scope.js';
import { t } from '../../i18n/catalogue.js';

const QUEUE = ['fronta', 'moje fronta', 'fronta tymu', 'my queue', 'queue', 'team queue'];
const SHOW = ['ticket', 'tiket', 'pozadavek', 'detail'];
type RequesterVerb = 'reopen' | 'expedite' | 'cancel';
const DONE = { reopen: 'doneReopen', expedite: 'doneExpedite', cancel: 'doneCancel' } as const;
const REQUESTER: { verb: RequesterVerb; prefixes: string[] }[] = [
  { verb: 'reopen', prefixes: ['nevyreseno', 'neni vyreseno', 'not solved', 'not resolved'] },
  { verb: 'expedite', prefixes: ['urgovat', 'urguji', 'urgent', 'urge', 'expedite'] },
  { verb: 'cancel', prefixes: ['zrusit pozadavek', 'cancel ticket'] },
];
/** A cancel with the ticket's number may be said shorter ("zrušit HD-…"): the number makes it unambiguous. */
const CANCEL_WITH_NUMBER = ['zrusit', 'zrus', 'cancel', 'storno'];
/** A message this short that names a ticket ("stav HD-…", "HD-…?", "co je s HD-…") asks about that ticket. */
const ABOUT_A_TICKET_WORDS = 4;
const QUEUE_LIMIT = 15;

export interface TicketFeatureDeps {
  workflow: TicketWorkflowService;
  tickets: TicketService;
  cards: TicketCardRenderer;
  config: DomainConfig;
  logger: Logger;
}

/**
 * Tickets in chat: technicians' queue ("fronta"), a ticket's card ("ticket HD-…", any short
 * message with its number), a requester's question about their request ("kdy mi to opraví?"), the
 * requester's "nevyřešeno", "urgovat", "zrušit požadavek", and a longer message naming a ticket,
 * which is added to it as a comment.
 */
export class TicketFeature implements BotFeature {
  readonly dialogs: Dialog[] = [];
  readonly intents = TICKET_INTENTS;

  constructor(private readonly deps: TicketFeatureDeps) {}

  /** The ticket intents however they are phrased ("ukaž mi moje tikety" is the router's; the rest are here). */
  async onIntent({ reading, dc }: IntentTurn): Promise<boolean> {
    const id = reading.slots.ticket ?? null;
    const context = await dc();
    switch (reading.intent) {
      case 'tickets.queue': await this.showQueue(context); return true;
      case 'tickets.status': await this.showStatus(context); return true;
      case 'tickets.show': if (id) await this.showTicket(context, id); else await this.showStatus(context); return true;
      case 'tickets.reopen': await this.requesterAct(context, 'reopen', id); return true;
      case 'tickets.expedite': await this.requesterAct(context, 'expedite', id); return true;
      case 'tickets.cancel': await this.requesterAct(context, 'cancel', id); return true;
      default: return false;
    }
  }

  recognise(text: string, folded: string, context: TurnContext): FeatureCommand | null {
    if (QUEUE.includes(folded)) return async (dc) => this.showQueue(dc);
    const id = TICKET_ID_PATTERN.exec(text)?.[0]?.toUpperCase() ?? null;
    const words = folded.replace(/\bhd \d{4} \d{5,}\b/u, '').trim();
    if (id && (SHOW.includes(words) || words === '')) return async (dc) => this.showTicket(dc, id);
    if (isStatusQuestion(words)) return id ? async (dc) => this.showTicket(dc, id) : async (dc) => this.showStatus(dc);
    const match = REQUESTER.find((r) => r.prefixes.some((p) => words === p || (folded.startsWith(p) && id)));
    if (match) return async (dc) => this.requesterAct(dc, match.verb, id);
    if (!id) return null;
    const rest = words.replace(/\?/gu, ' ').split(' ').filter(Boolean);
    if (CANCEL_WITH_NUMBER.includes(rest[0] ?? '') && rest.length <= 2) return async (dc) => this.requesterAct(dc, 'cancel', id);
    if (rest.length <= ABOUT_A_TICKET_WORDS) return async (dc) => this.showTicket(dc, id);
    // a sentence about a ticket of one's own still being handled ("Píšu kvůli HD-…: pořád netiskne") belongs to it, not to
    // a new ticket; about a closed one, or one the writer may not see, it is a new request
    const ticket = text.length <= MAX_COMMENT ? this.deps.workflow.visibleTo(id, turnUser(context).id) : undefined;
    if (ticket && (isOpen(ticket.status) || ticket.status === 'resolved')) return async (dc) => this.comment(dc, ticket.id, text);
    return null;
  }

  private async showQueue(dc: DialogContext): Promise<void> {
    const user = turnUser(dc.context);
    const people = this.deps.workflow.people;
    const teams = new Set(people.queueTeamsOf(user.id).map((t) => t.id));
    if (teams.size === 0) {
      // a vendor's technician works tasks, not OIT's queue (whose buttons they may not use)
      await dc.context.sendActivity(tt(user.lang, people.vendorsOf(user.id).length > 0 ? 'queueVendorTasks' : 'queueTechniciansOnly'));
      return;
    }
    const mine = this.deps.tickets.findOpen((t) => isOpen(t.status) && (t.assignee === user.id || teams.has(t.team ?? '')));
    if (mine.length === 0) {
      await dc.context.sendActivity(tt(user.lang, 'queueEmpty'));
      return;
    }
    mine.sort((a, b) => a.priority.localeCompare(b.priority) || a.createdAt.localeCompare(b.createdAt));
    const card = renderTicketQueueCard(mine.slice(0, QUEUE_LIMIT), mine.length, user.id, { lang: user.lang, config: this.deps.config });
    await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  private async showTicket(dc: DialogContext, id: string): Promise<void> {
    const user = turnUser(dc.context);
    const ticket = this.deps.workflow.visibleTo(id, user.id);
    if (!ticket) {
      await dc.context.sendActivity(tt(user.lang, 'notFound', { id }));
      return;
    }
    const { people } = this.deps.workflow;
    // a technician gets their buttons; the head of OIT or the team's lead (not working it) the shared card without buttons
    const card = people.isTechnician(user.id, ticket) ? await this.deps.cards.technician(ticket, user.lang, user.id)
      : people.oversees(user.id, ticket) && ticket.requester.id !== user.id ? await this.deps.cards.technician(ticket, user.lang, null)
        : await this.deps.cards.requester(ticket, user.lang);
    await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  private async comment(dc: DialogContext, id: string, text: string): Promise<void> {
    const user = turnUser(dc.context);
    const outcome = await this.deps.workflow.act(id, user.id, { kind: 'comment', text });
    if (outcome.kind !== 'done') {
      await dc.context.sendActivity(this.notDone(outcome, user.lang));
      return;
    }
    const done = tt(user.lang, 'doneComment', { id, status: statusText(outcome.ticket, user.lang) });
    const resolved = outcome.ticket.status === 'resolved' && outcome.ticket.requester.id === user.id;
    await dc.context.sendActivity(resolved ? `${done} ${tt(user.lang, 'commentOnResolved', { id })}` : done);
  }

  /** "Kdy mi to opraví?": the requester's newest open ticket, whose card says by when it is due and what happened so far. */
  private async showStatus(dc: DialogContext): Promise<void> {
    const { context } = dc;
    const user = turnUser(context);
    if (!isPersonal(context)) {
      await context.sendActivity(t(user.lang, 'myTicketsPersonalOnly'));
      return;
    }
    const open = this.deps.tickets.listByRequester(user.id, 50).filter((s) => isOpen(s.status));
    const newest = open[0] ? this.deps.tickets.get(open[0].id) : undefined;
    if (!newest) {
      await context.sendActivity(tt(user.lang, 'statusNoneOpen'));
      return;
    }
    const lead = open.length === 1 ? tt(user.lang, 'statusOne') : tt(user.lang, 'statusNewestOf', { count: open.length });
    const card = await this.deps.cards.requester(newest, user.lang);
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), lead));
  }

  private async requesterAct(dc: DialogContext, verb: RequesterVerb, id: string | null): Promise<void> {
    const user = turnUser(dc.context);
    const ticket = id ? this.deps.workflow.visibleTo(id, user.id) : this.latestOwn(user.id, verb);
    if (!ticket) {
      await dc.context.sendActivity(id ? tt(user.lang, 'notFound', { id }) : tt(user.lang, 'noTicketToAct'));
      return;
    }
    // cancelling cannot be undone: without a number it is only offered, on the ticket's own card
    if (verb === 'cancel' && !id) return this.offerCancel(dc, ticket);
    const command: TicketCommand = { kind: verb };
    const outcome = await this.deps.workflow.act(ticket.id, user.id, command);
    const reply = outcome.kind === 'done' ? tt(user.lang, DONE[verb], { id: ticket.id, status: statusText(outcome.ticket, user.lang) }) : this.notDone(outcome, user.lang);
    await dc.context.sendActivity(reply);
  }

  /** Why a requester's action on a ticket was not done, in words. */
  private notDone(outcome: Exclude<WorkflowOutcome, { kind: 'done' }>, lang: Language): string {
    return outcome.kind === 'too-soon' ? tt(lang, 'tooSoon', { time: this.deps.cards.time(outcome.nextAt, lang) })
      : outcome.kind === 'forbidden' ? tt(lang, 'notAllowed')
        : tt(lang, 'invalidAction', { reason: outcome.kind === 'invalid' ? outcome.reason : outcome.kind });
  }

  /** "Zrušit požadavek" without a number: which ticket it would be, with its card (and its cancel button); in a group chat, only asks for the number. */
  private async offerCancel(dc: DialogContext, ticket: Ticket): Promise<void> {
    const { context } = dc;
    const user = turnUser(context);
    if (!isPersonal(context)) {
      await context.sendActivity(tt(user.lang, 'cancelNeedsNumber'));
      return;
    }
    const lead = tt(user.lang, 'cancelWhich', { id: ticket.id, button: tt(user.lang, 'cancelTicket') });
    const card = await this.deps.cards.requester(ticket, user.lang);
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), lead));
  }

  /** Without a number: the requester's latest ticket the verb fits (resolved for "not solved", open otherwise). */
  private latestOwn(userId: string, verb: RequesterVerb): Ticket | undefined {
    const fits = (status: Ticket['status']) => (verb === 'reopen' ? status === 'resolved' || status === 'closed' : isOpen(status));
    for (const summary of this.deps.tickets.listByRequester(userId, 20)) {
      if (fits(summary.status)) return this.deps.tickets.get(summary.id);
    }
    return undefined;
  }
}
