import { randomUUID } from 'node:crypto';
import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import { Prompt, type Choice, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { CHOICE_ACTION, stampButtons, type AdaptiveCard } from '../cards/adaptive-card.js';
import { foldText } from '../src/domain/text/fold-text.js';
import { t } from '../src/i18n/catalogue.js';
import { turnUser } from './turn-user.js';

/** A typed synonym this long may stand anywhere in the answer ("všichni na úřadě"); shorter ones must be the whole answer. */
const CONTAINED_SYNONYM_LENGTH = 4;

/**
 * One of the offered choices (`options.choices`; values are ids): a card button
 * (`{ helpdeskAction: 'choice', value }`), the option's number, or its title or a synonym typed,
 * in Czech or English, with or without diacritics.
 */
export function recogniseChoice(context: TurnContext, choices: readonly Choice[]): string | undefined {
  const data = context.activity.value as { helpdeskAction?: unknown; value?: unknown } | undefined;
  if (data?.helpdeskAction === CHOICE_ACTION) return choices.find((c) => c.value === data.value)?.value;
  const text = foldText(context.activity.text ?? '');
  if (!text) return undefined;
  const n = Number(text.replace(/\.$/u, ''));
  if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1]!.value;
  const words = (c: Choice) => [c.value, ...(c.synonyms ?? [])].map(foldText);
  return choices.find((c) => words(c).some((s) => s === text))?.value
    ?? choices.find((c) => words(c).some((s) => s.length >= CONTAINED_SYNONYM_LENGTH && ` ${text} `.includes(` ${s} `)))?.value;
}

const QUESTION_KEY = 'question';

interface QuestionValidations { question: string }
interface PromptState { staleClick?: boolean }

/**
 * The options of a CardChoicePrompt: `card`'s buttons are stamped with a new question id, so that
 * a click on a card of an earlier question (answered already, or of a dialog that ended) does not
 * answer this one.
 */
export function cardChoiceOptions(card: AdaptiveCard, choices: Choice[], retryText: string): PromptOptions {
  const question = randomUUID().slice(0, 8);
  stampButtons(card, QUESTION_KEY, question);
  return {
    prompt: MessageFactory.attachment(CardFactory.adaptiveCard(card)) as Partial<Activity> as Activity,
    retryPrompt: MessageFactory.text(retryText) as Activity,
    choices,
    validations: { question } satisfies QuestionValidations,
  };
}

/**
 * Asks with the given activity (a card with a button per choice) and accepts a click, a number or
 * a title; otherwise says how to answer and shows the card again. A click on a button of another
 * question's card (or a forged one without the question's stamp) is told so and the question is
 * shown again.
 */
export class CardChoicePrompt extends Prompt<string> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, state: PromptState, options: PromptOptions, isRetry: boolean): Promise<void> {
    if (isRetry && state.staleClick) {
      delete state.staleClick;
      await context.sendActivity(t(turnUser(context).lang, 'staleQuestionCard'));
      if (options.prompt) await context.sendActivity(options.prompt);
      return;
    }
    // an answer that was none of the choices: say so, and show the question again (it may be far up the chat)
    const { prompt, retryPrompt } = options;
    if (isRetry && typeof prompt === 'object' && typeof retryPrompt === 'object') {
      await context.sendActivity({ ...prompt, text: retryPrompt.text });
      return;
    }
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity);
  }

  protected async onRecognize(context: TurnContext, state: PromptState, options: PromptOptions): Promise<PromptRecognizerResult<string>> {
    const clicked = context.activity.value as { helpdeskAction?: unknown; question?: unknown } | undefined;
    const question = (options.validations as QuestionValidations | undefined)?.question;
    if (clicked?.helpdeskAction === CHOICE_ACTION && question && clicked.question !== question) {
      state.staleClick = true;
      return { succeeded: false };
    }
    const value = recogniseChoice(context, (options.choices ?? []).map((c) => (typeof c === 'string' ? { value: c } : c)));
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }
}
