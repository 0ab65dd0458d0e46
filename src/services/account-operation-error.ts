import type { AccountFailureKind } from '../domain/accounts/account-outcome.js';

/**
 * Microsoft Graph did not confirm an account operation. Carries Graph's status, error code and
 * request id for the log and the audit trail; never the request body (it may hold a password).
 */
export class AccountOperationError extends Error {
  constructor(
    readonly kind: AccountFailureKind,
    readonly operation: string,
    readonly statusCode: number,
    readonly code: string | null,
    readonly requestId: string | null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(`Graph ${operation} failed: ${kind} (${statusCode}${code ? ` ${code}` : ''})`);
    this.name = 'AccountOperationError';
  }

  /** Failures worth a ticket for the identity team (anything but "no such user"). */
  get needsHuman(): boolean {
    return this.kind !== 'notFound';
  }
}

export function failureKindOf(statusCode: number, code: string | null): AccountFailureKind {
  if (code === 'TimeoutError' || code === 'AbortError' || statusCode === 504) return 'timeout';
  if (statusCode === -1) return 'network';
  if (statusCode === 403 || statusCode === 401) return 'forbidden';
  if (statusCode === 404) return 'notFound';
  if (statusCode === 429) return 'throttled';
  if (statusCode >= 500) return 'server';
  return 'rejected';
}
