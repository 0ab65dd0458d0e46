import { foldText } from '../text-fold.js';
import { emailMethod, seedAuthMethods } from './auth-method-seed.js';
import { ORG_TEMPLATES, GENERIC_TEMPLATE, IT_DEPARTMENT_KEY, type DepartmentTemplate, type Title } from './demo-org-templates.js';
import { ADMIN_ACCOUNTS, PERSONAS, type PersonaFixture } from './demo-personas.js';
import { DirectoryBuilder } from './directory-builder.js';
import type { DirectoryData, SandboxAuthMethod, SandboxUser } from './directory-types.js';
import { seedGroups, type SeededPeople } from './group-seed.js';
import { SeededRandom } from './seeded-random.js';
import type { SeedConfig } from './seed-config-loader.js';

export interface SeedOptions {
  /** PRNG seed; the same seed and config give the same directory. Default 20240115. */
  seed?: number;
  /** createdDateTime of seeded objects. Default 2024-01-15T08:00:00Z. */
  referenceDate?: Date;
}

type Org = SeedConfig['organisations'][number];
type Site = SeedConfig['sites'][number];
interface Placement { org: Org; site: Site | null; department: string }

/** Builds the demo tenant: directors, heads of department, staff, the personas, admin accounts, groups, sign-in methods. */
export function seedDemoDirectory(config: SeedConfig, options: SeedOptions = {}): DirectoryData {
  return new DemoSeeder(config, options).run();
}

class DemoSeeder {
  private readonly rng: SeededRandom;
  private readonly builder: DirectoryBuilder;
  private readonly created: string;
  private readonly authMethods: Record<string, SandboxAuthMethod[]> = {};
  private readonly defaultMethods: Record<string, string> = {};
  private readonly people: SeededPeople = { directors: [], itDepartment: [], admins: [], guests: [], helpdesk: [] };

  constructor(private readonly config: SeedConfig, options: SeedOptions) {
    this.rng = new SeededRandom(options.seed ?? 20240115);
    this.builder = new DirectoryBuilder(this.rng);
    this.builder.reserveIds(PERSONAS.map((p) => p.id));
    this.created = (options.referenceDate ?? new Date('2024-01-15T08:00:00Z')).toISOString();
  }

  run(): DirectoryData {
    for (const org of this.config.organisations) this.seedOrganisation(org);
    for (const persona of PERSONAS.filter((p) => p.role === 'guest')) this.addGuest(persona);
    const groups = seedGroups(this.config, this.builder.users, this.people, () => this.builder.newId());
    return { users: this.builder.users, ...groups, authMethods: this.authMethods, defaultMethods: this.defaultMethods };
  }

  private seedOrganisation(org: Org): void {
    const template = ORG_TEMPLATES[org.id] ?? GENERIC_TEMPLATE;
    const sites = this.config.sites.filter((s) => s.organisation === org.id);
    const primary = sites.find((s) => !s.remote) ?? sites[0] ?? null;
    const at: Placement = { org, site: primary, department: template.directorDepartment };
    const persona = PERSONAS.find((p) => p.role === 'director' && p.organisation === org.id);
    const director = persona ? this.addPersona(persona, at, null) : this.addGenerated(at, template.directorTitle, null);
    this.people.directors.push(director);
    for (const dept of template.departments) {
      const instances = dept.perSite ? sites.filter((s) => dept.perSite === 'all' || s.remote) : [primary];
      for (const site of instances) this.seedDepartment(org, dept, site, director.id);
    }
  }

  private seedDepartment(org: Org, dept: DepartmentTemplate, site: Site | null, directorId: string): void {
    const name = dept.name.replace('{site}', site?.name ?? org.name.cs);
    const at: Placement = { org, site, department: name };
    const here = PERSONAS.filter((p) => p.organisation === org.id && p.department === dept.key && (!dept.perSite || p.site === site?.id));
    const headPersona = here.find((p) => p.role === 'head');
    const head = headPersona ? this.addPersona(headPersona, at, directorId) : this.addGenerated(at, dept.headTitle, directorId);
    const members: SandboxUser[] = [head];
    for (const persona of here.filter((p) => p.role === 'staff')) {
      const user = this.addPersona(persona, at, head.id);
      if (persona.helpdeskRole) this.people.helpdesk.push(user);
      members.push(user);
    }
    if (dept.key === IT_DEPARTMENT_KEY) {
      for (const admin of ADMIN_ACCOUNTS) {
        const user = this.addUser(at, { givenName: admin.givenName, surname: admin.surname, jobTitle: admin.jobTitle }, head.id, false);
        this.people.admins.push({ user, roles: [...admin.roles], privilegedGroup: admin.privilegedGroup });
        members.push(user);
      }
    }
    while (members.length <= dept.staff) members.push(this.addGenerated(at, this.rng.pick(dept.titles), head.id));
    if (dept.key === IT_DEPARTMENT_KEY) this.people.itDepartment.push(...members);
  }

  private addGenerated(at: Placement, title: Title, managerId: string | null): SandboxUser {
    const person = this.builder.person();
    return this.addUser(at, { ...person, jobTitle: title[person.feminine ? 1 : 0] }, managerId, false, !this.rng.chance(0.015));
  }

  private addPersona(persona: PersonaFixture, at: Placement, managerId: string | null): SandboxUser {
    return this.addUser(at, persona, managerId, persona.richMethods ?? false, true);
  }

  private addUser(
    at: Placement,
    who: { id?: string; givenName: string; surname: string; jobTitle: string },
    managerId: string | null,
    rich: boolean,
    accountEnabled = true,
  ): SandboxUser {
    const mobilePhone = rich || this.rng.chance(0.6) ? this.builder.phone('7') : null;
    const user = this.builder.add({
      id: who.id,
      displayName: `${who.givenName} ${who.surname}`,
      givenName: who.givenName,
      surname: who.surname,
      upnLocal: `${who.givenName}.${who.surname}`,
      domain: at.org.domain,
      department: at.department,
      jobTitle: who.jobTitle,
      officeLocation: at.site?.name ?? null,
      city: this.districtName(at.site?.district),
      companyName: at.org.name.cs,
      accountEnabled,
      userType: 'Member',
      businessPhones: [this.builder.phone('37')],
      mobilePhone,
      preferredLanguage: 'cs-CZ',
      managerId,
    });
    const seeded = seedAuthMethods(this.rng, () => this.builder.newId(), this.created, mobilePhone, rich);
    if (rich) seeded.methods.push(emailMethod(`${foldText(who.givenName)}.${foldText(who.surname)}@example.com`));
    this.authMethods[user.id] = seeded.methods;
    this.defaultMethods[user.id] = seeded.defaultId;
    return user;
  }

  private addGuest(persona: PersonaFixture): void {
    const vendor = this.config.vendors.find((v) => v.technicians.includes(persona.id) || v.id === persona.vendor);
    const district = vendor ? this.config.districts.find((d) => d.vendor === vendor.id) : undefined;
    const home = persona.homeMail ?? `${foldText(persona.givenName)}@guest.invalid`;
    const tenantDomain = (this.config.organisations[0] as Org).domain.split('.').slice(1).join('.');
    const user = this.builder.add({
      id: persona.id,
      displayName: `${persona.givenName} ${persona.surname}`,
      givenName: persona.givenName,
      surname: persona.surname,
      upnLocal: `${home.replace('@', '_')}#EXT#`,
      domain: tenantDomain,
      mail: home,
      department: null,
      jobTitle: persona.jobTitle,
      officeLocation: null,
      city: district?.name ?? null,
      companyName: vendor?.name ?? null,
      accountEnabled: true,
      userType: 'Guest',
      businessPhones: [],
      mobilePhone: this.builder.phone('6'),
      preferredLanguage: 'cs-CZ',
      managerId: null,
    });
    this.authMethods[user.id] = [];
    this.people.guests.push(user);
  }

  private districtName(id: string | undefined): string | null {
    return this.config.districts.find((d) => d.id === id)?.name ?? null;
  }
}
