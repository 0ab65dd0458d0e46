import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/graph/text-fold.js';
import { seedDemoDirectory } from '../../src/graph/sandbox/demo-directory-seed.js';
import { SandboxDirectory } from '../../src/graph/sandbox/sandbox-directory.js';
import { loadSeedConfig } from '../../src/graph/sandbox/seed-config-loader.js';

const config = loadSeedConfig(path.resolve('config/demo.yaml'));
const data = seedDemoDirectory(config);
const directory = new SandboxDirectory(data);
const orgName = (id: string) => config.organisations.find((o) => o.id === id)!.name.cs;
const countOf = (id: string) => data.users.filter((u) => u.companyName === orgName(id)).length;

describe('demo directory seed', () => {
  it.each([['KU', 370], ['SUS', 120], ['CN', 20], ['ZH', 40]])('%s has about %i users', (id, expected) => {
    expect(Math.abs(countOf(id) - expected)).toBeLessThanOrEqual(expected * 0.1);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    expect(seedDemoDirectory(config)).toEqual(data);
    const other = seedDemoDirectory(config, { seed: 7 });
    expect(other.users.map((u) => u.displayName)).not.toEqual(data.users.map((u) => u.displayName));
    expect(other.users.filter((u) => u.id.startsWith('00000000-')).map((u) => u.id).sort())
      .toEqual(data.users.filter((u) => u.id.startsWith('00000000-')).map((u) => u.id).sort());
  });

  it('has unique UPNs and GUID-shaped generated ids that never collide with the personas', () => {
    const upns = data.users.map((u) => u.userPrincipalName.toLowerCase());
    expect(new Set(upns).size).toBe(upns.length);
    const ids = [...data.users.map((u) => u.id), ...data.groups.map((g) => g.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const u of data.users.filter((x) => !x.id.startsWith('00000000-0000-0000-0000-00000000000'))) {
      expect(u.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    for (const u of data.users.filter((x) => x.userType === 'Member')) {
      expect(u.userPrincipalName).toMatch(/^[a-z]+\.[a-z]+\d*@[a-z.-]+$/);
      expect(u.userPrincipalName.split('@')[0]).toBe(foldText(`${u.givenName}.${u.surname}`) + (u.userPrincipalName.match(/(\d+)@/)?.[1] ?? ''));
    }
  });

  it('places the six personas exactly', () => {
    const get = (id: string) => directory.findUser(`00000000-0000-0000-0000-00000000000${id}`)!;
    const alex = get('20');
    expect(alex).toMatchObject({ displayName: 'Alex Wilber', userPrincipalName: 'alex.wilber@ku.demo-kraj.cz', officeLocation: 'Krajský úřad, Škroupova 18', city: 'Plzeň-město', companyName: 'Krajský úřad' });
    const alexManager = directory.managerOf(alex)!;
    expect(alexManager.id).not.toBe(get('22').id);
    expect(alexManager.jobTitle).toMatch(/^Vedoucí/);
    expect(alexManager.companyName).toBe('Krajský úřad');
    expect(directory.managerOf(get('21'))?.id).toBe(get('22').id);
    expect(directory.managerOf(get('25'))?.id).toBe(get('22').id);
    expect(get('22').department).toBe('Odbor informatiky');
    expect(directory.directReportsOf(get('22')).length).toBeGreaterThan(5);
    expect(get('23')).toMatchObject({ displayName: 'Isaiah Langer', officeLocation: 'Cestmistrovství Klatovy', city: 'Klatovy', companyName: 'Správa údržby silnic' });
    expect(get('24')).toMatchObject({ displayName: 'Patti Fernandez', userType: 'Guest', companyName: 'IT Šumava s.r.o.', city: 'Klatovy' });
    expect(directory.managerOf(get('24'))).toBeUndefined();
  });

  it('has acyclic manager chains that end at one director per organisation', () => {
    const roots = new Set<string>();
    for (const user of data.users.filter((u) => u.userType === 'Member')) {
      const seen = new Set<string>();
      let current = user;
      while (current.managerId) {
        expect(seen.has(current.id)).toBe(false);
        seen.add(current.id);
        current = directory.findUser(current.managerId)!;
        expect(current.companyName).toBe(user.companyName);
      }
      roots.add(current.id);
    }
    expect(roots.size).toBe(config.organisations.length);
  });

  it('uses feminine surname forms for women and Czech sites and districts from the config', () => {
    const women = data.users.filter((u) => u.givenName === 'Jana');
    expect(women.length).toBeGreaterThan(0);
    for (const w of women) expect(w.surname).toMatch(/(ová|á)$/);
    const siteNames = new Set(config.sites.map((s) => s.name));
    const districts = new Set(config.districts.map((d) => d.name));
    for (const u of data.users.filter((x) => x.userType === 'Member')) {
      expect(siteNames.has(u.officeLocation!)).toBe(true);
      expect(districts.has(u.city!)).toBe(true);
    }
  });

  it('protects admin role holders and the role-assignable group, not ordinary users or helpdesk staff', () => {
    const globalAdmin = directory.findUser('spravce.globalni@ku.demo-kraj.cz')!;
    expect(globalAdmin.jobTitle).toBe('Správce systému');
    expect(directory.transitiveMemberOf(globalAdmin.id).some((o) => o.kind === 'role' && o.role.displayName === 'Global Administrator')).toBe(true);
    expect(directory.isProtected(globalAdmin)).toBe(true);
    const group = data.groups.find((g) => g.displayName === 'Privilegovaní uživatelé')!;
    expect(group.isAssignableToRole).toBe(true);
    const protectedCount = data.users.filter((u) => directory.isProtected(u)).length;
    expect(protectedCount).toBeGreaterThanOrEqual(3);
    expect(protectedCount).toBeLessThan(10);
    for (const id of ['20', '21', '22', '23', '25']) expect(directory.isProtected(directory.findUser(`00000000-0000-0000-0000-00000000000${id}`)!)).toBe(false);
  });
});
