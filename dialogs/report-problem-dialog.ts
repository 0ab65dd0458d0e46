import { randomUUID } from 'node:crypto';
import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { Dialog, DialogTurnStatus, type Choice, type DialogContext, type DialogInstance, type DialogState, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { CategoryId, DomainConfig } from '../src/config/domain-schema.js';
import type { Clock, Impact, KnowledgeArticle, KnowledgePort, TriageAssessment, TriagePort } from '../src/services/ports.js';
import type { RequesterResolver } from '../src/services/requester-resolver.js';
import type { TicketService } from '../src/services/ticket-service.js';
import type { SlaDeadlines } from '../src/services/sla-schedule-service.js';
import type { Ticket } from '../src/domain/tickets/ticket.js';
import type { StatsRepository } from '../src/store/stats-repository.js';
import { t, type MessageKey } from '../src/i18n/catalogue.js';
import { renderConfirmTicketCard } from '../cards/confirm-ticket-card.js';
import { renderCategoryChoiceCard, renderScopeQuestionCard, renderSelfHelpCard } from '../cards/question-cards.js';
import { CHOICE_ACTION, stampButtons } from '../cards/adaptive-card.js';
import { recogniseChoice } from './card-choice-prompt.js';
import { openTicket } from './open-ticket.js';
import type { OutboundGate } from '../src/bot/outbound-gate.js';
import { turnUser } from './turn-user.js';
import { hasFiles } from '../src/bot/sent-files.js';
import { recogniseYesNo } from './yes-no.js';

export const REPORT_PROBLEM_DIALOG = 'reportProblem';
/** A typed message at least this long, that triage reads as a problem, is a new description rather than a wrong answer. */
const NEW_DESCRIPTION_WORDS = 4;

export interface ReportProblemOptions {
  /** What the user already wrote; when absent the dialog asks. */
  text?: string;
  /** Triage of `text`, when the caller already ran it. */
  assessment?: TriageAssessment;
}

interface Draft {
  /** Stamped on the buttons of the draft's cards, so that a click on an older draft's card is recognised. */
  id: string;
  description: string;
  assessment: TriageAssessment;
  /** The self-help article offered instead of the confirmation, if any. */
  offeredArticle?: string;
}

/**
 * The question waiting for the user's answer. Its card is rendered from the draft whenever it is
 * asked (again), in the user's language of that turn: it is not kept in the state.
 */
interface Pending {
  kind: 'description' | 'category' | 'scope' | 'confirm';
}

/** The dialog's state, kept in the dialog stack (and so in the store) between turns. */
interface ReportState {
  draft?: Draft;
  pending?: Pending;
}

export interface ReportProblemDeps {
  triage: TriagePort;
  knowledge: KnowledgePort;
  tickets: TicketService;
  requesters: RequesterResolver;
  /** Holds the new ticket's card until the ticket is on disk. */
  outbound: OutboundGate;
  stats: StatsRepository;
  /** The new ticket's SLA deadlines, told to the requester. */
  deadlines: (ticket: Ticket) => SlaDeadlines;
  clock: Clock;
  config: DomainConfig;
  logger: Logger;
}

const SCOPE_CHOICES: Choice[] = [
  { value: 'person', synonyms: ['jen me', 'jen mne', 'me', 'mne', 'only me', 'just me', 'me only'] },
  { value: 'group', synonyms: ['vice lidi', 'vic lidi', 'kolegy', 'oddeleni', 'several', 'more people', 'department', 'colleagues'] },
  { value: 'organisation', synonyms: ['vsichni', 'vsechny', 'cele pracoviste', 'cely urad', 'nikdo', 'everyone', 'everybody', 'whole', 'all'] },
];

/**
 * Report a problem: take the description (or ask for it), let triage read it, ask only what it
 * could not tell (the area when unsure, the scope of a suspected outage), offer a self-help
 * article when one fits, otherwise confirm the draft - then open the ticket and show its card.
 *
 * One dialog with its own small state machine rather than a component of a waterfall and four
 * prompts: botbuilder-dialogs builds a dialog context and a memory-scope manager for every
 * component, step and prompt, which was a tenth of the CPU of a create-ticket turn. The answers
 * are read as the prompts read them (`recogniseYesNo`, `recogniseChoice`).
 */
export class ReportProblemDialog extends Dialog<ReportProblemOptions> {
  constructor(private readonly deps: ReportProblemDeps) {
    super(REPORT_PROBLEM_DIALOG);
  }

  override beginDialog(dc: DialogContext, options?: ReportProblemOptions): Promise<DialogTurnResult> {
    return this.begin(turnOf(dc), options);
  }

  override continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.continue(turnOf(dc));
  }

  /** Begins the report: as botbuilder's dialog, or straight from the router (`stackTurn`). */
  async begin(turn: ReportTurn, options?: ReportProblemOptions): Promise<DialogTurnResult> {
    const { state } = turn;
    const text = options?.text?.trim();
    if (!text) {
      return this.ask(turn, state, 'description');
    }
    return this.describe(turn, state, text, options?.assessment);
  }

  /** The user's answer to the pending question. */
  async continue(turn: ReportTurn): Promise<DialogTurnResult> {
    const { context, state } = turn;
    const pending = state.pending;
    const { lang } = turnUser(context);
    if (!pending) {
      // a draft kept by the previous version of this dialog (before an upgrade): it cannot be continued
      await context.sendActivity(t(lang, 'draftLost'));
      return turn.end();
    }
    const clicked = context.activity.value as { helpdeskAction?: unknown; draft?: unknown } | undefined;
    if ((clicked?.helpdeskAction === 'confirm' || clicked?.helpdeskAction === CHOICE_ACTION) && clicked.draft !== state.draft?.id) {
      // a button of an earlier draft's card (replaced, or answered already): it must not answer this one
      await context.sendActivity(t(lang, 'staleDraftCard'));
      await context.sendActivity(this.prompt(context, state));
      return Dialog.EndOfTurn;
    }
    const text = clicked ? '' : (context.activity.text ?? '').trim();
    switch (pending.kind) {
      case 'description':
        if (!text && hasFiles(context)) return this.say(context, 'attachmentOnly');
        return text ? this.describe(turn, state, text) : this.askAgain(context, state);
      case 'category': {
        const category = recogniseChoice(context, this.categoryChoices(state.draft!));
        if (category === undefined) return this.notAnAnswer(turn, state, text);
        state.draft!.assessment.category = category as CategoryId;
        return this.askScopeIfUnclear(turn, state);
      }
      case 'scope': {
        const impact = recogniseChoice(context, SCOPE_CHOICES);
        if (impact === undefined) return this.notAnAnswer(turn, state, text);
        const { assessment } = state.draft!;
        assessment.impact = impact as Impact;
        assessment.scopeKnown = true;
        assessment.priority = this.deps.triage.priorityFor(assessment.impact, assessment.urgency);
        return this.offerHelpOrConfirm(turn, state);
      }
      case 'confirm': {
        const yes = recogniseYesNo(context);
        return yes === undefined ? this.notAnAnswer(turn, state, text) : this.finish(turn, state, yes);
      }
    }
  }

  /** After a command ("nápověda", "moje požadavky") the pending question is asked again. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance<ReportState>): Promise<void> {
    if (instance.state.pending) await context.sendActivity(this.prompt(context, instance.state));
  }

  /**
   * A message that does not answer the pending question: when it reads as a problem description
   * (people often just write the problem again, or a different one, instead of clicking), the
   * report starts again with it; otherwise the question is asked again.
   */
  private async notAnAnswer(turn: ReportTurn, state: ReportState, text: string): Promise<DialogTurnResult> {
    const assessment = text ? this.asNewDescription(text) : null;
    if (!assessment) return this.askAgain(turn.context, state);
    await turn.context.sendActivity(t(turnUser(turn.context).lang, 'draftReplaced'));
    return this.describe(turn, state, text, assessment);
  }

  /** Triage of `text` when it reads as a problem description, else null. */
  private asNewDescription(text: string): TriageAssessment | null {
    if ((text.match(/\p{L}{2,}/gu) ?? []).length < NEW_DESCRIPTION_WORDS) return null;
    const assessment = this.deps.triage.analyze(text);
    return assessment.intent === 'problem' && assessment.confidence >= this.deps.config.triage.lowConfidence ? assessment : null;
  }

  /** A new draft from the description; asks the area when triage is unsure. */
  private async describe(turn: ReportTurn, state: ReportState, description: string, given?: TriageAssessment): Promise<DialogTurnResult> {
    const assessment = given ?? this.deps.triage.analyze(description);
    const draft: Draft = { id: randomUUID().slice(0, 8), description, assessment };
    state.draft = draft;
    const { id, name } = turnUser(turn.context);
    // Warm the directory cache while the user reads, so that opening the ticket does not wait for Graph.
    void this.deps.requesters.resolve(id, name);
    if (assessment.confidence >= this.deps.config.triage.lowConfidence) return this.askScopeIfUnclear(turn, state);
    return this.ask(turn, state, 'category');
  }

  private async askScopeIfUnclear(turn: ReportTurn, state: ReportState): Promise<DialogTurnResult> {
    const draft = state.draft!;
    const { assessment } = draft;
    const suspectedOutage = assessment.priority === 'P1' || assessment.priority === 'P2';
    if (!suspectedOutage || assessment.scopeKnown) return this.offerHelpOrConfirm(turn, state);
    return this.ask(turn, state, 'scope');
  }

  private async offerHelpOrConfirm(turn: ReportTurn, state: ReportState): Promise<DialogTurnResult> {
    const draft = state.draft!;
    const { assessment } = draft;
    const selfHelp = assessment.priority === 'P3' || assessment.priority === 'P4';
    const article = selfHelp ? this.deps.knowledge.bestMatch(draft.description, turnUser(turn.context).lang, assessment.category) : null;
    if (article) draft.offeredArticle = article.id;
    return this.ask(turn, state, 'confirm', article ?? undefined);
  }

  private async finish(turn: ReportTurn, state: ReportState, yes: boolean): Promise<DialogTurnResult> {
    const user = turnUser(turn.context);
    const draft = state.draft!;
    if (draft.offeredArticle && yes) {
      this.deps.stats.increment(`deflected:${this.deps.clock.now().toISOString().slice(0, 7)}`);
      this.deps.stats.increment(`deflected-article:${draft.offeredArticle}`);
      this.deps.logger.info({ userId: user.id, article: draft.offeredArticle }, 'request deflected by self-help');
      await turn.context.sendActivity(t(user.lang, 'deflected'));
      return turn.end();
    }
    if (!draft.offeredArticle && !yes) {
      await turn.context.sendActivity(t(user.lang, 'cancelled'));
      return turn.end();
    }
    const ticketId = await openTicket(turn.context, user, draft, this.deps);
    return turn.end(ticketId);
  }

  /** `article`: the self-help article just found for the draft (else looked up by its id). */
  private async ask(turn: ReportTurn, state: ReportState, kind: Pending['kind'], article?: KnowledgeArticle): Promise<DialogTurnResult> {
    state.pending = { kind };
    await turn.context.sendActivity(this.prompt(turn.context, state, article));
    return Dialog.EndOfTurn;
  }

  private askAgain(context: TurnContext, state: ReportState): Promise<DialogTurnResult> {
    return this.say(context, retryKey(state));
  }

  /** A message, and the question stays pending. */
  private async say(context: TurnContext, key: MessageKey): Promise<DialogTurnResult> {
    await context.sendActivity(t(turnUser(context).lang, key));
    return Dialog.EndOfTurn;
  }

  /** The pending question as a message, rendered from the draft in the language of this turn. */
  private prompt(context: TurnContext, state: ReportState, article?: KnowledgeArticle): Partial<Activity> {
    const ctx = { lang: turnUser(context).lang, config: this.deps.config };
    const draft = state.draft;
    if (!draft || state.pending!.kind === 'description') return MessageFactory.text(t(ctx.lang, 'askDescription'));
    const { assessment } = draft;
    switch (state.pending!.kind) {
      case 'category':
        return cardActivity(renderCategoryChoiceCard(categoryTop(draft), ctx), draft.id);
      case 'scope':
        return cardActivity(renderScopeQuestionCard(draft.description, ctx), draft.id);
      case 'confirm': {
        const offered = article ?? (draft.offeredArticle ? this.deps.knowledge.article(draft.offeredArticle) : null);
        if (offered) return cardActivity(renderSelfHelpCard(offered, ctx), draft.id);
        delete draft.offeredArticle; // an article gone since it was offered (knowledge base updated): confirm the ticket instead
        const place = assessment.entities.sites[0]?.name ?? assessment.entities.districts[0]?.name ?? null;
        return cardActivity(renderConfirmTicketCard({
          description: draft.description, category: assessment.category, priority: assessment.priority, place,
          office: assessment.entities.rooms[0] ?? null, applications: assessment.entities.applications.map((a) => a.id),
        }, ctx), draft.id);
      }
    }
  }

  private categoryChoices(draft: Draft): Choice[] {
    return [...categoryTop(draft), 'other' as const].map((value) => ({ value, synonyms: this.categorySynonyms(value) }));
  }

  private categorySynonyms(id: string): string[] {
    const category = this.deps.config.categories.find((c) => c.id === id);
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return category ? [fold(category.name.cs), fold(category.name.en), id] : [id];
  }
}

/** The areas offered when triage is unsure: its three best guesses (and "something else"). */
function categoryTop(draft: Draft): CategoryId[] {
  return draft.assessment.ranking.map((r) => r.category).filter((c) => c !== 'other').slice(0, 3);
}

function retryKey(state: ReportState): MessageKey {
  switch (state.pending!.kind) {
    case 'description': return 'askDescription';
    case 'category': return 'pickCategoryRetry';
    case 'scope': return 'askScopeRetry';
    case 'confirm': return state.draft?.offeredArticle ? 'selfHelpRetry' : 'confirmRetry';
  }
}

/** One turn of the dialog: the turn, the dialog's state, and how it ends. */
export interface ReportTurn {
  context: TurnContext;
  state: ReportState;
  end(result?: string | null): Promise<DialogTurnResult>;
}

function turnOf(dc: DialogContext): ReportTurn {
  return { context: dc.context, state: dc.activeDialog!.state as ReportState, end: (result) => dc.endDialog(result) };
}

/** True when the report is the only dialog on the stack: the router then runs its turn itself (`stackTurn`). */
export function reportAlone(stack: DialogState): boolean {
  return stack.dialogStack?.length === 1 && stack.dialogStack[0]!.id === REPORT_PROBLEM_DIALOG;
}

/**
 * The report's turn straight on the dialog stack, for a stack that is empty (the report begins; it
 * is pushed here) or holds only the report: what botbuilder-dialogs' dialog context would do for a
 * single dialog (its state, and popping it at the end), without building that context, its memory
 * scopes and its state manager on every turn (≈ 10 % of the main thread's CPU a create-ticket turn).
 */
export function stackTurn(context: TurnContext, stack: DialogState): ReportTurn {
  stack.dialogStack ??= [];
  if (stack.dialogStack.length === 0) stack.dialogStack.push({ id: REPORT_PROBLEM_DIALOG, state: {} });
  const instance = stack.dialogStack[0]!;
  return {
    context,
    state: instance.state as ReportState,
    end: async (result) => {
      stack.dialogStack.splice(stack.dialogStack.indexOf(instance), 1);
      return { status: DialogTurnStatus.complete, result };
    },
  };
}

/** The card as a message, each button's data stamped with the draft's id. */
function cardActivity(card: object, draftId: string): Partial<Activity> {
  stampButtons(card, 'draft', draftId);
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}
