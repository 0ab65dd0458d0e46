/** The account actions the bot performs through Microsoft Graph. Ids are stable: the audit log stores them. */
export const ACCOUNT_ACTIONS = ['resetPassword', 'unlock', 'resetMfa', 'revokeSessions'] as const;

export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

export function isAccountAction(value: unknown): value is AccountAction {
  return typeof value === 'string' && (ACCOUNT_ACTIONS as readonly string[]).includes(value);
}

/** What the server found out about the requester and the target; never taken from what the user typed. */
export interface PolicyFacts {
  /** The requester acts on their own account. */
  self: boolean;
  /** The requester is a member of one of the configured technician teams. */
  technician: boolean;
  /** The requester is the target's manager (Graph's manager relation). */
  managerOfTarget: boolean;
  /** The target holds an admin directory role or belongs to a protected / role-assignable group. */
  targetPrivileged: boolean;
}

export type RefusalReason = 'selfPasswordResetDisabled' | 'selfUnlock' | 'managerScope' | 'notAllowed';

/** allow: do it after confirmation; escalate: a ticket for the identity team; refuse: say why and what to do instead. */
export type PolicyDecision =
  | { kind: 'allow'; basis: 'self' | 'manager' | 'technician' }
  | { kind: 'escalate'; reason: 'privilegedTarget' }
  | { kind: 'refuse'; reason: RefusalReason };
