import type { SandboxRole } from './directory-types.js';

/** Entra built-in directory roles (well-known template ids). */
export const ROLE_TEMPLATES = {
  globalAdministrator: { displayName: 'Global Administrator', roleTemplateId: '62e90394-69f5-4237-9190-012177145e10' },
  privilegedRoleAdministrator: { displayName: 'Privileged Role Administrator', roleTemplateId: 'e8611ab8-c189-46e8-94e1-60213ab1f814' },
  privilegedAuthenticationAdministrator: { displayName: 'Privileged Authentication Administrator', roleTemplateId: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13' },
  userAdministrator: { displayName: 'User Administrator', roleTemplateId: 'fe930be7-5e62-47db-91af-98c3a49a38b1' },
  exchangeAdministrator: { displayName: 'Exchange Administrator', roleTemplateId: '29232cdf-9323-42fd-ade2-1d097af3e4de' },
  helpdeskAdministrator: { displayName: 'Helpdesk Administrator', roleTemplateId: '729827e3-9c14-49f7-bb1b-9608f156bbb8' },
  globalReader: { displayName: 'Global Reader', roleTemplateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451' },
} as const;

export type RoleKey = keyof typeof ROLE_TEMPLATES;

/**
 * Roles whose holders a Helpdesk Administrator may still manage (reset password, disable, revoke, delete methods).
 * Anyone holding another role is out of reach (Entra's "who can reset passwords" table).
 */
export const HELPDESK_MANAGEABLE_ROLE_TEMPLATES: ReadonlySet<string> = new Set([
  ROLE_TEMPLATES.helpdeskAdministrator.roleTemplateId,
  ROLE_TEMPLATES.globalReader.roleTemplateId,
  '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', // Directory Readers
  '95e79109-95c0-4d8e-aee3-d01accf2d47b', // Guest Inviter
  '966707d0-3269-4727-9be2-8c3a10f19b9d', // Password Administrator
  '4a5d8f65-41da-4de4-8968-e035b65339cf', // Reports Reader
]);

/** Directory role objects activated in the tenant; the object id is derived from the template so it is stable. */
export function buildRoles(): Record<RoleKey, SandboxRole> {
  const entries = Object.entries(ROLE_TEMPLATES).map(([key, t]) => {
    const role: SandboxRole = {
      id: `${t.roleTemplateId.slice(0, 24)}${t.roleTemplateId.slice(24).split('').reverse().join('')}`,
      displayName: t.displayName,
      description: `Built-in role: ${t.displayName}.`,
      roleTemplateId: t.roleTemplateId,
    };
    return [key, role] as const;
  });
  return Object.fromEntries(entries) as Record<RoleKey, SandboxRole>;
}
