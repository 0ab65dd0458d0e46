import { buildRoles, type RoleKey } from './directory-roles.js';
import { PRIVILEGED_GROUP_NAME } from './demo-personas.js';
import type { DirectoryData, SandboxGroup, SandboxUser } from './directory-types.js';
import type { SeedConfig } from './seed-config-loader.js';

export interface SeededPeople {
  directors: SandboxUser[];
  itDepartment: SandboxUser[];
  admins: Array<{ user: SandboxUser; roles: RoleKey[]; privilegedGroup: boolean }>;
  guests: SandboxUser[];
  helpdesk: SandboxUser[];
}

type Groups = Pick<DirectoryData, 'groups' | 'roles' | 'memberships'>;

/**
 * Groups and directory roles: one group per organisation, one per OIT team (nested in "OIT – všichni"),
 * the role-assignable "Privilegovaní uživatelé", the vendors' guests; admin role holders.
 */
export function seedGroups(config: SeedConfig, users: SandboxUser[], people: SeededPeople, newId: () => string): Groups {
  const groups: SandboxGroup[] = [];
  const memberships: Array<[string, string]> = [];
  const group = (displayName: string, extra: Partial<SandboxGroup> = {}): SandboxGroup => {
    const g: SandboxGroup = {
      id: newId(), displayName, description: null, mail: null, mailEnabled: false, securityEnabled: true,
      isAssignableToRole: false, groupTypes: [], ...extra,
    };
    groups.push(g);
    return g;
  };
  const userIds = new Set(users.map((u) => u.id));

  for (const org of config.organisations) {
    const g = group(`Zaměstnanci – ${org.name.cs}`, { description: `Všichni zaměstnanci: ${org.name.cs}` });
    for (const u of users) if (u.userType === 'Member' && u.companyName === org.name.cs) memberships.push([u.id, g.id]);
  }

  const oitAll = group('OIT – všichni', { description: 'Odbor informatiky, všechny týmy' });
  const inTeams = new Set<string>();
  for (const team of config.oit?.teams ?? []) {
    const g = group(`OIT – ${team.name.cs}`, { description: `Tým ${team.name.cs}` });
    memberships.push([g.id, oitAll.id]);
    for (const id of team.members.filter((m) => userIds.has(m))) {
      memberships.push([id, g.id]);
      inTeams.add(id);
    }
  }
  for (const u of people.itDepartment) if (!inTeams.has(u.id)) memberships.push([u.id, oitAll.id]);

  const roles = buildRoles();
  const privileged = group(PRIVILEGED_GROUP_NAME, { description: 'Účty s administrátorskými rolemi', isAssignableToRole: true });
  memberships.push([privileged.id, roles.userAdministrator.id]);
  const firstDirector = people.directors[0];
  if (firstDirector) memberships.push([firstDirector.id, privileged.id]);
  for (const admin of people.admins) {
    for (const role of admin.roles) memberships.push([admin.user.id, roles[role].id]);
    if (admin.privilegedGroup) memberships.push([admin.user.id, privileged.id]);
  }
  for (const u of people.helpdesk) memberships.push([u.id, roles.helpdeskAdministrator.id]);

  const vendors = group('Dodavatelé – externí technici', { description: 'Hosté: technici smluvních dodavatelů' });
  for (const u of people.guests) memberships.push([u.id, vendors.id]);

  return { groups, roles: Object.values(roles), memberships };
}
