import type { AccountAction, PolicyDecision, PolicyFacts } from './account-action.js';

export interface PolicyOptions {
  selfPasswordReset: boolean;
}

const MANAGER_ACTIONS: ReadonlySet<AccountAction> = new Set(['resetPassword', 'unlock']);

/**
 * Who may do what, decided from facts the server established (never from what the user typed):
 * - privileged targets are never handled automatically (escalate), whoever asks;
 * - technicians of the configured teams: any action for anyone else;
 * - anyone: sign out everywhere and MFA reset for themselves; their own password only when enabled;
 * - a manager: password reset and unlock for their direct reports;
 * - everything else is refused with a reason.
 */
export function decideAccountAction(action: AccountAction, facts: PolicyFacts, options: PolicyOptions): PolicyDecision {
  if (facts.targetPrivileged) return { kind: 'escalate', reason: 'privilegedTarget' };
  if (facts.technician) return { kind: 'allow', basis: 'technician' };
  if (facts.self) return decideForSelf(action, options);
  if (facts.managerOfTarget) {
    return MANAGER_ACTIONS.has(action) ? { kind: 'allow', basis: 'manager' } : { kind: 'refuse', reason: 'managerScope' };
  }
  return { kind: 'refuse', reason: 'notAllowed' };
}

function decideForSelf(action: AccountAction, options: PolicyOptions): PolicyDecision {
  switch (action) {
    case 'revokeSessions':
    case 'resetMfa':
      return { kind: 'allow', basis: 'self' };
    case 'resetPassword':
      return options.selfPasswordReset ? { kind: 'allow', basis: 'self' } : { kind: 'refuse', reason: 'selfPasswordResetDisabled' };
    case 'unlock':
      return { kind: 'refuse', reason: 'selfUnlock' };
  }
}
