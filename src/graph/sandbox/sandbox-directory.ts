import { HELPDESK_MANAGEABLE_ROLE_TEMPLATES } from './directory-roles.js';
import type {
  AccountEnabledChange, DeletedMethod, DirectoryData, PasswordChange, SandboxAuthMethod, SandboxGroup, SandboxRole,
  SandboxUser, SentMail, SessionRevocation,
} from './directory-types.js';

export type DirectoryObject = { kind: 'group'; group: SandboxGroup } | { kind: 'role'; role: SandboxRole };

/** The sandbox's live directory: look-ups for the routes and the record of every change, for tests to observe. */
export class SandboxDirectory {
  readonly users: ReadonlyMap<string, SandboxUser>;
  readonly groups: ReadonlyMap<string, SandboxGroup>;
  readonly roles: ReadonlyMap<string, SandboxRole>;
  readonly passwordChanges: PasswordChange[] = [];
  readonly accountEnabledChanges: AccountEnabledChange[] = [];
  readonly revokedSessions: SessionRevocation[] = [];
  readonly sentMail: SentMail[] = [];
  readonly deletedMethods: DeletedMethod[] = [];
  private readonly byUpn = new Map<string, SandboxUser>();
  private readonly containers = new Map<string, Set<string>>();
  private readonly methods: Map<string, SandboxAuthMethod[]>;
  private readonly defaults: Map<string, string>;

  constructor(data: DirectoryData) {
    this.users = new Map(data.users.map((u) => [u.id.toLowerCase(), u]));
    for (const u of data.users) this.byUpn.set(u.userPrincipalName.toLowerCase(), u);
    this.groups = new Map(data.groups.map((g) => [g.id, g]));
    this.roles = new Map(data.roles.map((r) => [r.id, r]));
    for (const [member, container] of data.memberships) {
      const set = this.containers.get(member) ?? new Set<string>();
      set.add(container);
      this.containers.set(member, set);
    }
    this.methods = new Map(Object.entries(data.authMethods).map(([k, v]) => [k, [...v]]));
    this.defaults = new Map(Object.entries(data.defaultMethods));
  }

  allUsers(): SandboxUser[] {
    return [...this.users.values()];
  }

  /** By object id or UPN, case-insensitively. */
  findUser(idOrUpn: string): SandboxUser | undefined {
    const key = idOrUpn.toLowerCase();
    return this.users.get(key) ?? this.byUpn.get(key);
  }

  managerOf(user: SandboxUser): SandboxUser | undefined {
    return user.managerId ? this.findUser(user.managerId) : undefined;
  }

  directReportsOf(user: SandboxUser): SandboxUser[] {
    return this.allUsers().filter((u) => u.managerId === user.id);
  }

  /** Direct memberships: groups and directory roles. */
  memberOf(objectId: string): DirectoryObject[] {
    return [...(this.containers.get(objectId) ?? [])].map((id) => this.resolve(id)).filter((o): o is DirectoryObject => o !== undefined);
  }

  /** Memberships through nested groups as well, each once. */
  transitiveMemberOf(objectId: string): DirectoryObject[] {
    const seen = new Set<string>();
    const queue = [...(this.containers.get(objectId) ?? [])];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(...(this.containers.get(id) ?? []));
    }
    return [...seen].map((id) => this.resolve(id)).filter((o): o is DirectoryObject => o !== undefined);
  }

  /**
   * True when a Helpdesk Administrator may not manage this user: they hold a role outside the
   * manageable list (directly or through a group) or belong to a role-assignable group.
   */
  isProtected(user: SandboxUser): boolean {
    return this.transitiveMemberOf(user.id).some((o) =>
      o.kind === 'role' ? !HELPDESK_MANAGEABLE_ROLE_TEMPLATES.has(o.role.roleTemplateId) : o.group.isAssignableToRole);
  }

  authMethodsOf(userId: string): SandboxAuthMethod[] {
    return [...(this.methods.get(userId) ?? [])];
  }

  defaultMethodOf(userId: string): string | undefined {
    return this.defaults.get(userId);
  }

  setPassword(user: SandboxUser, password: string, forceChangePasswordNextSignIn: boolean, at: Date): void {
    this.passwordChanges.push({ userId: user.id, password, forceChangePasswordNextSignIn, at });
  }

  setAccountEnabled(user: SandboxUser, accountEnabled: boolean, at: Date): void {
    user.accountEnabled = accountEnabled;
    this.accountEnabledChanges.push({ userId: user.id, accountEnabled, at });
  }

  updateUser(user: SandboxUser, changes: Partial<SandboxUser>): void {
    Object.assign(user, changes);
  }

  revokeSessions(user: SandboxUser, at: Date): void {
    this.revokedSessions.push({ userId: user.id, at });
  }

  recordMail(mail: SentMail): void {
    this.sentMail.push(mail);
  }

  removeMethod(user: SandboxUser, method: SandboxAuthMethod, at: Date): void {
    this.methods.set(user.id, this.authMethodsOf(user.id).filter((m) => m !== method));
    this.deletedMethods.push({ userId: user.id, method, at });
  }

  private resolve(id: string): DirectoryObject | undefined {
    const group = this.groups.get(id);
    if (group) return { kind: 'group', group };
    const role = this.roles.get(id);
    return role ? { kind: 'role', role } : undefined;
  }
}
