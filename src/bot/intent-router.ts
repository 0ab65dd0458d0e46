import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Clock } from '../services/ports.js';
import type { DomainConfig } from '../config/domain-schema.js';
import { TICKET_ID_PATTERN, type Language } from '../domain/tickets/ticket.js';
import { ZonedTime } from '../domain/calendar/zoned-time.js';
import type { IntentEngine } from '../intents/intent-engine.js';
import { OFFTOPIC_INTENT, PROBLEM_INTENT, type IntentReading } from '../intents/intent-types.js';
import { t } from '../i18n/catalogue.js';
import { ti } from '../i18n/intent-messages.js';
import { turnUser } from '../../dialogs/turn-user.js';
import { INTENT_CHOICE_ACTION, renderIntentChoiceCard } from '../../cards/intent-choice-card.js';
import type { BotFeature } from './bot-feature.js';
import type { Command } from './command-recognizer.js';
import { roleHelp } from './role-help.js';
import type { RoleResolver } from './user-roles.js';

/** What the message router does for the platform's own intents (the commands it already had). */
export interface PlatformActions {
  run(dc: DialogContext, command: Command): Promise<void>;
  dialogContext(context: TurnContext): Promise<DialogContext>;
}

export interface IntentRouterDeps {
  /** The trained engine (trained on first use, or when the jobs start: it must not hold up the start). */
  engine: () => IntentEngine;
  features: readonly BotFeature[];
  roles: RoleResolver;
  config: DomainConfig;
  clock: Clock;
}

/** A capability intent must reach this confidence to take over from a dialog that waits for an answer. */
const YIELD_AT = 0.5;
/**
 * "Pořád to nejde", "spěchá to", "zrušit": inside a dialog these answer its question (the advice did
 * not help, how urgent it is, stop), so they never make it yield.
 */
const ANSWERS_IN_A_DIALOG = new Set(['tickets.reopen', 'tickets.expedite', 'tickets.cancel', 'tickets.status']);
/** Below this even the best reading is no guess worth offering: the problem path (triage) reads it. */
const CLARIFY_FLOOR = 0.15;
/** One word alone is only acted on when it is this sure ("fronta", "nápověda"); else it is left to the problem path. */
const ONE_WORD_AT = 0.5;
/** "ok", "dobře", "rozumím" alone: acknowledged (with what else the bot can do), not thanked for. */
const ACKNOWLEDGEMENT = /^(?:ok|okay|oki|dobře|dobre|jasně|jasne|fajn|rozumím|rozumim|beru na vědomí|fine|alright|understood|got it)[.!]*$/iu;
const NOT_CAPABILITIES = new Set([PROBLEM_INTENT, OFFTOPIC_INTENT, 'smalltalk.greeting', 'smalltalk.thanks', 'report.start', 'cancel', 'help', 'language']);

/**
 * The intent layer at the Teams edge: reads a message, acts on the intent (the platform's own, or
 * a feature's through `onIntent`), asks "Myslíte…?" when unsure, and lets a running dialog yield to
 * a clearly different request. Returns false when the message is a problem report (the caller's
 * triage path takes it).
 */
export class IntentRouter {
  private readonly zone: ZonedTime;

  constructor(private readonly deps: IntentRouterDeps, private readonly platform: PlatformActions) {
    this.zone = new ZonedTime(deps.config.timezone);
  }

  /** A message while no dialog runs: true when an intent handled it. */
  async handle(context: TurnContext, text: string): Promise<boolean> {
    const reading = this.read(text);
    const decision = this.deps.engine().decide(reading);
    if (decision.kind === 'clarify') {
      // a word or two, or a sentence about a ticket (the ticket feature already took what it understood): the problem path
      if (words(text) < 2 || TICKET_ID_PATTERN.test(text) || reading.confidence < CLARIFY_FLOOR) return false;
      await this.clarify(context, text, decision.candidates);
      return true;
    }
    if (words(text) <= 1 && decision.intent !== PROBLEM_INTENT && !decision.intent.startsWith('smalltalk.') && reading.confidence < ONE_WORD_AT) return false;
    return this.run(context, text, { ...reading, intent: decision.intent, slots: this.deps.engine().slotsFor(decision.intent, text, this.today()) });
  }

  /** "Myslíte…?" answered by a button: run the intent picked, on the message it was about. */
  async picked(context: TurnContext): Promise<boolean> {
    const value = context.activity.value as { helpdeskAction?: unknown; intent?: unknown; text?: unknown } | undefined;
    if (value?.helpdeskAction !== INTENT_CHOICE_ACTION) return false;
    const intent = typeof value.intent === 'string' ? value.intent : '';
    const text = typeof value.text === 'string' ? value.text : '';
    if (intent === PROBLEM_INTENT) {
      const dc = await this.platform.dialogContext(context);
      await this.platform.run(dc, { kind: 'report', rest: text });
      return true;
    }
    if (!this.deps.engine().declaration(intent)) {
      await context.sendActivity(ti(turnUser(context).lang, 'staleChoice'));
      return true;
    }
    const reading: IntentReading = { intent, confidence: 1, ranking: [], slots: this.deps.engine().slotsFor(intent, text, this.today()), unknownShare: 0 };
    return this.run(context, text, reading);
  }

  /**
   * A typed message while a dialog waits for an answer: when it clearly asks for something else
   * (a capability's intent), end the dialog, say what was left, and do that instead.
   */
  async yieldTo(context: TurnContext, text: string, reportRunning: boolean): Promise<boolean> {
    // a one-word answer ("ano", "2", "ne") is what the dialog asked for: not even read (it is the create-ticket turn's path)
    if (!text || context.activity.value || words(text) < 2) return false;
    const reading = this.read(text);
    const decision = this.deps.engine().decide(reading);
    if (decision.kind !== 'run' || NOT_CAPABILITIES.has(decision.intent) || ANSWERS_IN_A_DIALOG.has(decision.intent)) return false;
    if (reading.confidence < YIELD_AT) return false;
    const dc = await this.platform.dialogContext(context);
    await dc.cancelAllDialogs();
    await context.sendActivity(ti(turnUser(context).lang, reportRunning ? 'leftReport' : 'leftOther'));
    return this.run(context, text, { ...reading, slots: this.deps.engine().slotsFor(decision.intent, text, this.today()) });
  }

  private read(text: string): IntentReading {
    return this.deps.engine().read(text, this.today());
  }

  private today() {
    const p = this.zone.toParts(this.deps.clock.now());
    return { year: p.year, month: p.month, day: p.day };
  }

  private async run(context: TurnContext, text: string, reading: IntentReading): Promise<boolean> {
    const user = turnUser(context);
    const dc = () => this.platform.dialogContext(context);
    switch (reading.intent) {
      case PROBLEM_INTENT: return false;
      case OFFTOPIC_INTENT: return say(context, ti(user.lang, 'offTopic'));
      case 'smalltalk.greeting': return say(context, `${t(user.lang, 'greeting', { name: '' })}\n\n${await this.help(user.id, user.lang)}`);
      case 'smalltalk.thanks':
        return say(context, ACKNOWLEDGEMENT.test(text.trim()) ? `${ti(user.lang, 'acknowledged')} ${await this.help(user.id, user.lang)}` : t(user.lang, 'youAreWelcome'));
      case 'help': return say(context, await this.help(user.id, user.lang));
      case 'cancel': return this.command(dc, { kind: 'cancel' });
      // "chci nahlásit poruchu": what is wrong is asked; a longer sentence is the description itself (triage reads it)
      case 'report.start': return words(text) >= 3 ? false : this.command(dc, { kind: 'report', rest: '' });
      case 'tickets.mine': return this.command(dc, { kind: 'myTickets' });
      case 'language': return this.command(dc, { kind: 'language', lang: reading.slots.lang ?? (user.lang === 'cs' ? 'en' : 'cs') });
    }
    const feature = this.deps.features.find((f) => f.intents?.some((d) => d.id === reading.intent));
    if (!feature?.onIntent) return false;
    return feature.onIntent({ context, dc, text, reading, roles: () => this.deps.roles.roles(user.id) });
  }

  private async command(dc: () => Promise<DialogContext>, command: Command): Promise<true> {
    await this.platform.run(await dc(), command);
    return true;
  }

  /** The help for this person: what their roles let them do. */
  async help(userId: string, lang: Language): Promise<string> {
    return `${t(lang, 'helpTitle')}\n\n${roleHelp(await this.deps.roles.roles(userId), lang)}`;
  }

  private async clarify(context: TurnContext, text: string, candidates: string[]): Promise<void> {
    const { lang } = turnUser(context);
    const options = candidates.flatMap((id) => {
      const d = this.deps.engine().declaration(id);
      return d ? [{ intent: id, title: d.label[lang] }] : [];
    });
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(renderIntentChoiceCard(text, options, lang))));
  }
}

async function say(context: TurnContext, text: string): Promise<true> {
  await context.sendActivity(text);
  return true;
}

function words(text: string): number {
  return (text.match(/\p{L}{2,}/gu) ?? []).length;
}
