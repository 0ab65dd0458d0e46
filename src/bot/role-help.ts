import type { Language } from '../domain/tickets/ticket.js';
import { ti, type IntentMessageKey } from '../i18n/intent-messages.js';
import type { Role } from './user-roles.js';

/** Help sections by role, in this order; a person gets every section one of their roles has. */
const SECTIONS: { key: IntentMessageKey; roles: readonly Role[] }[] = [
  { key: 'helpEmployee', roles: ['employee'] },
  { key: 'helpManager', roles: ['manager'] },
  { key: 'helpTechnician', roles: ['technician'] },
  { key: 'helpVendor', roles: ['vendorTechnician'] },
  { key: 'helpReports', roles: ['teamLead', 'head', 'organisationManager'] },
  { key: 'helpLead', roles: ['teamLead', 'head'] },
  { key: 'helpHeadVendors', roles: ['head'] },
  { key: 'helpVendorContact', roles: ['vendorContact'] },
  { key: 'helpOrganisationCost', roles: ['organisationManager'] },
  { key: 'helpRotaAdmin', roles: ['rotaAdmin'] },
  { key: 'helpFooter', roles: ['employee'] },
];

/** "nápověda" for this person: what an employee can do, plus what their roles add. */
export function roleHelp(roles: ReadonlySet<Role>, lang: Language): string {
  return SECTIONS.filter((s) => s.roles.some((r) => roles.has(r))).map((s) => ti(lang, s.key)).join('\n');
}
