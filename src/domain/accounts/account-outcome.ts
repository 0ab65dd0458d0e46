import type { AccountAction, RefusalReason } from './account-action.js';

/** Why an account operation failed; each has its own sentence for the user. */
export type AccountFailureKind = 'forbidden' | 'notFound' | 'throttled' | 'server' | 'timeout' | 'network' | 'rejected';

/** Whom an account action is about, as its outcome names them. */
export interface AccountTarget {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

/** What came of asking for an account action (a confirmation to click, or the result). */
export type AccountOutcome =
  | { kind: 'confirm'; pendingId: string; action: AccountAction; target: AccountTarget }
  | { kind: 'done'; action: AccountAction; target: AccountTarget; ticketId: string; temporaryPassword: string | null; mfa: { removed: number; kept: number } | null }
  | { kind: 'refused'; action: AccountAction; reason: RefusalReason }
  | { kind: 'escalated'; action: AccountAction; why: 'privileged' | 'limit'; ticketId: string }
  | { kind: 'failed'; action: AccountAction; failure: AccountFailureKind; retryAfterSeconds: number | null; ticketId: string | null }
  | { kind: 'targetNotFound' }
  | { kind: 'stale' };
