import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { DomainConfig } from '../src/config/domain-schema.js';
import type { TriageAssessment, TriagePort } from '../src/services/ports.js';
import type { RequesterResolver } from '../src/services/requester-resolver.js';
import type { TicketService } from '../src/services/ticket-service.js';
import { StoreUnavailableError } from '../src/store/store-errors.js';
import { t } from '../src/i18n/catalogue.js';
import { renderConfirmTicketCard } from '../cards/confirm-ticket-card.js';
import { renderTicketCard } from '../cards/ticket-card.js';
import { turnUser } from './turn-user.js';
import { YesNoPrompt } from './yes-no-prompt.js';

export const REPORT_PROBLEM_DIALOG = 'reportProblem';
const WATERFALL = 'reportProblem.steps';
const DESCRIPTION_PROMPT = 'reportProblem.description';
const CONFIRM_PROMPT = 'reportProblem.confirm';

export interface ReportProblemOptions {
  /** What the user already wrote; when absent the dialog asks. */
  text?: string;
}

interface Draft {
  description: string;
  assessment: TriageAssessment;
}

export interface ReportProblemDeps {
  triage: TriagePort;
  tickets: TicketService;
  requesters: RequesterResolver;
  config: DomainConfig;
  logger: Logger;
}

/** Report a problem: take the description (or ask for it), confirm the draft, open the ticket, show its card. */
export class ReportProblemDialog extends ComponentDialog {
  constructor(private readonly deps: ReportProblemDeps) {
    super(REPORT_PROBLEM_DIALOG);
    this.addDialog(new TextPrompt(DESCRIPTION_PROMPT, async (p) => (p.recognized.value ?? '').trim().length > 0));
    this.addDialog(new YesNoPrompt(CONFIRM_PROMPT));
    this.addDialog(new WaterfallDialog(WATERFALL, [
      this.askDescription.bind(this),
      this.confirmDraft.bind(this),
      this.createTicket.bind(this),
    ]));
    this.initialDialogId = WATERFALL;
  }

  private async askDescription(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as ReportProblemOptions;
    if (options.text?.trim()) return step.next(options.text.trim());
    const { lang } = turnUser(step.context);
    return step.prompt(DESCRIPTION_PROMPT, { prompt: t(lang, 'askDescription'), retryPrompt: t(lang, 'askDescription') });
  }

  private async confirmDraft(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const description = String(step.result);
    const assessment = this.deps.triage.analyze(description);
    const draft: Draft = { description, assessment };
    (step.values as { draft?: Draft }).draft = draft;
    const { lang, id, name } = turnUser(step.context);
    // Warm the directory cache while the user reads the draft, so that creating the ticket does not wait for Graph.
    void this.deps.requesters.resolve(id, name);
    const site = assessment.entities.sites[0]?.name ?? assessment.entities.districts[0]?.name ?? null;
    const card = renderConfirmTicketCard(
      { description, category: assessment.category, priority: assessment.priority, place: site },
      { lang, config: this.deps.config },
    );
    return step.prompt(CONFIRM_PROMPT, {
      prompt: MessageFactory.attachment(CardFactory.adaptiveCard(card)) as Partial<Activity> as Activity,
      retryPrompt: MessageFactory.text(t(lang, 'confirmRetry')) as Activity,
    });
  }

  private async createTicket(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const user = turnUser(step.context);
    if (step.result !== true) {
      await step.context.sendActivity(t(user.lang, 'cancelled'));
      return step.endDialog();
    }
    const draft = (step.values as { draft: Draft }).draft;
    const requester = await this.deps.requesters.resolve(user.id, user.name);
    try {
      const ticket = await this.deps.tickets.create({
        requester,
        description: draft.description,
        language: user.lang,
        category: draft.assessment.category,
        priority: draft.assessment.priority,
        entities: draft.assessment.entities,
      });
      const card = renderTicketCard(ticket, { lang: user.lang, config: this.deps.config });
      const notes = [t(user.lang, 'ticketCreated', { id: ticket.id })];
      if (!requester.directoryAvailable) notes.push(t(user.lang, 'ticketCreatedOrgUnknown'));
      else if (!requester.known) notes.push(t(user.lang, 'unknownUser'));
      await step.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), notes.join(' ')));
      return step.endDialog(ticket.id);
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      this.deps.logger.error({ err: err.message, userId: user.id }, 'ticket not created: store unavailable');
      await step.context.sendActivity(t(user.lang, 'storeUnavailable'));
      return step.endDialog();
    }
  }
}
