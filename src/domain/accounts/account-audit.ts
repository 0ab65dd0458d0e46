import type { AccountAction } from './account-action.js';

export type AccountAuditResult = 'success' | 'refused' | 'escalated' | 'limited' | 'failed';

/** One line of the append-only account audit log. Never holds a password or a token. */
export interface AccountAuditEntry {
  id: string;
  at: string;
  requesterId: string;
  action: AccountAction;
  targetId: string;
  result: AccountAuditResult;
  /** Graph's request id(s) of the confirmed change, or of the failed call. */
  graphRequestId: string | null;
  ticketId: string | null;
  /** A short machine-readable detail: refusal reason, failure kind, "removed=2 kept=1". */
  detail: string | null;
}
