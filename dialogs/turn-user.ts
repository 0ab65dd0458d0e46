import type { TurnContext } from 'botbuilder';
import type { Language } from '../src/domain/tickets/ticket.js';

/** Who is speaking in this turn and in which language to answer; set by the bot before dialogs run. */
export interface TurnUser {
  id: string;
  name: string;
  lang: Language;
}

const KEY = Symbol.for('helpdesk.turnUser');

export function setTurnUser(context: TurnContext, user: TurnUser): void {
  context.turnState.set(KEY, user);
}

export function turnUser(context: TurnContext): TurnUser {
  const user = context.turnState.get(KEY) as TurnUser | undefined;
  if (!user) throw new Error('turn user not set: the bot must call setTurnUser before running dialogs');
  return user;
}
