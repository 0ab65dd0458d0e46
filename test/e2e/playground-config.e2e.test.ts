/** The Playground configs generated for the personas, and the root file that agrees with them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import {
  PERSONAS,
  ROOT_CONFIG_FILE,
  TEAM,
  findPersona,
  personalChatId,
  playgroundConfig,
  renderRootConfig,
} from '../../scripts/playground-personas.js';

interface User {
  id: string;
  aadObjectId: string;
  email: string;
}

describe('Playground persona configs', () => {
  it('root .m365agentsplayground.yml is the generated one for Alex (regenerate: npx tsx scripts/playground-personas.ts --write-root)', () => {
    expect(readFileSync(ROOT_CONFIG_FILE, 'utf8')).toBe(renderRootConfig());
    const root = YAML.parse(readFileSync(ROOT_CONFIG_FILE, 'utf8')) as { currentUser: User; team: { channels: unknown[] } };
    expect(root.currentUser.aadObjectId).toBe('00000000-0000-0000-0000-0000000000020');
    expect(root.team.channels).toHaveLength(1); // the stock schema allows one channel besides General
  });

  it.each(PERSONAS.map((p) => [p.givenName, p] as const))('%s: signed in, all others as the five users', (_, p) => {
    const cfg = playgroundConfig(p) as { currentUser: User; users: User[]; personalChat: { id: string } };
    expect(cfg.currentUser.aadObjectId).toBe(p.aadObjectId);
    expect(cfg.users).toHaveLength(5);
    const all = [cfg.currentUser, ...cfg.users];
    expect(new Set(all.map((u) => u.aadObjectId)).size).toBe(6);
    expect(new Set(all.map((u) => u.id)).size).toBe(6);
    expect(cfg.personalChat.id).toBe(personalChatId(p));
    expect(p.email).toMatch(/^[a-z]+\.[a-z]+@[a-z]+\.demo-kraj\.cz$/);
  });

  it('gives every persona its own personal chat and the team both channels', () => {
    expect(new Set(PERSONAS.map(personalChatId)).size).toBe(PERSONAS.length);
    const cfg = playgroundConfig(findPersona('Lynne')) as { team: { name: string; channels: { name: string }[] } };
    expect(cfg.team.name).toBe('OIT');
    expect(cfg.team.channels.map((c) => c.name)).toEqual(TEAM.channels.map((c) => c.name));
    expect(cfg.team.channels.map((c) => c.name)).toEqual(['Service desk', 'Síť a servery']);
  });

  it('finds personas by first name, accent- and case-insensitively', () => {
    expect(findPersona('megan').aadObjectId).toBe('00000000-0000-0000-0000-0000000000021');
    expect(findPersona('LYNNE').playgroundId).toBe('user-id-5');
    expect(findPersona('Patti Fernandez').role).toContain('vendor');
    expect(() => findPersona('Nobody')).toThrow(/Alex, Megan/);
  });
});
