import { CardFactory, MessageFactory } from 'botbuilder';
import { ComponentDialog, TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import { ACCOUNT_ACTIONS, isAccountAction, type AccountAction } from '../src/domain/accounts/account-action.js';
import { GraphUnavailableError } from '../src/services/graph-unavailable-error.js';
import { ta } from '../src/i18n/account-messages.js';
import type { AccountActionService } from '../src/services/account-action-service.js';
import type { DirectoryPort, DirectoryUser } from '../src/services/ports.js';
import { renderAccountChoiceCard, type AccountChoiceOption } from '../cards/account-choice-card.js';
import { ACTION_LABEL, renderAccountConfirmCard } from '../cards/account-confirm-card.js';
import { accountOutcomeText } from '../cards/account-outcome-text.js';
import { CardChoicePrompt, cardChoiceOptions } from './card-choice-prompt.js';
import { turnUser } from './turn-user.js';

export const RESET_ACCOUNT_DIALOG = 'resetAccount';
const WATERFALL = 'resetAccount.steps';
const CHOICE = 'resetAccount.choice';
const PERSON = 'resetAccount.person';
const SELF = 'self';
const OTHER = 'other';
const PICK_LIMIT = 6;

/** Czech case endings a name takes in a sentence ("pro Jana Nováka", "paní Novákové", "Novákovou"), longest first. */
const CASE_ENDINGS = ['ovou', 'ové', 'ovi', 'ou', 'em', 'a', 'u', 'e', 'é', 'y'];
const MIN_STEM = 3;

/**
 * The name as a prefix of its dictionary form, for a second directory search when the name as
 * written finds nobody: "Jana Nováka" → "Jan Novák", "Novákovou" → "Novák" (a prefix of
 * "Nováková", and of "Novák": the search is by word prefixes, so a stem too short only widens the
 * pick list).
 */
export function withoutCaseEndings(name: string): string {
  return name.split(/\s+/u).map((word) => {
    if (word.includes('@')) return word;
    const ending = CASE_ENDINGS.find((e) => word.toLowerCase().endsWith(e) && word.length - e.length >= MIN_STEM);
    return ending ? word.slice(0, word.length - ending.length) : word;
  }).join(' ');
}

export interface ResetAccountOptions {
  action?: AccountAction;
  /** Skip "for whom?": the user already chose someone else. */
  other?: boolean;
  /** Skip "for whom?": the user said it is their own account ("zapomněl jsem heslo"). */
  self?: boolean;
  /** Skip "for whom?" and "who?": the user named the person ("reset hesla pro Jana Nováka"); searched in the directory. */
  person?: string;
}

interface Values { action?: AccountAction }

export interface ResetAccountDeps {
  accounts: AccountActionService;
  directory: DirectoryPort;
  logger: Logger;
}

/** Which action → for whom (me, or someone found in the directory) → policy, limits and a confirmation card. */
export class ResetAccountDialog extends ComponentDialog {
  constructor(private readonly deps: ResetAccountDeps) {
    super(RESET_ACCOUNT_DIALOG);
    this.addDialog(new CardChoicePrompt(CHOICE));
    this.addDialog(new TextPrompt(PERSON, async (p) => (p.recognized.value ?? '').trim().length > 1));
    this.addDialog(new WaterfallDialog(WATERFALL, [
      this.chooseAction.bind(this), this.chooseWhom.bind(this), this.askPerson.bind(this), this.findPerson.bind(this), this.prepare.bind(this),
    ]));
    this.initialDialogId = WATERFALL;
  }

  private async chooseAction(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = step.options as ResetAccountOptions;
    if (options.action) return step.next(options.action);
    const { lang } = turnUser(step.context);
    const choices: AccountChoiceOption[] = ACCOUNT_ACTIONS.map((a) => ({ id: a, title: ta(lang, ACTION_LABEL[a]) }));
    return this.ask(step, ta(lang, 'chooseAction'), choices);
  }

  private async chooseWhom(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const action = String(step.result);
    if (!isAccountAction(action)) return step.endDialog();
    (step.values as Values).action = action;
    const options = step.options as ResetAccountOptions;
    if (options.self) return step.next(SELF);
    if (options.other || options.person) return step.next(OTHER);
    const { lang } = turnUser(step.context);
    return this.ask(step, ta(lang, 'chooseTarget'), [{ id: SELF, title: ta(lang, 'targetSelf') }, { id: OTHER, title: ta(lang, 'targetOther') }]);
  }

  private async askPerson(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { id, lang } = turnUser(step.context);
    if (step.result === SELF) return step.next({ targetId: id });
    const named = (step.options as ResetAccountOptions).person;
    if (named) return step.next(named);
    return step.prompt(PERSON, { prompt: ta(lang, 'askPerson'), retryPrompt: ta(lang, 'askPerson') });
  }

  private async findPerson(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'object' && step.result !== null) return step.next(step.result);
    const { lang } = turnUser(step.context);
    let found: DirectoryUser[];
    try {
      const query = String(step.result).trim();
      found = await this.deps.directory.searchUsers(query, PICK_LIMIT);
      const nominative = withoutCaseEndings(query);
      if (found.length === 0 && nominative !== query) found = await this.deps.directory.searchUsers(nominative, PICK_LIMIT);
    } catch (err) {
      if (!(err instanceof GraphUnavailableError)) throw err;
      this.deps.logger.warn({ userId: turnUser(step.context).id, reason: err.reason }, 'directory search for an account action failed');
      await step.context.sendActivity(ta(lang, 'directoryDown'));
      return step.endDialog();
    }
    if (found.length === 0) {
      await step.context.sendActivity(ta(lang, 'personNotFound'));
      return step.replaceDialog(this.id, { action: (step.values as Values).action, other: true } satisfies ResetAccountOptions);
    }
    if (found.length === 1) return step.next({ targetId: found[0]!.id });
    const choices = found.map((u) => ({ id: u.id, title: u.displayName, subtitle: [u.userPrincipalName, u.jobTitle].filter(Boolean).join(', ') }));
    return this.ask(step, ta(lang, 'pickPerson'), choices);
  }

  private async prepare(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const user = turnUser(step.context);
    const targetId = typeof step.result === 'string' ? step.result : (step.result as { targetId: string }).targetId;
    const action = (step.values as Values).action!;
    const outcome = await this.deps.accounts.prepare(user, targetId, action);
    if (outcome.kind === 'confirm') {
      const card = renderAccountConfirmCard({ pendingId: outcome.pendingId, action, targetName: outcome.target.displayName, targetUpn: outcome.target.userPrincipalName }, user.lang);
      await step.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    } else {
      await step.context.sendActivity(accountOutcomeText(outcome, user.lang).text);
    }
    return step.endDialog(outcome.kind);
  }

  private ask(step: WaterfallStepContext, question: string, options: AccountChoiceOption[]): Promise<DialogTurnResult> {
    const { lang } = turnUser(step.context);
    const choices = options.map((o) => ({ value: o.id, synonyms: [o.title] }));
    return step.prompt(CHOICE, cardChoiceOptions(renderAccountChoiceCard(question, options), choices, ta(lang, 'chooseRetry')));
  }
}
