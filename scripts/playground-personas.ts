/**
 * Personas for the Microsoft 365 Agents Playground (local Teams client) and the
 * Playground config file each of them gets.
 *
 * The Playground's config (`.m365agentsplayground.yml`, schema 0.1.1) wants one
 * `currentUser` and exactly five other `users`: each config lists the current
 * persona and the first five others (the organisation manager and the vendor's
 * contract manager, last in the list, are left out of the others' group chat and
 * team, where they would not be).
 * Each persona gets its own personal-chat conversation id, as in real Teams
 * (the Playground uses `personalChat.id` literally).
 *
 * Regenerate the root `.m365agentsplayground.yml` (Alex, one extra channel so
 * that a plain `npx agentsplayground` accepts it):
 *   npx tsx scripts/playground-personas.ts --write-root
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import YAML from 'yaml';

export interface Persona {
  /** Lower-case first name, used by `npm run dev -- --as <first name>`. */
  readonly key: string;
  /** Playground user id (`from.id` in activities). */
  readonly playgroundId: string;
  /** Entra object id (`from.aadObjectId`): the identity the bot uses. */
  readonly aadObjectId: string;
  readonly name: string;
  readonly givenName: string;
  readonly surname: string;
  readonly email: string;
  readonly role: string;
}

const DOMAIN = 'demo-kraj.cz';

function persona(
  n: number,
  givenName: string,
  surname: string,
  org: string,
  role: string,
): Persona {
  const email = `${givenName}.${surname}@${org}.${DOMAIN}`.toLowerCase();
  return {
    key: givenName.toLowerCase(),
    playgroundId: `user-id-${n}`,
    aadObjectId: `00000000-0000-0000-0000-00000000000${20 + n}`,
    name: `${givenName} ${surname}`,
    givenName,
    surname,
    email,
    role,
  };
}

export const PERSONAS: readonly Persona[] = Object.freeze([
  persona(0, 'Alex', 'Wilber', 'ku', 'employee, KU'),
  persona(1, 'Megan', 'Bowen', 'ku', 'service-desk technician'),
  persona(2, 'Adele', 'Vance', 'ku', 'head of OIT'),
  persona(3, 'Isaiah', 'Langer', 'sus', 'employee, SUS, Klatovy'),
  persona(4, 'Patti', 'Fernandez', 'dodavatel', 'vendor technician, Klatovy'),
  persona(5, 'Lynne', 'Robbins', 'ku', 'network and servers technician'),
  persona(6, 'Diego', 'Siciliani', 'sus', 'director of SUS (organisation manager)'),
  persona(7, 'Johanna', 'Lorenz', 'dodavatel', 'contract manager of IT Šumava (vendor, Klatovy)'),
]);

/** The Playground takes exactly five other users: the first five personas besides the signed-in one. */
const OTHER_USERS = 5;

export const TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const BOT = Object.freeze({ id: '00000000-0000-0000-0000-00000000000011', name: 'Helpdesk OIT' });
export const TEAM = Object.freeze({
  id: '19:team-oit@thread.tacv2',
  name: 'OIT',
  aadGroupId: '00000000-0000-0000-0000-000000000031',
  channels: Object.freeze([
    Object.freeze({ id: '19:channel-service-desk@thread.tacv2', name: 'Service desk' }),
    Object.freeze({ id: '19:channel-sit-a-servery@thread.tacv2', name: 'Síť a servery' }),
  ]),
});
export const GROUP_CHAT = Object.freeze({ id: '19:group-chat-oit@thread.v2', name: 'OIT porada' });

/** Finds a persona by first name, Playground id or aadObjectId (case- and accent-insensitive). */
export function findPersona(nameOrId: string): Persona {
  const wanted = fold(nameOrId);
  const found = PERSONAS.find(
    (p) => p.key === wanted || fold(p.name) === wanted || p.playgroundId === wanted || p.aadObjectId === wanted,
  );
  if (!found) {
    throw new Error(`Unknown persona "${nameOrId}"; use one of: ${PERSONAS.map((p) => p.givenName).join(', ')}`);
  }
  return found;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

/** The persona's own 1:1 conversation id with the bot (stable across runs). */
export function personalChatId(p: Persona): string {
  return `a:personal-chat-${p.key}`;
}

export interface ConfigOptions {
  /**
   * The stock Playground schema allows only ONE channel besides General.
   * `scripts/playground-launcher.ts` lifts that limit; pass `false` for a file
   * that a plain `npx agentsplayground` accepts (then only "Service desk").
   */
  readonly allChannels?: boolean;
}

function user(p: Persona): Record<string, string> {
  return {
    id: p.playgroundId,
    name: p.name,
    userPrincipleName: p.email, // sic: the Playground's own spelling
    aadObjectId: p.aadObjectId,
    givenName: p.givenName,
    surname: p.surname,
    email: p.email,
  };
}

/** The Playground config object with `current` signed in and all others as users. */
export function playgroundConfig(current: Persona, options: ConfigOptions = {}): Record<string, unknown> {
  const channels = options.allChannels === false ? TEAM.channels.slice(0, 1) : TEAM.channels;
  return {
    version: '0.1.1',
    tenantId: TENANT_ID,
    bot: { ...BOT },
    currentUser: user(current),
    users: PERSONAS.filter((p) => p !== current).slice(0, OTHER_USERS).map(user),
    personalChat: { id: personalChatId(current) },
    groupChat: { ...GROUP_CHAT },
    team: {
      id: TEAM.id,
      name: TEAM.name,
      aadGroupId: TEAM.aadGroupId,
      channels: channels.map((c) => ({ ...c })),
    },
  };
}

/** YAML text of {@link playgroundConfig}, with a header saying where it comes from. */
export function renderPlaygroundConfig(current: Persona, options: ConfigOptions = {}): string {
  const header = [
    '# Microsoft 365 Agents Playground config (schema 0.1.1), generated by',
    '# scripts/playground-personas.ts: do not edit by hand.',
    `# Signed in as ${current.name} (${current.role}).`,
    options.allChannels === false
      ? '# Only one channel besides General: the stock Playground allows no more.'
      : '# Two channels besides General: needs scripts/playground-launcher.ts.',
  ].join('\n');
  return `${header}\n${YAML.stringify(playgroundConfig(current, options))}`;
}

export const ROOT_CONFIG_FILE = fileURLToPath(new URL('../.m365agentsplayground.yml', import.meta.url));

/** The root config: Alex, stock-compatible. */
export function renderRootConfig(): string {
  return renderPlaygroundConfig(findPersona('alex'), { allChannels: false });
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain && process.argv.includes('--write-root')) {
  writeFileSync(ROOT_CONFIG_FILE, renderRootConfig());
  console.log(`wrote ${ROOT_CONFIG_FILE}`);
}
