import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import type { AccountAction, PolicyDecision } from '../domain/accounts/account-action.js';
import { decideAccountAction } from '../domain/accounts/account-policy.js';
import type { AccountPolicyConfig } from '../config/account-policy-config.js';
import type { AccountOperationsPort, DirectoryPort } from './ports.js';

export interface PolicyEvaluation {
  decision: PolicyDecision;
  /** Why the target is privileged (for the identity team's ticket), empty otherwise. */
  privilegeReasons: string[];
}

/**
 * Establishes the facts for the account policy on the server: the requester's id from the activity,
 * technicians from config.oit.teams, the manager relation and privileged memberships from the
 * directory (both cached with a bounded TTL by their adapters). Directory failures propagate.
 */
export class AccountPolicyService {
  private readonly technicians: ReadonlySet<string>;

  constructor(
    private readonly directory: DirectoryPort,
    private readonly operations: AccountOperationsPort,
    private readonly policy: AccountPolicyConfig,
    domain: DomainConfig,
    private readonly logger: Logger,
  ) {
    const teams = new Set(policy.technicianTeams);
    this.technicians = new Set(domain.oit.teams.filter((t) => teams.has(t.id)).flatMap((t) => t.members.map((m) => m.toLowerCase())));
  }

  /** May people reset their own password through the bot (config `accounts.selfPasswordReset`)? */
  get selfPasswordReset(): boolean {
    return this.policy.selfPasswordReset;
  }

  isTechnician(userId: string): boolean {
    return this.technicians.has(userId.toLowerCase());
  }

  async evaluate(requesterId: string, targetId: string, action: AccountAction): Promise<PolicyEvaluation> {
    const self = requesterId.toLowerCase() === targetId.toLowerCase();
    const technician = this.isTechnician(requesterId);
    const [privilege, manager] = await Promise.all([
      this.operations.getPrivilege(targetId),
      self || technician ? Promise.resolve(null) : this.directory.getManager(targetId),
    ]);
    const managerOfTarget = manager !== null && manager.id.toLowerCase() === requesterId.toLowerCase();
    const decision = decideAccountAction(action, { self, technician, managerOfTarget, targetPrivileged: privilege.privileged },
      { selfPasswordReset: this.policy.selfPasswordReset });
    this.logger.debug({ requesterId, targetId, action, decision: decision.kind }, 'account policy decided');
    return { decision, privilegeReasons: privilege.reasons };
  }

  /** Whom a requester may see in the audit log: everyone for technicians, their direct reports for managers. */
  async auditScope(requesterId: string): Promise<ReadonlySet<string> | 'all'> {
    if (this.isTechnician(requesterId)) return 'all';
    const reports = await this.directory.getDirectReports(requesterId);
    return new Set(reports.map((r) => r.id));
  }
}
