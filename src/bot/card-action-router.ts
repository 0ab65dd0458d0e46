import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Language } from '../domain/tickets/ticket.js';
import { t } from '../i18n/catalogue.js';

/** Who clicked: always taken from the activity (Entra object id), never from the card's data. */
export interface CardActor {
  id: string;
  name: string;
  lang: Language;
}

export type CardActionHandler = (context: TurnContext, data: Record<string, unknown>, actor: CardActor) => Promise<AdaptiveCardInvokeResponse>;

/**
 * Universal Actions (`Action.Execute`, invoke `adaptiveCard/action`): a verb → handler map.
 * Handlers validate their payload with a schema, re-check what the actor may do and detect stale
 * cards; an unknown verb is refused here.
 */
export class CardActionRouter {
  private readonly handlers = new Map<string, CardActionHandler>();

  constructor(private readonly logger: Logger) {}

  register(verb: string, handler: CardActionHandler): void {
    if (this.handlers.has(verb)) throw new Error(`card verb registered twice: ${verb}`);
    this.handlers.set(verb, handler);
  }

  async execute(context: TurnContext, verb: string, data: unknown, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const handler = this.handlers.get(verb);
    if (!handler || !data || typeof data !== 'object' || Array.isArray(data)) {
      this.logger.warn({ verb, actor: actor.id }, 'unknown card action refused');
      return messageResponse(t(actor.lang, 'staleAction'));
    }
    return handler(context, data as Record<string, unknown>, actor);
  }
}

/** An invoke answer that shows the clicking user a sentence instead of replacing the card. */
export function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as unknown as Record<string, unknown> };
}

export function cardResponse(card: object): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as Record<string, unknown> };
}

/** The current card with a line on top saying why the click did nothing (it showed an older state, or the action was refused). */
export function withNotice(card: object, notice: string): object {
  const c = card as { body?: unknown[] };
  return { ...c, body: [{ type: 'TextBlock', text: notice, wrap: true, color: 'Warning', weight: 'Bolder' }, ...(c.body ?? [])] };
}
