import { randomUUID } from 'node:crypto';
import { CardFactory, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { CategoryId, DomainConfig } from '../src/config/domain-schema.js';
import type { Clock, Impact, KnowledgeArticle, KnowledgePort, TriageAssessment, TriagePort } from '../src/services/ports.js';
import type { RequesterResolver } from '../src/services/requester-resolver.js';
import type { TicketService } from '../src/services/ticket-service.js';
import type { SlaDeadlines } from '../src/domain/sla/sla-deadlines.js';
import type { Ticket } from '../src/domain/tickets/ticket.js';
import type { StatsPort } from '../src/services/store-ports.js';
import { t, type MessageKey } from '../src/i18n/catalogue.js';
import { CHOICE_ACTION, answeredCard, type AdaptiveCard } from '../cards/adaptive-card.js';
import { recogniseChoice } from './card-choice-prompt.js';
import { openTicket } from './open-ticket.js';
import { turnUser } from './turn-user.js';
import { hasFiles } from './sent-files.js';
import { recogniseHelped, recogniseYesNo } from './yes-no.js';
import { ReportQuestions, SCOPE_CHOICES, retryKey } from './report-problem-questions.js';
import { REPORT_PROBLEM_DIALOG, turnOf, type Draft, type Pending, type ReportState, type ReportTurn } from './report-problem-state.js';

export { REPORT_PROBLEM_DIALOG, reportAlone, stackTurn } from './report-problem-state.js';

/** A typed message at least this long, that triage reads as a problem, is a new description rather than a wrong answer. */
const NEW_DESCRIPTION_WORDS = 4;

export interface ReportProblemOptions {
  /** What the user already wrote; when absent the dialog asks. */
  text?: string;
  /** Triage of `text`, when the caller already ran it. */
  assessment?: TriageAssessment;
}

export interface ReportProblemDeps {
  triage: TriagePort;
  knowledge: KnowledgePort;
  tickets: TicketService;
  requesters: RequesterResolver;
  stats: StatsPort;
  /** The new ticket's SLA deadlines, told to the requester. */
  deadlines: (ticket: Ticket) => SlaDeadlines;
  clock: Clock;
  config: DomainConfig;
  logger: Logger;
}

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
  private readonly questions: ReportQuestions;

  constructor(private readonly deps: ReportProblemDeps) {
    super(REPORT_PROBLEM_DIALOG);
    this.questions = new ReportQuestions(deps.config, deps.knowledge);
  }

  override beginDialog(dc: DialogContext, options?: ReportProblemOptions): Promise<DialogTurnResult> {
    return this.begin(turnOf(dc), options);
  }

  override continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.continue(turnOf(dc));
  }

  /** Begins the report: as botbuilder's dialog, or straight from the router (`stackTurn`). */
  async begin(turn: ReportTurn, options?: ReportProblemOptions): Promise<DialogTurnResult> {
    const text = options?.text?.trim();
    if (!text) return this.ask(turn, 'description');
    return this.describe(turn, text, options?.assessment);
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
      await context.sendActivity(this.questions.prompt(context, state));
      return Dialog.EndOfTurn;
    }
    // the clicked card as it will read once answered (built now, from the question it asked)
    const answered = clicked ? this.answeredPrompt(context, state, clicked) : null;
    const result = await this.answer(turn, clicked ? '' : (context.activity.text ?? '').trim());
    if (answered) await this.replaceCard(context, answered);
    return result;
  }

  /** The pending question's answer, typed (`text`) or clicked. */
  private async answer(turn: ReportTurn, text: string): Promise<DialogTurnResult> {
    const { context, state } = turn;
    const pending = state.pending!;
    switch (pending.kind) {
      case 'description':
        if (!text && hasFiles(context)) return this.say(context, 'attachmentOnly');
        return text ? this.describe(turn, text) : this.askAgain(turn);
      case 'category': {
        const category = recogniseChoice(context, this.questions.categoryChoices(state.draft!));
        if (category === undefined) return this.notAnAnswer(turn, text);
        state.draft!.assessment.category = category as CategoryId;
        return this.askScopeIfUnclear(turn);
      }
      case 'scope': {
        const impact = recogniseChoice(context, SCOPE_CHOICES);
        if (impact === undefined) return this.notAnAnswer(turn, text);
        const { assessment } = state.draft!;
        assessment.impact = impact as Impact;
        assessment.scopeKnown = true;
        assessment.priority = this.deps.triage.priorityFor(assessment.impact, assessment.urgency);
        return this.offerHelpOrConfirm(turn);
      }
      case 'confirm': {
        // after a self-help article, "pořád to nejde" answers it too: it did not help
        const yes = recogniseYesNo(context) ?? (state.draft?.offeredArticle && text ? recogniseHelped(text) : undefined);
        return yes === undefined ? this.notAnAnswer(turn, text) : this.finish(turn, yes);
      }
    }
  }

  /** The pending question's card without its buttons and with the clicked answer; null when the click is not one of its buttons. */
  private answeredPrompt(context: TurnContext, state: ReportState, clicked: Record<string, unknown>): AdaptiveCard | null {
    if (!context.activity.replyToId) return null;
    // on a copy: rendering drops an offered article the knowledge base no longer has, and that must not change the answer
    const card = this.questions.prompt(context, structuredClone(state)).attachments?.[0]?.content as AdaptiveCard | undefined;
    return card ? answeredCard(card, clicked) : null;
  }

  /**
   * Replaces the clicked card (`replyToId`) with its answered form, so that its buttons cannot be
   * pressed again. Cosmetic: when the client cannot update it, a second click is still told it is
   * stale, and the turn goes on.
   */
  private async replaceCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
    try {
      await context.updateActivity({
        type: 'message', id: context.activity.replyToId, conversation: context.activity.conversation, attachments: [CardFactory.adaptiveCard(card)],
      });
    } catch (err) {
      this.deps.logger.warn({ err: (err as Error).message, conversation: context.activity.conversation?.id }, 'answered card not updated');
    }
  }

  /** After a command ("nápověda", "moje požadavky") the pending question is asked again. */
  override async repromptDialog(context: TurnContext, instance: DialogInstance<ReportState>): Promise<void> {
    if (instance.state.pending) await context.sendActivity(this.questions.prompt(context, instance.state));
  }

  /**
   * A message that does not answer the pending question: when it reads as a problem description
   * (people often just write the problem again, or a different one, instead of clicking), the
   * report starts again with it; otherwise the question is asked again.
   */
  private async notAnAnswer(turn: ReportTurn, text: string): Promise<DialogTurnResult> {
    const assessment = text ? this.asNewDescription(text) : null;
    if (!assessment) return this.askAgain(turn);
    await turn.context.sendActivity(t(turnUser(turn.context).lang, 'draftReplaced'));
    return this.describe(turn, text, assessment);
  }

  /** Triage of `text` when it reads as a problem description, else null. */
  private asNewDescription(text: string): TriageAssessment | null {
    if ((text.match(/\p{L}{2,}/gu) ?? []).length < NEW_DESCRIPTION_WORDS) return null;
    const assessment = this.deps.triage.analyze(text);
    return assessment.intent === 'problem' && assessment.confidence >= this.deps.config.triage.lowConfidence ? assessment : null;
  }

  /** A new draft from the description; asks the area when triage is unsure. */
  private async describe(turn: ReportTurn, description: string, given?: TriageAssessment): Promise<DialogTurnResult> {
    const assessment = given ?? this.deps.triage.analyze(description);
    const draft: Draft = { id: randomUUID().slice(0, 8), description, assessment };
    turn.state.draft = draft;
    const { id, name } = turnUser(turn.context);
    // Warm the directory cache while the user reads, so that opening the ticket does not wait for Graph.
    void this.deps.requesters.resolve(id, name);
    if (assessment.confidence >= this.deps.config.triage.lowConfidence) return this.askScopeIfUnclear(turn);
    return this.ask(turn, 'category');
  }

  private async askScopeIfUnclear(turn: ReportTurn): Promise<DialogTurnResult> {
    const draft = turn.state.draft!;
    const { assessment } = draft;
    const suspectedOutage = assessment.priority === 'P1' || assessment.priority === 'P2';
    if (!suspectedOutage || assessment.scopeKnown) return this.offerHelpOrConfirm(turn);
    return this.ask(turn, 'scope');
  }

  private async offerHelpOrConfirm(turn: ReportTurn): Promise<DialogTurnResult> {
    const draft = turn.state.draft!;
    const { assessment } = draft;
    const selfHelp = assessment.priority === 'P3' || assessment.priority === 'P4';
    const article = selfHelp ? this.deps.knowledge.bestMatch(draft.description, turnUser(turn.context).lang, assessment.category) : null;
    if (article) draft.offeredArticle = article.id;
    else if (!assessment.entities.sites.length && draft.requesterSite === undefined) {
      // the confirmation says where the ticket goes: with no site in the text, the requester's own (as the ticket will take it)
      const { id, name } = turnUser(turn.context);
      draft.requesterSite = (await this.deps.requesters.resolve(id, name)).site;
    }
    return this.ask(turn, 'confirm', article ?? undefined);
  }

  private async finish(turn: ReportTurn, yes: boolean): Promise<DialogTurnResult> {
    const user = turnUser(turn.context);
    const draft = turn.state.draft!;
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
  private async ask(turn: ReportTurn, kind: Pending['kind'], article?: KnowledgeArticle): Promise<DialogTurnResult> {
    turn.state.pending = { kind };
    await turn.context.sendActivity(this.questions.prompt(turn.context, turn.state, article));
    return Dialog.EndOfTurn;
  }

  private async askAgain(turn: ReportTurn): Promise<DialogTurnResult> {
    const { context, state } = turn;
    const kind = state.pending!.kind;
    if (kind !== 'category' && kind !== 'scope') return this.say(context, retryKey(state));
    // a list to choose from: the reminder with the list again (the question may be far up the chat by now)
    await context.sendActivity({ ...this.questions.prompt(context, state), text: t(turnUser(context).lang, retryKey(state)) });
    return Dialog.EndOfTurn;
  }

  /** A message, and the question stays pending. */
  private async say(context: TurnContext, key: MessageKey): Promise<DialogTurnResult> {
    await context.sendActivity(t(turnUser(context).lang, key));
    return Dialog.EndOfTurn;
  }
}
