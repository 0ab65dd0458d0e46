import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { z } from 'zod';
import { isPageId, type PageAction } from '../../domain/paging/page.js';
import { to, type OncallMessageKey } from '../../i18n/oncall-messages.js';
import type { PageActOutcome, PagingService } from '../../services/paging-service.js';
import { PAGE_VERBS } from '../../../cards/page-alert-card.js';
import { cardResponse, messageResponse, withNotice, type CardActionRouter, type CardActor } from '../../bot/card-action-router.js';
import type { PageMessenger } from './page-messenger.js';

const payload = z.object({ pageId: z.string().refine(isPageId), shown: z.enum(['open', 'acknowledged', 'resolved']) });

const REFUSED: Record<Extract<PageActOutcome, { kind: 'refused' }>['reason'], OncallMessageKey> = {
  'already-acknowledged': 'pageAlreadyAcknowledged', 'already-resolved': 'pageAlreadyResolved', 'chain-exhausted': 'pageChainExhausted',
};

/**
 * Acknowledge / Escalate / Resolve on an alert card. The payload names only the page and the
 * status the card showed; who acts comes from the activity, and the service checks they may.
 * The clicking user gets the current card back; every other copy is updated by the service.
 */
export class PagingCardActions {
  constructor(private readonly paging: PagingService, private readonly messenger: PageMessenger) {}

  register(router: CardActionRouter): void {
    const verbs: [string, PageAction][] = [[PAGE_VERBS.acknowledge, 'acknowledge'], [PAGE_VERBS.escalate, 'escalate'], [PAGE_VERBS.resolve, 'resolve']];
    for (const [verb, action] of verbs) router.register(verb, (_c, data, actor) => this.act(data, actor, action));
  }

  private async act(data: Record<string, unknown>, actor: CardActor, action: PageAction): Promise<AdaptiveCardInvokeResponse> {
    const parsed = payload.safeParse(data);
    if (!parsed.success) return messageResponse(to(actor.lang, 'pageNotFound'));
    const outcome = await this.paging.act(parsed.data.pageId, actor.id, action, parsed.data.shown);
    switch (outcome.kind) {
      case 'not-found': return messageResponse(to(actor.lang, 'pageNotFound'));
      case 'forbidden': return messageResponse(to(actor.lang, 'pageForbidden'));
      case 'done': return cardResponse(await this.messenger.card(outcome.page, actor.lang));
      case 'stale': return cardResponse(withNotice(await this.messenger.card(outcome.page, actor.lang), to(actor.lang, 'pageStale')));
      case 'refused': return cardResponse(withNotice(await this.messenger.card(outcome.page, actor.lang), to(actor.lang, REFUSED[outcome.reason])));
    }
  }
}
