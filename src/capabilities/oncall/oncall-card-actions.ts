import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { to } from '../../i18n/oncall-messages.js';
import type { OncallSwapService } from '../../services/oncall-swap-service.js';
import { ONCALL_VERBS, renderSwapAnsweredCard } from '../../../cards/oncall-swap-card.js';
import { cardResponse, messageResponse, type CardActionRouter, type CardActor } from '../../bot/card-action-router.js';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** Accept / decline on a swap card. The card carries only the swap id; the answer counts only from the person asked (the actor). */
export class OncallCardActions {
  constructor(private readonly swaps: OncallSwapService) {}

  register(router: CardActionRouter): void {
    router.register(ONCALL_VERBS.accept, (_c, data, actor) => this.answer(data, actor, true));
    router.register(ONCALL_VERBS.decline, (_c, data, actor) => this.answer(data, actor, false));
  }

  private async answer(data: Record<string, unknown>, actor: CardActor, accept: boolean): Promise<AdaptiveCardInvokeResponse> {
    const swapId = typeof data.swapId === 'string' && ID.test(data.swapId) ? data.swapId : null;
    const result = swapId ? await this.swaps.decide(actor.id, swapId, accept) : { kind: 'stale' as const };
    switch (result.kind) {
      case 'accepted': return cardResponse(renderSwapAnsweredCard(to(actor.lang, 'swapAccepted'), true));
      case 'declined': return cardResponse(renderSwapAnsweredCard(to(actor.lang, 'swapDeclined'), false));
      case 'not-yours': return messageResponse(to(actor.lang, 'swapNotYours'));
      case 'stale': return messageResponse(to(actor.lang, 'swapStale'));
    }
  }
}
