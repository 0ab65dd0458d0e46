import type { TurnContext } from 'botbuilder';

/** A picture or file came with the message (Teams adds a text/html copy of every message, which does not count). */
export function hasFiles(context: TurnContext): boolean {
  return (context.activity.attachments ?? []).some((a) => a.contentType !== 'text/html');
}
