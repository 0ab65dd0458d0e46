import type { AccountAuditEntry, AccountAuditResult } from '../src/domain/accounts/account-audit.js';
import { ta, type AccountMessageKey } from '../src/i18n/account-messages.js';
import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.js';
import { formatTime, type CardContext } from './card-format.js';
import { ACTION_LABEL } from './account-confirm-card.js';

const RESULT_LABEL: Record<AccountAuditResult, AccountMessageKey> = {
  success: 'auditResultSuccess', refused: 'auditResultRefused', escalated: 'auditResultEscalated', limited: 'auditResultLimited', failed: 'auditResultFailed',
};

/** Account audit lines for a manager or technician; people are shown by the names the caller resolved. */
export function renderAccountAuditCard(entries: readonly AccountAuditEntry[], names: ReadonlyMap<string, string>, ctx: CardContext): AdaptiveCard {
  const name = (id: string): string => plainText(names.get(id) ?? id, 120);
  return adaptiveCard([
    { type: 'TextBlock', text: ta(ctx.lang, 'auditTitle'), weight: 'Bolder', size: 'Medium', style: 'heading' },
    ...(entries.length === 0
      ? [{ type: 'TextBlock' as const, text: ta(ctx.lang, 'auditNone'), wrap: true }]
      : [{
          type: 'FactSet' as const,
          facts: entries.map((e) => ({
            title: formatTime(e.at, ctx),
            value: `${ta(ctx.lang, ACTION_LABEL[e.action])}: ${name(e.targetId)} ← ${name(e.requesterId)} · ${ta(ctx.lang, RESULT_LABEL[e.result])}${e.ticketId ? ` · ${e.ticketId}` : ''}`,
          })),
        }]),
  ]);
}
