import { GraphHttpError } from './graph-errors.js';
import type { SandboxGroup, SandboxRole, SandboxUser } from './directory-types.js';
import type { DirectoryObject } from './sandbox-directory.js';

/** Properties Graph v1.0 returns for a user when no $select is given. */
const DEFAULT_USER_PROPS = [
  'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone',
  'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id',
] as const;
const USER_PROPS: ReadonlySet<string> = new Set([
  ...DEFAULT_USER_PROPS, 'department', 'city', 'companyName', 'accountEnabled', 'userType',
]);

/** The $select list, checked against the user type; undefined when absent. */
export function parseUserSelect(raw: string | null): string[] | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const props = raw.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  for (const p of props) {
    if (!USER_PROPS.has(p)) {
      throw GraphHttpError.badRequest(`Parsing OData Select and Expand failed: Could not find a property named '${p}' on type 'microsoft.graph.user'.`);
    }
  }
  return props;
}

export function isUserProperty(name: string): boolean {
  return USER_PROPS.has(name);
}

export function serializeUser(user: SandboxUser, select: readonly string[] | undefined, typed = false): Record<string, unknown> {
  const props = select ?? DEFAULT_USER_PROPS;
  const out: Record<string, unknown> = typed ? { '@odata.type': '#microsoft.graph.user' } : {};
  const record = user as unknown as Record<string, unknown>;
  for (const p of props) out[p] = record[p] ?? null;
  if (select && !select.includes('id')) out.id = user.id;
  return out;
}

export function serializeGroup(g: SandboxGroup): Record<string, unknown> {
  return { '@odata.type': '#microsoft.graph.group', ...g };
}

export function serializeRole(r: SandboxRole): Record<string, unknown> {
  return { '@odata.type': '#microsoft.graph.directoryRole', ...r };
}

export function serializeDirectoryObject(o: DirectoryObject): Record<string, unknown> {
  return o.kind === 'group' ? serializeGroup(o.group) : serializeRole(o.role);
}
