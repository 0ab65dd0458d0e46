import type { TurnContext } from 'botbuilder';
import { Prompt, type Choice, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { ACCOUNT_CHOICE_ACTION } from '../cards/account-choice-card.js';

const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/gu, ' ').trim();

/**
 * One of the offered choices (`options.choices`, values are ids): a card button
 * (`{helpdeskAction:'accountChoice', choice}`), the option's number, or its title / a synonym typed.
 */
export function recogniseAccountChoice(context: TurnContext, choices: readonly Choice[]): string | undefined {
  const value = context.activity.value as { helpdeskAction?: unknown; choice?: unknown } | undefined;
  if (value?.helpdeskAction === ACCOUNT_CHOICE_ACTION) {
    return choices.find((c) => c.value === value.choice)?.value;
  }
  const text = fold(context.activity.text ?? '');
  if (!text) return undefined;
  const n = Number(text.replace(/\.$/u, ''));
  if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1]!.value;
  return choices.find((c) => [c.value, ...(c.synonyms ?? [])].some((s) => fold(s) === text))?.value;
}

/** Asks with the given activity (a choice card) and accepts a click, a number or a title. */
export class AccountChoicePrompt extends Prompt<string> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity);
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<string>> {
    const choices = (options.choices ?? []).map((c) => (typeof c === 'string' ? { value: c } : c));
    const value = recogniseAccountChoice(context, choices);
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }
}
