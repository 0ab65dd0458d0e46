import type { ConversationReference } from 'botbuilder';
import type { ConversationRefRepository } from '../store/conversation-ref-repository.js';

/**
 * A reference to a channel of a team: the team's stored reference (saved when the bot saw the
 * team) pointed at the channel; null when the bot has not been installed in the team yet.
 */
export function channelReference(refs: ConversationRefRepository, teamId: string, channelId: string): Partial<ConversationReference> | null {
  const team = refs.get(`team:${teamId}`);
  if (!team) return null;
  return { ...team, conversation: { id: channelId, isGroup: true, conversationType: 'channel', name: '' } as ConversationReference['conversation'] };
}
