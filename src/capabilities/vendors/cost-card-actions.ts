import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { messageResponse, type CardActionRouter, type CardActor } from '../../bot/card-action-router.js';
import { COST_VERBS } from '../../../cards/organisation-cost-card.js';
import type { CostPresenter } from './cost-presenter.js';
import type { CostService } from './cost-service.js';
import { vt } from './vendor-messages.js';
import { MONTH_PATTERN } from './vendor-month.js';

/** The cost card's export: decided again on the server (the head of OIT, or the organisation's director), never from the payload. */
export class CostCardActions {
  constructor(private readonly d: { costs: CostService; presenter: CostPresenter; logger: Logger }) {}

  register(router: CardActionRouter): void {
    router.register(COST_VERBS.export, (_c, data, actor) => this.export(data, actor));
  }

  private async export(data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const p = z.object({ organisation: z.string().min(1).max(40), month: z.string().regex(MONTH_PATTERN) }).safeParse(data);
    if (!p.success) return messageResponse(vt(actor.lang, 'badInput'));
    const out = this.d.costs.cost(actor.id, p.data.organisation, p.data.month);
    if (out.kind !== 'ok') return messageResponse(vt(actor.lang, out.kind === 'forbidden' ? 'costForbidden' : 'costUnknown'));
    try {
      const name = await this.d.presenter.deliverCost(out.cost, actor.id, actor.lang);
      return messageResponse(vt(actor.lang, 'fileOffered', { name }));
    } catch (err) {
      this.d.logger.warn({ userId: actor.id, err: (err as Error).message }, 'cost export not delivered');
      return messageResponse(vt(actor.lang, 'fileFailed'));
    }
  }
}
