import type { TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';

/**
 * A prompt that asks with the activity it is given (a card with buttons) and reads the answer
 * with `recognise`: undefined means "not an answer", and the prompt asks again.
 */
export abstract class ActivityPrompt<T> extends Prompt<T> {
  constructor(dialogId: string) {
    super(dialogId);
  }

  protected abstract recognise(context: TurnContext, options: PromptOptions): T | undefined;

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity);
  }

  protected async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<T>> {
    const value = this.recognise(context, options);
    return value === undefined ? { succeeded: false } : { succeeded: true, value };
  }
}
