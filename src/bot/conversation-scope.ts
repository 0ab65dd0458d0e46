import type { TurnContext } from 'botbuilder';

/** The personal chat with the bot (an activity without a conversation type counts as one, as the Playground sends). */
export function isPersonal(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return !type || type === 'personal';
}
