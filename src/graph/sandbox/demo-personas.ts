import { IT_DEPARTMENT_KEY } from './demo-org-templates.js';

/**
 * Fixture: the personas of the Agents Playground configuration, with their fixed Entra object ids.
 * They are placed into the generated organisation chart (heads get staff, staff get a head as manager).
 */
export interface PersonaFixture {
  id: string;
  givenName: string;
  surname: string;
  /** Organisation id from the config; guests name the vendor instead. */
  organisation: string | null;
  /** Department template key; for per-site departments also `site`. */
  department: string | null;
  site: string | null;
  /** `director`: the organisation's director (top of its chart; an organisation manager in the reports). */
  role: 'director' | 'head' | 'staff' | 'guest';
  jobTitle: string;
  /** Guests only: the home mail address. */
  homeMail?: string;
  /** Guests only: the vendor (config id) they work for when they are not one of its technicians (a contract manager). */
  vendor?: string;
  helpdeskRole?: boolean;
  /** Gives the persona a mobile and an alternate mobile phone (to exercise the deletion rule). */
  richMethods?: boolean;
}

export const PERSONAS: readonly PersonaFixture[] = [
  {
    id: '00000000-0000-0000-0000-0000000000020', givenName: 'Alex', surname: 'Wilber', organisation: 'KU',
    department: 'regionalni-rozvoj', site: null, role: 'staff', jobTitle: 'Referent', richMethods: true,
  },
  {
    id: '00000000-0000-0000-0000-0000000000021', givenName: 'Megan', surname: 'Bowen', organisation: 'KU',
    department: IT_DEPARTMENT_KEY, site: null, role: 'staff', jobTitle: 'Technička service desku', helpdeskRole: true,
  },
  {
    id: '00000000-0000-0000-0000-0000000000022', givenName: 'Adele', surname: 'Vance', organisation: 'KU',
    department: IT_DEPARTMENT_KEY, site: null, role: 'head', jobTitle: 'Vedoucí odboru informatiky',
  },
  {
    id: '00000000-0000-0000-0000-0000000000023', givenName: 'Isaiah', surname: 'Langer', organisation: 'SUS',
    department: 'cestmistrovstvi', site: 'sus-klatovy', role: 'staff', jobTitle: 'Technik údržby',
  },
  {
    id: '00000000-0000-0000-0000-0000000000024', givenName: 'Patti', surname: 'Fernandez', organisation: null,
    department: null, site: null, role: 'guest', jobTitle: 'Servisní technik', homeMail: 'patti.fernandez@it-sumava.cz',
  },
  {
    id: '00000000-0000-0000-0000-0000000000027', givenName: 'Johanna', surname: 'Lorenz', organisation: null,
    department: null, site: null, role: 'guest', jobTitle: 'Manažerka smluv', homeMail: 'johanna.lorenz@it-sumava.cz', vendor: 'vendor-klatovy',
  },
  {
    id: '00000000-0000-0000-0000-0000000000025', givenName: 'Lynne', surname: 'Robbins', organisation: 'KU',
    department: IT_DEPARTMENT_KEY, site: null, role: 'staff', jobTitle: 'Specialistka sítí a serverů',
  },
  {
    id: '00000000-0000-0000-0000-0000000000026', givenName: 'Diego', surname: 'Siciliani', organisation: 'SUS',
    department: null, site: null, role: 'director', jobTitle: 'Ředitel',
  },
];

/** Fixture: accounts holding admin directory roles (out of a Helpdesk Administrator's reach). */
export const ADMIN_ACCOUNTS = [
  { givenName: 'Správce', surname: 'Globální', jobTitle: 'Správce systému', roles: ['globalAdministrator'] as const, privilegedGroup: true },
  { givenName: 'Tomáš', surname: 'Bartoš', jobTitle: 'Správce identit', roles: ['userAdministrator'] as const, privilegedGroup: false },
  { givenName: 'Lenka', surname: 'Kovářová', jobTitle: 'Správkyně serverů', roles: ['privilegedRoleAdministrator', 'exchangeAdministrator'] as const, privilegedGroup: true },
];

export const PRIVILEGED_GROUP_NAME = 'Privilegovaní uživatelé';
