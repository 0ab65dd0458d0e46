import { CardFactory, MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import type { DomainConfig } from '../config/domain-schema.js';
import type { TriageAssessment, TriagePort } from '../services/ports.js';
import type { TicketService } from '../services/ticket-service.js';
import { t } from '../i18n/catalogue.js';
import { ti } from '../i18n/intent-messages.js';
import { REPORT_PROBLEM_DIALOG, reportAlone, stackTurn, type ReportProblemDialog, type ReportProblemOptions } from '../../dialogs/report-problem-dialog.js';
import { turnUser } from '../../dialogs/turn-user.js';
import { renderMyTicketsCard } from '../../cards/my-tickets-card.js';
import { foldCommand, recogniseCommand, saysOnlySomethingIsWrong, type Command } from './command-recognizer.js';
import type { BotFeature, FeatureCommand } from './bot-feature.js';
import type { LanguageResolver } from './language-resolver.js';
import { hasFiles } from '../../dialogs/sent-files.js';
import { isPersonal } from './conversation-scope.js';
import { IntentRouter } from './intent-router.js';
import type { IntentEngine } from '../intents/intent-engine.js';
import type { RoleResolver } from './user-roles.js';
import type { Clock } from '../services/ports.js';
import type { Language } from '../domain/tickets/ticket.js';

export interface MessageRouterDeps {
  dialogState: StatePropertyAccessor<DialogState>;
  reportProblem: ReportProblemDialog;
  triage: TriagePort;
  tickets: TicketService;
  languages: LanguageResolver;
  config: DomainConfig;
  features: BotFeature[];
  /** The intent layer (src/intents): what a message means, beyond the exact commands. */
  intents: () => IntentEngine;
  roles: RoleResolver;
  clock: Clock;
}

const MY_TICKETS_LIMIT = 10;

/** Decides what a message means: a command, an answer inside a running dialog, or a new request. */
export class MessageRouter {
  private readonly dialogs: DialogSet;
  private readonly intents: IntentRouter;

  constructor(private readonly deps: MessageRouterDeps) {
    this.dialogs = new DialogSet(deps.dialogState);
    this.dialogs.add(deps.reportProblem);
    for (const feature of deps.features) for (const dialog of feature.dialogs) this.dialogs.add(dialog);
    this.intents = new IntentRouter(
      { engine: deps.intents, features: deps.features, roles: deps.roles, config: deps.config, clock: deps.clock },
      { run: (dc, command) => this.runCommand(dc, command), dialogContext: (context) => this.dialogContext(context) },
    );
  }

  /**
   * A "Myslíte…?" button, then commands and features' commands (exact phrases, fast); then the
   * running dialog gets the message unless the intent layer reads a clearly different request (the
   * dialog yields), or it is a new request for the intent layer and, as a problem report, triage.
   * The report-a-problem dialog, alone on the stack or beginning, runs without botbuilder-dialogs'
   * dialog context (`stackTurn`); everything else goes through it.
   */
  async route(context: TurnContext, text: string): Promise<void> {
    if (await this.intents.picked(context)) return;
    const command = recogniseCommand(text);
    if (command) {
      await this.runCommand(await this.dialogContext(context), command);
      return;
    }
    const folded = foldCommand(text);
    const featureCommand = folded ? this.featureCommand(text, folded, context) : null;
    const stack = await this.deps.dialogState.get(context, { dialogStack: [] });
    if (featureCommand) {
      const dc = await this.dialogContext(context);
      // a capability's command while a problem report is being written ("kolik máme otevřených požadavků?"): the draft yields, and says so
      if (reportAlone(stack)) {
        await dc.cancelAllDialogs();
        await context.sendActivity(ti(turnUser(context).lang, 'leftReport'));
      }
      await featureCommand(dc);
      return;
    }
    if (reportAlone(stack)) {
      if (await this.intents.yieldTo(context, text, true)) return;
      await this.deps.reportProblem.continue(stackTurn(context, stack));
      return;
    }
    if (stack.dialogStack?.length) {
      if (await this.intents.yieldTo(context, text, false)) return;
      await (await this.dialogContext(context)).continueDialog();
      return;
    }
    await this.newRequest(context, text, folded, stack);
  }

  private featureCommand(text: string, folded: string, context: TurnContext): FeatureCommand | null {
    for (const feature of this.deps.features) {
      const command = feature.recognise(text, folded, context);
      if (command) return command;
    }
    return null;
  }

  /** botbuilder-dialogs' context for the turn. */
  private dialogContext(context: TurnContext): Promise<DialogContext> {
    return this.dialogs.createContext(context);
  }

  /** A message while no dialog runs (`folded` as `foldCommand` gives it): help, a greeting, a report not yet described, or a request triage reads (a feature's, or a problem report). */
  private async newRequest(context: TurnContext, text: string, folded: string, stack: DialogState): Promise<void> {
    const { lang } = turnUser(context);
    if (!text) {
      const key = context.activity.value ? 'staleAction' : hasFiles(context) ? 'attachmentOnly' : null;
      await context.sendActivity(key ? t(lang, key) : await this.helpText(context, false));
      return;
    }
    if (inAnotherScript(text)) {
      await context.sendActivity(`${t(lang, 'otherScript')}\n\n${await this.helpText(context, false)}`);
      return;
    }
    if (saysOnlySomethingIsWrong(folded)) {
      await (await this.dialogContext(context)).beginDialog(REPORT_PROBLEM_DIALOG, { text: '' } satisfies ReportProblemOptions);
      return;
    }
    if (await this.intents.handle(context, text)) return;
    const assessment = this.deps.triage.analyze(text);
    if (assessment.intent === 'greeting') {
      await context.sendActivity(`${t(lang, 'greeting', { name: '' })}\n\n${await this.helpText(context, false)}`);
    } else if (assessment.intent === 'thanks') {
      await context.sendActivity(t(lang, 'youAreWelcome'));
    } else if (assessment.intent === 'empty' || !looksLikeRequest(text, assessment.confidence, this.deps.config.triage.lowConfidence)) {
      await context.sendActivity(await this.helpText(context, true));
    } else if (!(await this.claimedByFeature(context, text, assessment))) {
      await this.deps.reportProblem.begin(stackTurn(context, stack), { text, assessment } satisfies ReportProblemOptions);
    }
  }

  private async claimedByFeature(context: TurnContext, text: string, assessment: TriageAssessment): Promise<boolean> {
    for (const feature of this.deps.features) {
      if (feature.onTriaged && (await feature.onTriaged(context, () => this.dialogContext(context), text, assessment))) return true;
    }
    return false;
  }

  private async runCommand(dc: DialogContext, command: Command): Promise<void> {
    const { context } = dc;
    const user = turnUser(context);
    switch (command.kind) {
      case 'cancel': {
        // said of what was running: a draft ticket, another question (an account action), or nothing
        const running = dc.activeDialog?.id;
        await dc.cancelAllDialogs();
        if (running !== undefined) {
          await context.sendActivity(t(user.lang, running === REPORT_PROBLEM_DIALOG ? 'cancelled' : 'stoppedThere'));
          return;
        }
        await context.sendActivity((await this.cancelWaiting(context)) ?? t(user.lang, 'nothingToCancel'));
        return;
      }
      case 'report':
        await dc.cancelAllDialogs();
        await dc.beginDialog(REPORT_PROBLEM_DIALOG, { text: command.rest } satisfies ReportProblemOptions);
        return;
      case 'language':
        this.deps.languages.set(user.id, command.lang);
        user.lang = command.lang;
        await context.sendActivity(t(command.lang, 'languageSet'));
        break;
      case 'help':
        await context.sendActivity(await this.helpText(context, false));
        break;
      case 'myTickets':
        // a list of someone's tickets (descriptions, offices) is theirs: not for everyone in a group chat or channel
        if (isPersonal(context)) await this.showMyTickets(context, user.id, user.lang);
        else await context.sendActivity(t(user.lang, 'myTicketsPersonalOnly'));
        break;
    }
    if (dc.activeDialog) await dc.repromptDialog();
  }

  /** What a feature withdrew of what it waited for from the user (a confirmation card), in its words; null: nothing waited. */
  private async cancelWaiting(context: TurnContext): Promise<string | null> {
    for (const feature of this.deps.features) {
      const said = feature.onCancel ? await feature.onCancel(context) : null;
      if (said) return said;
    }
    return null;
  }

  private async showMyTickets(context: TurnContext, userId: string, lang: 'cs' | 'en'): Promise<void> {
    const mine = this.deps.tickets.listMine(userId, MY_TICKETS_LIMIT);
    if (mine.total === 0) {
      await context.sendActivity(t(lang, 'myTicketsNone'));
      return;
    }
    const card = renderMyTicketsCard(mine.tickets, mine.total, { lang, config: this.deps.config });
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  /** The help for the writer's roles, after "what I can do" or "I did not understand". */
  /** The help for this person: what their roles let them do ("nápověda", the welcome message). */
  help(userId: string, lang: Language): Promise<string> {
    return this.intents.help(userId, lang);
  }

  private async helpText(context: TurnContext, notUnderstood: boolean): Promise<string> {
    const { id, lang } = turnUser(context);
    const help = await this.help(id, lang);
    return notUnderstood ? `${t(lang, 'notUnderstood')}\n\n${help.split('\n\n').slice(1).join('\n\n')}` : help;
  }
}

/** Words, none of them in Latin letters (Cyrillic, Arabic, …): not Czech or English, whatever triage would make of it. */
function inAnotherScript(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Script=Latin}/u.test(text);
}

/** One word of gibberish is not a request; a sentence, or a word triage is sure about, is. */
function looksLikeRequest(text: string, confidence: number, lowConfidence: number): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (words.length >= 3) return true;
  return words.length > 0 && confidence >= lowConfidence;
}
