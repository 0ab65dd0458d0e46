import { randomUUID } from 'node:crypto';
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { ComponentDialog, Dialog, TextPrompt, WaterfallDialog, type Choice, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { CategoryId, DomainConfig } from '../src/config/domain-schema.js';
import type { Clock, Impact, KnowledgePort, TriageAssessment, TriagePort } from '../src/services/ports.js';
import type { RequesterResolver } from '../src/services/requester-resolver.js';
import type { TicketService } from '../src/services/ticket-service.js';
import type { StatsRepository } from '../src/store/stats-repository.js';
import { t } from '../src/i18n/catalogue.js';
import { renderConfirmTicketCard } from '../cards/confirm-ticket-card.js';
import { renderCategoryChoiceCard, renderScopeQuestionCard, renderSelfHelpCard } from '../cards/question-cards.js';
import { CHOICE_ACTION } from '../cards/adaptive-card.js';
import { CardChoicePrompt, recogniseChoice } from './card-choice-prompt.js';
import { openTicket } from './open-ticket.js';
import { turnUser } from './turn-user.js';
import { recogniseYesNo, YesNoPrompt } from './yes-no-prompt.js';

export const REPORT_PROBLEM_DIALOG = 'reportProblem';
const WATERFALL = 'reportProblem.steps';
const DESCRIPTION_PROMPT = 'reportProblem.description';
const CATEGORY_PROMPT = 'reportProblem.category';
const SCOPE_PROMPT = 'reportProblem.scope';
const CONFIRM_PROMPT = 'reportProblem.confirm';
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

export interface ReportProblemDeps {
  triage: TriagePort;
  knowledge: KnowledgePort;
  tickets: TicketService;
  requesters: RequesterResolver;
  stats: StatsRepository;
  clock: Clock;
  config: DomainConfig;
  logger: Logger;
}

const SCOPE_CHOICES = [
  { value: 'person', synonyms: ['jen me', 'jen mne', 'me', 'mne', 'only me', 'just me', 'me only'] },
  { value: 'group', synonyms: ['vice lidi', 'vic lidi', 'kolegy', 'oddeleni', 'several', 'more people', 'department', 'colleagues'] },
  { value: 'organisation', synonyms: ['vsichni', 'vsechny', 'cele pracoviste', 'cely urad', 'nikdo', 'everyone', 'everybody', 'whole', 'all'] },
];

/**
 * Report a problem: take the description (or ask for it), let triage read it, ask only what it
 * could not tell (the area when unsure, the scope of a suspected outage), offer a self-help
 * article when one fits, otherwise confirm the draft - then open the ticket and show its card.
 */
export class ReportProblemDialog extends ComponentDialog {
  constructor(private readonly deps: ReportProblemDeps) {
    super(REPORT_PROBLEM_DIALOG);
    this.addDialog(new TextPrompt(DESCRIPTION_PROMPT, async (p) => (p.recognized.value ?? '').trim().length > 0));
    this.addDialog(new CardChoicePrompt(CATEGORY_PROMPT));
    this.addDialog(new CardChoicePrompt(SCOPE_PROMPT));
    this.addDialog(new YesNoPrompt(CONFIRM_PROMPT));
    this.addDialog(new WaterfallDialog(WATERFALL, [
      this.askDescription.bind(this),
      this.askCategoryIfUnsure.bind(this),
      this.askScopeIfUnclear.bind(this),
      this.offerHelpOrConfirm.bind(this),
      this.finish.bind(this),
    ]));
    this.initialDialogId = WATERFALL;
  }

  /**
   * While a question is pending (the area, the scope, the confirmation or the self-help offer), a
   * typed message that does not answer it but reads as a problem description starts the report
   * again with that text: people often just write the problem again, or a different one, instead
   * of clicking. Anything else is handled by the pending prompt, which asks again.
   */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { context } = innerDc;
    const clicked = context.activity.value as { helpdeskAction?: unknown; draft?: unknown } | undefined;
    if ((clicked?.helpdeskAction === 'confirm' || clicked?.helpdeskAction === CHOICE_ACTION) && clicked.draft !== draftIdOf(innerDc)) {
      // a button of an earlier draft's card (replaced, or answered already): it must not answer this one
      await context.sendActivity(t(turnUser(context).lang, 'staleDraftCard'));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    const text = clicked ? '' : (context.activity.text ?? '').trim();
    if (text && this.isUnansweredQuestion(innerDc) && this.readsAsNewDescription(text)) {
      await context.sendActivity(t(turnUser(context).lang, 'draftReplaced'));
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(WATERFALL, { text } satisfies ReportProblemOptions);
    }
    return super.onContinueDialog(innerDc);
  }

  private isUnansweredQuestion(innerDc: DialogContext): boolean {
    const active = innerDc.activeDialog;
    if (!active) return false;
    if (active.id === CONFIRM_PROMPT) return recogniseYesNo(innerDc.context) === undefined;
    if (active.id === CATEGORY_PROMPT || active.id === SCOPE_PROMPT) {
      const choices = ((active.state as { options?: { choices?: Choice[] } }).options?.choices ?? []);
      return recogniseChoice(innerDc.context, choices) === undefined;
    }
    return false;
  }

  private readsAsNewDescription(text: string): boolean {
    if ((text.match(/\p{L}{2,}/gu) ?? []).length < NEW_DESCRIPTION_WORDS) return false;
    const assessment = this.deps.triage.analyze(text);
    return assessment.intent === 'problem' && assessment.confidence >= this.deps.config.triage.lowConfidence;
  }

  private async askDescription(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as ReportProblemOptions;
    if (options.text?.trim()) return step.next(options.text.trim());
    const { lang } = turnUser(step.context);
    return step.prompt(DESCRIPTION_PROMPT, { prompt: t(lang, 'askDescription'), retryPrompt: t(lang, 'askDescription') });
  }

  private async askCategoryIfUnsure(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const description = String(step.result);
    const given = step.options as ReportProblemOptions;
    const assessment = given.assessment && given.text?.trim() === description ? given.assessment : this.deps.triage.analyze(description);
    const draft = draftOf(step, { id: randomUUID().slice(0, 8), description, assessment });
    const { lang, id, name } = turnUser(step.context);
    // Warm the directory cache while the user reads, so that opening the ticket does not wait for Graph.
    void this.deps.requesters.resolve(id, name);
    if (assessment.confidence >= this.deps.config.triage.lowConfidence) return step.next(null);
    const top = assessment.ranking.map((r) => r.category).filter((c) => c !== 'other').slice(0, 3);
    const choices = [...top, 'other' as const].map((value) => ({ value, synonyms: this.categorySynonyms(value) }));
    const card = renderCategoryChoiceCard(top, { lang, config: this.deps.config });
    return step.prompt(CATEGORY_PROMPT, {
      prompt: cardActivity(card, draft.id), retryPrompt: MessageFactory.text(t(lang, 'pickCategoryRetry')) as Activity, choices,
    });
  }

  private async askScopeIfUnclear(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = draftOf(step);
    if (typeof step.result === 'string') draft.assessment.category = step.result as CategoryId;
    const { assessment } = draft;
    const suspectedOutage = assessment.priority === 'P1' || assessment.priority === 'P2';
    if (!suspectedOutage || assessment.scopeKnown) return step.next(null);
    const { lang } = turnUser(step.context);
    return step.prompt(SCOPE_PROMPT, {
      prompt: cardActivity(renderScopeQuestionCard(draft.description, { lang, config: this.deps.config }), draft.id),
      retryPrompt: MessageFactory.text(t(lang, 'askScopeRetry')) as Activity,
      choices: SCOPE_CHOICES,
    });
  }

  private async offerHelpOrConfirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = draftOf(step);
    if (typeof step.result === 'string') {
      draft.assessment.impact = step.result as Impact;
      draft.assessment.scopeKnown = true;
      draft.assessment.priority = this.deps.triage.priorityFor(draft.assessment.impact, draft.assessment.urgency);
    }
    const { lang } = turnUser(step.context);
    const ctx = { lang, config: this.deps.config };
    const selfHelp = draft.assessment.priority === 'P3' || draft.assessment.priority === 'P4';
    const article = selfHelp ? this.deps.knowledge.bestMatch(draft.description, lang) : null;
    if (article) {
      draft.offeredArticle = article.id;
      return step.prompt(CONFIRM_PROMPT, { prompt: cardActivity(renderSelfHelpCard(article, ctx), draft.id), retryPrompt: MessageFactory.text(t(lang, 'selfHelpRetry')) as Activity });
    }
    const { assessment } = draft;
    const place = assessment.entities.sites[0]?.name ?? assessment.entities.districts[0]?.name ?? null;
    const card = renderConfirmTicketCard({ description: draft.description, category: assessment.category, priority: assessment.priority, place }, ctx);
    return step.prompt(CONFIRM_PROMPT, { prompt: cardActivity(card, draft.id), retryPrompt: MessageFactory.text(t(lang, 'confirmRetry')) as Activity });
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const user = turnUser(step.context);
    const draft = draftOf(step);
    if (draft.offeredArticle && step.result === true) {
      this.deps.stats.increment(`deflected:${this.deps.clock.now().toISOString().slice(0, 7)}`);
      this.deps.stats.increment(`deflected-article:${draft.offeredArticle}`);
      this.deps.logger.info({ userId: user.id, article: draft.offeredArticle }, 'request deflected by self-help');
      await step.context.sendActivity(t(user.lang, 'deflected'));
      return step.endDialog();
    }
    if (!draft.offeredArticle && step.result !== true) {
      await step.context.sendActivity(t(user.lang, 'cancelled'));
      return step.endDialog();
    }
    const ticketId = await openTicket(step.context, user, draft, this.deps);
    return step.endDialog(ticketId);
  }

  private categorySynonyms(id: string): string[] {
    const category = this.deps.config.categories.find((c) => c.id === id);
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return category ? [fold(category.name.cs), fold(category.name.en), id] : [id];
  }
}

function draftOf(step: WaterfallStepContext, init?: Draft): Draft {
  const values = step.values as { draft?: Draft };
  if (init) values.draft = init;
  return values.draft!;
}

/** The card as a message, each button's data stamped with the draft's id. */
function cardActivity(card: object, draftId: string): Activity {
  stampButtons(card, draftId);
  return MessageFactory.attachment(CardFactory.adaptiveCard(card)) as Partial<Activity> as Activity;
}

function stampButtons(node: unknown, draftId: string): void {
  if (Array.isArray(node)) {
    for (const child of node) stampButtons(child, draftId);
  } else if (node && typeof node === 'object') {
    const element = node as { type?: unknown; data?: Record<string, unknown> };
    if (element.type === 'Action.Submit' && element.data && typeof element.data === 'object') element.data.draft = draftId;
    for (const value of Object.values(node)) stampButtons(value, draftId);
  }
}

/** The draft of the report's waterfall (botbuilder keeps a waterfall's step values in `state.values`), if there is one yet. */
function draftIdOf(innerDc: DialogContext): string | undefined {
  const waterfall = innerDc.stack.find((instance) => instance.id === WATERFALL);
  return (waterfall?.state as { values?: { draft?: Draft } } | undefined)?.values?.draft?.id;
}
