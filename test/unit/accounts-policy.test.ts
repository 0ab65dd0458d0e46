import { describe, expect, it } from 'vitest';
import { ACCOUNT_ACTIONS, type AccountAction, type PolicyDecision, type PolicyFacts } from '../../src/domain/accounts/account-action.js';
import { decideAccountAction } from '../../src/domain/accounts/account-policy.js';
import { accountPolicyConfigSchema, DEFAULT_ACCOUNT_POLICY } from '../../src/config/account-policy-config.js';

type Role = 'user' | 'manager' | 'technician';
type Target = 'self' | 'report' | 'other' | 'privileged-self' | 'privileged-report' | 'privileged-other';

function facts(role: Role, target: Target): PolicyFacts {
  const self = target === 'self' || target === 'privileged-self';
  const report = target === 'report' || target === 'privileged-report';
  return {
    self,
    technician: role === 'technician',
    managerOfTarget: role === 'manager' && report,
    targetPrivileged: target.startsWith('privileged'),
  };
}

const A: PolicyDecision = { kind: 'allow', basis: 'self' };
const M: PolicyDecision = { kind: 'allow', basis: 'manager' };
const T: PolicyDecision = { kind: 'allow', basis: 'technician' };
const E: PolicyDecision = { kind: 'escalate', reason: 'privilegedTarget' };
const SELF_PW: PolicyDecision = { kind: 'refuse', reason: 'selfPasswordResetDisabled' };
const SELF_UNLOCK: PolicyDecision = { kind: 'refuse', reason: 'selfUnlock' };
const SCOPE: PolicyDecision = { kind: 'refuse', reason: 'managerScope' };
const NO: PolicyDecision = { kind: 'refuse', reason: 'notAllowed' };

/** Expected decision per role × target, in ACCOUNT_ACTIONS order: resetPassword, unlock, resetMfa, revokeSessions (self password reset disabled). */
const TABLE: Record<Role, Record<Target, [PolicyDecision, PolicyDecision, PolicyDecision, PolicyDecision]>> = {
  user: {
    self: [SELF_PW, SELF_UNLOCK, A, A],
    report: [NO, NO, NO, NO],
    other: [NO, NO, NO, NO],
    'privileged-self': [E, E, E, E],
    'privileged-report': [E, E, E, E],
    'privileged-other': [E, E, E, E],
  },
  manager: {
    self: [SELF_PW, SELF_UNLOCK, A, A],
    report: [M, M, SCOPE, SCOPE],
    other: [NO, NO, NO, NO],
    'privileged-self': [E, E, E, E],
    'privileged-report': [E, E, E, E],
    'privileged-other': [E, E, E, E],
  },
  technician: {
    self: [T, T, T, T],
    report: [T, T, T, T],
    other: [T, T, T, T],
    'privileged-self': [E, E, E, E],
    'privileged-report': [E, E, E, E],
    'privileged-other': [E, E, E, E],
  },
};

const rows = (Object.keys(TABLE) as Role[]).flatMap((role) => (Object.keys(TABLE[role]) as Target[]).flatMap((target) =>
  ACCOUNT_ACTIONS.map((action, i) => ({ role, target, action, expected: TABLE[role][target][i]! }))));

describe('account policy table (self password reset disabled, the default)', () => {
  it('covers every role × target kind × action', () => {
    expect(rows).toHaveLength(3 * 6 * 4);
  });

  it.each(rows)('$role → $target: $action', ({ role, target, action, expected }) => {
    expect(decideAccountAction(action, facts(role, target), { selfPasswordReset: false })).toEqual(expected);
  });
});

describe('account policy with self password reset enabled', () => {
  const changed: { role: Role; action: AccountAction; expected: PolicyDecision }[] = [
    { role: 'user', action: 'resetPassword', expected: A },
    { role: 'manager', action: 'resetPassword', expected: A },
    { role: 'technician', action: 'resetPassword', expected: T },
  ];
  it.each(changed)('$role may reset their own password', ({ role, action, expected }) => {
    expect(decideAccountAction(action, facts(role, 'self'), { selfPasswordReset: true })).toEqual(expected);
  });

  it('still never handles a privileged account, their own included', () => {
    for (const action of ACCOUNT_ACTIONS) {
      expect(decideAccountAction(action, facts('user', 'privileged-self'), { selfPasswordReset: true })).toEqual(E);
    }
  });

  it('changes nothing else', () => {
    for (const r of rows.filter((x) => !(x.target === 'self' && x.action === 'resetPassword'))) {
      expect(decideAccountAction(r.action, facts(r.role, r.target), { selfPasswordReset: true })).toEqual(r.expected);
    }
  });
});

describe('account policy config', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_ACCOUNT_POLICY).toEqual({
      selfPasswordReset: false, resetLimitPerTargetPer24h: 3, perRequesterPer24h: 10, tempPasswordVisibleMinutes: 10,
      technicianTeams: ['identity', 'service-desk'], protectedGroupNames: ['Privilegovaní uživatelé']
    });
  });

  it('rejects nonsense limits', () => {
    expect(accountPolicyConfigSchema.safeParse({ resetLimitPerTargetPer24h: 0 }).success).toBe(false);
    expect(accountPolicyConfigSchema.safeParse({ tempPasswordVisibleMinutes: 100000 }).success).toBe(false);
  });
});
