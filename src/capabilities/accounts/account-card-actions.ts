import { randomUUID } from 'node:crypto';
import { CardFactory, MessageFactory, TurnContext, type AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Logger } from 'pino';
import type { AccountPolicyConfig } from '../../config/account-policy-config.js';
import { ta } from '../../i18n/account-messages.js';
import type { AccountActionService } from '../../services/account-action-service.js';
import type { AccountOutcome } from '../../domain/accounts/account-outcome.js';
import type { Clock } from '../../services/ports.js';
import type { AccountSecretCardRepository } from '../../store/account-secret-card-repository.js';
import { ACCOUNT_VERBS, renderAccountResultCard } from '../../../cards/account-confirm-card.js';
import { accountOutcomeText } from '../../../cards/account-outcome-text.js';
import { renderRedactedPasswordCard, renderTempPasswordCard } from '../../../cards/account-temp-password-card.js';
import { cardResponse, messageResponse, type CardActionRouter, type CardActor } from '../../bot/card-action-router.js';
import { isPersonal } from '../../bot/conversation-scope.js';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export interface AccountCardActionDeps {
  accounts: AccountActionService;
  secrets: AccountSecretCardRepository;
  policy: AccountPolicyConfig;
  clock: Clock;
  logger: Logger;
}

/**
 * The account feature's Action.Execute verbs: confirm / cancel (the answer replaces the confirmation
 * card) and "Got it" on a temporary-password card (answered with the redacted card). Only in personal chat.
 */
export class AccountCardActions {
  constructor(private readonly deps: AccountCardActionDeps) {}

  register(router: CardActionRouter): void {
    router.register(ACCOUNT_VERBS.confirm, (c, d, a) => this.guarded(c, a, () => this.confirm(c, d, a)));
    router.register(ACCOUNT_VERBS.cancel, (c, d, a) => this.guarded(c, a, () => this.cancel(d, a)));
    router.register(ACCOUNT_VERBS.secretSeen, (c, d, a) => this.guarded(c, a, () => this.secretSeen(d, a)));
  }

  private async guarded(context: TurnContext, actor: CardActor, run: () => Promise<AdaptiveCardInvokeResponse>): Promise<AdaptiveCardInvokeResponse> {
    if (!isPersonal(context)) return messageResponse(ta(actor.lang, 'personalOnly'));
    return run();
  }

  private async confirm(context: TurnContext, data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const pendingId = idOf(data.pendingId);
    const outcome: AccountOutcome = pendingId ? await this.deps.accounts.confirm(actor, pendingId) : { kind: 'stale' };
    if (outcome.kind === 'confirm') throw new Error('confirm() never asks for another confirmation');
    if (outcome.kind === 'done' && outcome.temporaryPassword !== null) {
      await this.sendSecret(context, actor, `${outcome.target.displayName} (${outcome.target.userPrincipalName})`, outcome.temporaryPassword);
    }
    const { text, good } = accountOutcomeText(outcome, actor.lang);
    return cardResponse(renderAccountResultCard(text, good));
  }

  private async cancel(data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const pendingId = idOf(data.pendingId);
    const withdrawn = pendingId ? await this.deps.accounts.cancel(actor, pendingId) : false;
    return cardResponse(renderAccountResultCard(ta(actor.lang, withdrawn ? 'cancelled' : 'stale'), false));
  }

  private async secretSeen(data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const secretId = idOf(data.secretId);
    const record = secretId ? this.deps.secrets.get(secretId) : undefined;
    if (!secretId || !record || record.requesterId !== actor.id) return messageResponse(ta(actor.lang, 'stale'));
    await this.deps.secrets.remove(secretId);
    this.deps.logger.info({ userId: actor.id, activityId: record.activityId }, 'temporary password card redacted on request');
    return cardResponse(renderRedactedPasswordCard(record.targetLabel, record.lang));
  }

  /** The password goes only into this personal chat; the store keeps where the card is, never what it says. */
  private async sendSecret(context: TurnContext, actor: CardActor, targetLabel: string, password: string): Promise<void> {
    const secretId = randomUUID();
    const minutes = this.deps.policy.tempPasswordVisibleMinutes;
    const card = renderTempPasswordCard({ secretId, targetLabel, password, minutes }, actor.lang);
    const sent = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (!sent?.id) {
      this.deps.logger.warn({ userId: actor.id }, 'temporary password card sent without an activity id: cannot be redacted by timer');
      return;
    }
    await this.deps.secrets.add({
      secretId, activityId: sent.id, requesterId: actor.id, lang: actor.lang, targetLabel,
      reference: TurnContext.getConversationReference(context.activity),
      redactAt: new Date(this.deps.clock.now().getTime() + minutes * 60_000).toISOString(),
    });
  }
}

function idOf(value: unknown): string | null {
  return typeof value === 'string' && ID.test(value) ? value : null;
}
