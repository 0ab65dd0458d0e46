import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Dialog, DialogContext } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { AccountAction } from '../../domain/accounts/account-action.js';
import { ta } from '../../i18n/account-messages.js';
import type { AccountPolicyService } from '../../services/account-policy-service.js';
import type { AccountActionService } from '../../services/account-action-service.js';
import type { DirectoryPort, TriageAssessment } from '../../services/ports.js';
import type { AuditLogRepository } from '../../store/audit-log-repository.js';
import { RESET_ACCOUNT_DIALOG, type ResetAccountDialog, type ResetAccountOptions } from '../../../dialogs/reset-account-dialog.js';
import { turnUser } from '../../../dialogs/turn-user.js';
import { renderAccountAuditCard } from '../../../cards/account-audit-card.js';
import type { BotFeature, FeatureCommand, IntentTurn } from '../../bot/bot-feature.js';
import { isPersonal } from '../../bot/conversation-scope.js';
import { ACCOUNT_INTENTS } from './account-intents.js';

const COMMANDS: { action: AccountAction | null; phrases: string[] }[] = [
  { action: 'resetPassword', phrases: ['reset hesla', 'resetovat heslo', 'resetuj heslo', 'nove heslo', 'reset password', 'password reset', 'reset my password'] },
  { action: 'unlock', phrases: ['odemknout ucet', 'odemkni ucet', 'odemknuti uctu', 'odblokovat ucet', 'unlock account', 'unlock my account', 'enable account'] },
  { action: 'resetMfa', phrases: ['reset mfa', 'resetovat mfa', 'resetuj mfa', 'mfa reset', 'reset 2fa', 'reset my mfa'] },
  { action: 'revokeSessions', phrases: ['odhlasit ze vsech zarizeni', 'odhlas me ze vsech zarizeni', 'odhlasit vsude', 'sign out everywhere', 'sign out of all devices', 'revoke sessions'] },
  { action: null, phrases: ['ucet', 'muj ucet', 'sprava uctu', 'account', 'my account', 'account help'] },
];
/** "Kolega má zablokovaný účet": about someone else, though unnamed (folded text). */
const SOMEONE_ELSE = /\b(?:koleg\w*|nekdo\w*|nekomu|nekoho|podrizen\w*|colleague\w*|someone|somebody|user|uzivatel\w*)\b/u;
const INTENT_ACTION: Record<string, AccountAction> = {
  'account.resetPassword': 'resetPassword', 'account.unlock': 'unlock', 'account.resetMfa': 'resetMfa', 'account.revokeSessions': 'revokeSessions',
};
const AUDIT_PHRASES = ['historie uctu', 'audit uctu', 'akce s ucty', 'account history', 'account audit'];
const AUDIT_LIMIT = 20;

/** Guesses the action from free text that triage put in the `account` category; null: ask. */
function actionFromText(folded: string): AccountAction | null {
  if (/\b(mfa|2fa|authenticator|overovac)/u.test(folded)) return 'resetMfa';
  if (/\b(odhlas|sign ?out|log ?out|revoke)/u.test(folded)) return 'revokeSessions';
  if (/\b(zablokovan|zamcen|zamknut|odemk|locked|disabled|unlock)/u.test(folded)) return 'unlock';
  if (/\b(hesl|password)/u.test(folded)) return 'resetPassword';
  return null;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** "Pro mě", "můj účet", "zapomněl jsem heslo", "for me", "my password": the writer's own account (folded text). */
const SELF = /\b(?:pro me|pro mne|pro sebe|for me|for myself|moje heslo|muj ucet|moje mfa|mi heslo|mi ucet|jsem zapomnel\w*|zapomnel\w* jsem|mam zablokovan\w*|mam zamcen\w*|my password|my account|my mfa|i forgot|i am locked|i m locked|im locked)\b/u;
/** "… pro Jana Nováka", "… for jan.novak@…", "… uživateli Novákovi": who, as written (at most three words or one address). */
const FOR_SOMEONE = /(?:^|\s)(?:pro|for|uživatel[ei]?|uzivatel[ei]?|kolegovi|kolegyni|kolegyně)\s+([\p{L}][\p{L}.'-]*(?:[\s,]+[\p{L}][\p{L}.'-]*){0,3}|[^\s@]+@[^\s@]+?)[\s.,!?]*$/iu;

/** Words around a name that are not the name ("pro kolegu Nováka", "pro paní Novákovou, prosím"). */
const NOT_THE_NAME = new Set(['kolegu', 'kolegyni', 'kolegyne', 'kolegovi', 'pana', 'panu', 'pani', 'pan', 'mr', 'mrs', 'ms', 'colleague', 'prosim', 'please', 'diky', 'thanks']);

/** Capitalised words after "pro" that are not people ("heslo pro Windows"). */
const NOT_PEOPLE = new Set(['windows', 'outlook', 'teams', 'office', 'microsoft', 'wifi', 'wi-fi', 'eduroam', 'citrix', 'ginis', 'google', 'gmail', 'internet', 'intranet', 'email', 'e-mail', 'mail', 'pc', 'notebook']);
/** A name as people write it in a sentence: capitalised, not an acronym ("VPN") nor a product. */
const isNameWord = (w: string): boolean => /^\p{Lu}[\p{Ll}'.-]+$/u.test(w) && !NOT_PEOPLE.has(fold(w));
const isAddress = (words: string[]): boolean => words.length === 1 && words[0]!.includes('@');

/** For whom an account request written as a sentence is: the writer, someone named, or not said (ask). */
export function targetFromText(text: string): Pick<ResetAccountOptions, 'self' | 'person'> {
  const folded = fold(text).replace(/[^\p{L}\p{N}@.\s]+/gu, ' ').replace(/\s+/gu, ' ');
  const words = (FOR_SOMEONE.exec(text.trim())?.[1]?.split(/[\s,]+/u) ?? [])
    .map((w) => (w.includes('@') ? w : w.replace(/[.]+$/u, ''))).filter((w) => !NOT_THE_NAME.has(fold(w)));
  if (words.length > 3) return {};
  if (SELF.test(`pro ${fold(words.join(' '))}`)) return { self: true };
  if (words.length > 0 && (isAddress(words) || words.every(isNameWord))) return { person: words.join(' ') };
  return SELF.test(folded) ? { self: true } : {};
}

export interface AccountFeatureDeps {
  dialog: ResetAccountDialog;
  accounts: AccountActionService;
  policy: AccountPolicyService;
  audit: AuditLogRepository;
  directory: DirectoryPort;
  config: DomainConfig;
  logger: Logger;
}

/** Account self-service: commands, the `account` triage category, and the audit query for managers and technicians. */
export class AccountFeature implements BotFeature {
  readonly dialogs: Dialog[];
  readonly intents = ACCOUNT_INTENTS;

  constructor(private readonly deps: AccountFeatureDeps) {
    this.dialogs = [deps.dialog];
  }

  /**
   * An account action however it is phrased ("resetuj heslo pro Jana Nováka", "odhlas mě všude"),
   * offering only what this person may do: someone who may act only on their own account is not
   * asked "for whom?", and when self-service reset is off, their own password reset goes straight
   * to the self-service link.
   */
  async onIntent({ context, dc, text, reading }: IntentTurn): Promise<boolean> {
    if (reading.intent === 'account.audit') return this.runCommand(context, dc, async (d) => this.showAudit(d));
    const action = INTENT_ACTION[reading.intent];
    if (!action) return false;
    return this.runCommand(context, dc, async (d) => this.startAction(d, action, text, reading.slots.person));
  }

  /**
   * For whom: said, or the only one this person may act for (then "for whom?" is not asked, and a
   * refused own password reset answers at once with the self-service link, recorded in the audit).
   */
  private async startAction(dc: DialogContext, action: AccountAction, text: string, named: string | undefined): Promise<void> {
    const user = turnUser(dc.context);
    const target = targetFromText(text);
    const person = target.person ?? (target.self ? undefined : named);
    const self = target.self ?? (!person && !SOMEONE_ELSE.test(fold(text)) && !(await this.mayActForOthers(user.id)));
    await dc.cancelAllDialogs();
    await dc.beginDialog(RESET_ACCOUNT_DIALOG, { action, ...(person ? { person } : self ? { self: true } : {}) } satisfies ResetAccountOptions);
  }

  /** Technicians act for anyone, managers for their direct reports; everyone else only for themselves. */
  private async mayActForOthers(userId: string): Promise<boolean> {
    if (this.deps.policy.isTechnician(userId)) return true;
    try {
      return (await this.deps.directory.getDirectReports(userId)).length > 0;
    } catch {
      return true; // directory down: ask "for whom?" rather than guess
    }
  }

  /** Account matters only in a personal chat. */
  private async runCommand(context: TurnContext, dc: () => Promise<DialogContext>, run: FeatureCommand): Promise<true> {
    if (!isPersonal(context)) await context.sendActivity(ta(turnUser(context).lang, 'personalOnly'));
    else await run(await dc());
    return true;
  }

  recognise(text: string, folded: string, context: TurnContext): FeatureCommand | null {
    const match = COMMANDS.find((c) => c.phrases.includes(folded));
    const audit = AUDIT_PHRASES.includes(folded);
    if (!match && !audit) return null;
    if (!isPersonal(context)) return async (dc) => void (await dc.context.sendActivity(ta(turnUser(dc.context).lang, 'personalOnly')));
    if (audit || !match) return async (dc) => this.showAudit(dc);
    const action = match.action;
    if (action) return async (dc) => this.startAction(dc, action, text, undefined);
    return async (dc) => {
      await dc.cancelAllDialogs();
      await dc.beginDialog(RESET_ACCOUNT_DIALOG, {} satisfies ResetAccountOptions);
    };
  }

  async onTriaged(context: TurnContext, dc: () => Promise<DialogContext>, text: string, assessment: TriageAssessment): Promise<boolean> {
    if (assessment.category !== 'account' || !isPersonal(context)) return false;
    const action = actionFromText(fold(text));
    await (await dc()).beginDialog(RESET_ACCOUNT_DIALOG, { ...(action ? { action } : {}), ...targetFromText(text) } satisfies ResetAccountOptions);
    return true;
  }

  async onCancel(context: TurnContext): Promise<string | null> {
    if (!isPersonal(context)) return null;
    const user = turnUser(context);
    const withdrawn = await this.deps.accounts.cancelWaiting(user);
    return withdrawn > 0 ? ta(user.lang, 'cancelledTyped') : null;
  }

  private async showAudit(dc: DialogContext): Promise<void> {
    const user = turnUser(dc.context);
    const scope = await this.deps.policy.auditScope(user.id);
    const entries = scope === 'all' || scope.size > 0
      ? this.deps.audit.query({ limit: AUDIT_LIMIT, ...(scope === 'all' ? {} : { targetIds: scope }) })
      : [];
    const names = new Map<string, string>();
    for (const id of new Set(entries.flatMap((e) => [e.targetId, e.requesterId]))) {
      const person = await this.deps.directory.getUser(id).catch(() => null);
      if (person) names.set(id, person.displayName);
    }
    this.deps.logger.info({ userId: user.id, entries: entries.length, scope: scope === 'all' ? 'all' : 'reports' }, 'account audit shown');
    const card = renderAccountAuditCard(entries, names, { lang: user.lang, config: this.deps.config });
    await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }
}
