import type { ConversationReference, TurnContext } from 'botbuilder';

/** The part of CloudAdapter that sends proactively. */
export interface ProactiveAdapter {
  continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/**
 * Runs proactive logic and returns its failure (null when it went through). A failed send must
 * reach the caller, not the adapter's onTurnError: that would log a "turn failed" for the
 * recipient, send them a generic error message and clear their dialog state.
 */
export async function continueProactively(
  adapter: ProactiveAdapter, botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>,
): Promise<unknown> {
  let failure: unknown = null;
  try {
    await adapter.continueConversationAsync(botAppId, reference, async (context) => {
      try {
        await logic(context);
      } catch (err) {
        failure = err ?? new Error('proactive send failed');
      }
    });
  } catch (err) {
    failure = err ?? new Error('proactive send failed');
  }
  return failure;
}

/**
 * Runs proactive logic and throws its failure. Every proactive send goes through here (or
 * `continueProactively`), never through `continueConversationAsync` directly: botbuilder hands a
 * failure inside the logic to the adapter's onTurnError and resolves, so the caller would take a
 * failed send (a card not redacted, a message not delivered) for a done one.
 */
export async function sendProactively(
  adapter: ProactiveAdapter, botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>,
): Promise<void> {
  const failure = await continueProactively(adapter, botAppId, reference, logic);
  if (failure !== null) throw failure;
}
