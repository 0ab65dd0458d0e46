import type { TurnContext } from 'botbuilder';
import { Prompt, type Choice, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { CHOICE_ACTION } from '../cards/adaptive-card.js';
import { foldCommand } from '../src/bot/command-recognizer.js';

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
  const text = foldCommand(context.activity.text ?? '');
  if (!text) return undefined;
  const n = Number(text.replace(/\.$/u, ''));
  if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1]!.value;
  const words = (c: Choice) => [c.value, ...(c.synonyms ?? [])].map(foldCommand);
  return choices.find((c) => words(c).some((s) => s === text))?.value
    ?? choices.find((c) => words(c).some((s) => s.length >= CONTAINED_SYNONYM_LENGTH && ` ${text} `.includes(` ${s} `)))?.value;
}

/** Asks with the given activity (a card with a button per choice) and accepts a click, a number or a title; otherwise asks again. */
export class CardChoicePrompt extends Prompt<string> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity);
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<string>> {
    const value = recogniseChoice(context, (options.choices ?? []).map((c) => (typeof c === 'string' ? { value: c } : c)));
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }
}
