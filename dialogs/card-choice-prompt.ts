import type { TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { foldCommand } from '../src/bot/command-recognizer.js';

export interface CardChoice {
  value: string;
  /** What a user may type instead of clicking (folded: lower case, no diacritics). */
  synonyms: string[];
}

/** Options of a choice prompt: the activity to show and the accepted choices. */
export interface CardChoiceOptions extends PromptOptions {
  validations: { choices: CardChoice[] };
}

/**
 * A question answered by a card button (`{ helpdeskAction: 'choice', value }`) or by typing one
 * of the choices (its number, its name, a synonym), in Czech or English, with or without diacritics.
 */
export class CardChoicePrompt extends Prompt<string> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity);
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<string>> {
    const { choices } = (options as CardChoiceOptions).validations;
    const value = context.activity.value as { helpdeskAction?: unknown; value?: unknown } | undefined;
    if (value?.helpdeskAction === 'choice' && typeof value.value === 'string') {
      const chosen = choices.find((c) => c.value === value.value);
      return chosen ? { succeeded: true, value: chosen.value } : { succeeded: false };
    }
    const text = foldCommand(context.activity.text ?? '');
    if (!text) return { succeeded: false };
    const byNumber = /^\d+$/u.test(text) ? choices[Number(text) - 1] : undefined;
    const chosen = byNumber ?? choices.find((c) => c.value === text || c.synonyms.some((s) => s === text || text.includes(s)));
    return chosen ? { succeeded: true, value: chosen.value } : { succeeded: false };
  }
}
