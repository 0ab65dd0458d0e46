import { z } from 'zod';

/**
 * The checks Teams (Developer Portal, admin centre upload) makes on the fields this
 * app uses, as a zod schema. Not the whole Microsoft schema: unknown top-level
 * fields pass through, but the ones we set are checked with Teams' own limits.
 */

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_GUID = '00000000-0000-0000-0000-000000000000';
/** Teams requires plain MAJOR.MINOR.PATCH: no pre-release or build suffix. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;
/** A file at the package root: Teams resolves icon and localisation paths relative to it. */
const ROOT_FILE = /^[\w.-]+\.(png|json)$/;
const SCOPES = ['personal', 'team', 'groupChat'] as const;

export const MAX_COMMANDS_PER_LIST = 10;
export const LIMITS = {
  nameShort: 30, nameFull: 100, descriptionShort: 80, descriptionFull: 4000,
  developerName: 32, url: 2048, commandTitle: 32, commandDescription: 128,
} as const;

const guid = (what: string) => z.string()
  .regex(GUID, `${what} must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`)
  .refine((v) => v !== NIL_GUID, `${what} is the all-zero placeholder GUID`);
const httpsUrl = z.string().max(LIMITS.url).url().refine((v) => v.startsWith('https://'), 'must be an https:// URL');
const text = (max: number) => z.string().trim().min(1).max(max);

const command = z.object({
  title: text(LIMITS.commandTitle),
  description: text(LIMITS.commandDescription),
}).strict();

const commandList = z.object({
  scopes: z.array(z.enum(SCOPES)).min(1),
  commands: z.array(command).min(1).max(MAX_COMMANDS_PER_LIST),
}).strict().superRefine((list, ctx) => {
  const titles = list.commands.map((c) => c.title.toLowerCase());
  const duplicate = titles.find((t, i) => titles.indexOf(t) !== i);
  if (duplicate) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `duplicate command title "${duplicate}"`, path: ['commands'] });
});

const bot = z.object({
  botId: guid('bots[].botId'),
  scopes: z.array(z.enum(SCOPES)).min(1),
  supportsFiles: z.boolean().optional(),
  isNotificationOnly: z.boolean().optional(),
  commandLists: z.array(commandList).max(3).optional(),
}).strict().superRefine((b, ctx) => {
  b.commandLists?.forEach((list, i) => {
    const outside = list.scopes.filter((s) => !b.scopes.includes(s));
    if (outside.length > 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['commandLists', i, 'scopes'], message: `scopes ${outside.join(', ')} are not scopes of the bot` });
    }
  });
});

export const manifestSchema = z.object({
  $schema: httpsUrl.optional(),
  manifestVersion: z.string().regex(/^(1\.(19|[2-9]\d)|devPreview)$/, 'manifestVersion must be 1.19 or newer (or devPreview)'),
  version: z.string().regex(SEMVER, 'version must be MAJOR.MINOR.PATCH (Teams accepts no pre-release suffix)'),
  id: guid('id'),
  localizationInfo: z.object({
    defaultLanguageTag: z.string().min(2),
    additionalLanguages: z.array(z.object({
      languageTag: z.string().min(2),
      file: z.string().regex(ROOT_FILE, 'localisation file must be a .json file at the package root'),
    }).strict()).optional(),
  }).strict().optional(),
  developer: z.object({
    name: text(LIMITS.developerName),
    websiteUrl: httpsUrl,
    privacyUrl: httpsUrl,
    termsOfUseUrl: httpsUrl,
    mpnId: z.string().max(10).optional(),
  }).strict(),
  name: z.object({ short: text(LIMITS.nameShort), full: text(LIMITS.nameFull).optional() }).strict(),
  description: z.object({ short: text(LIMITS.descriptionShort), full: text(LIMITS.descriptionFull) }).strict(),
  icons: z.object({
    color: z.string().regex(ROOT_FILE, 'icon must be a .png file at the package root'),
    outline: z.string().regex(ROOT_FILE, 'icon must be a .png file at the package root'),
  }).strict(),
  accentColor: z.string().regex(/^#[0-9a-f]{6}$/i, 'accentColor must be #rrggbb'),
  bots: z.array(bot).min(1).max(1),
  validDomains: z.array(z.string().max(2048).regex(HOST, 'validDomains entries are host names without scheme, port or path')).max(16),
  webApplicationInfo: z.object({ id: guid('webApplicationInfo.id'), resource: z.string().min(1) }).strict().optional(),
  defaultInstallScope: z.enum(SCOPES).optional(),
}).passthrough().superRefine((m, ctx) => {
  const custom = (message: string, path: (string | number)[]) => ctx.addIssue({ code: z.ZodIssueCode.custom, message, path });
  if (m.name.full !== undefined && m.name.full === m.name.short) custom('name.full must differ from name.short', ['name', 'full']);
  if (m.description.full === m.description.short) custom('description.full must differ from description.short', ['description', 'full']);
  if (m.description.full.includes(m.description.short)) custom('description.full must not repeat description.short', ['description', 'full']);
  const botId = m.bots[0]?.botId;
  if (m.webApplicationInfo && m.webApplicationInfo.id !== botId) custom('webApplicationInfo.id must be the bot id', ['webApplicationInfo', 'id']);
  if (m.webApplicationInfo && m.webApplicationInfo.resource !== `api://botid-${m.webApplicationInfo.id}`) {
    custom('webApplicationInfo.resource must be api://botid-<bot id> (bot SSO)', ['webApplicationInfo', 'resource']);
  }
});

export type TeamsManifest = z.infer<typeof manifestSchema>;

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function issues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`);
}

export function validateManifest(manifest: unknown): Validation<TeamsManifest> {
  const result = manifestSchema.safeParse(manifest);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: issues(result.error) };
}

const COMMAND_KEY = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$/;

const localizationSchema = z.object({
  $schema: httpsUrl.optional(),
  'name.short': text(LIMITS.nameShort),
  'name.full': text(LIMITS.nameFull),
  'description.short': text(LIMITS.descriptionShort),
  'description.full': text(LIMITS.descriptionFull),
}).catchall(z.string());

/**
 * Checks a localisation file (e.g. en.json) against the manifest it translates:
 * Teams' length limits, every key pointing at an existing command, and (our own
 * rule) every command translated, so no list shows a mix of languages.
 */
export function validateLocalization(localization: unknown, manifest: TeamsManifest): Validation<Record<string, string>> {
  const result = localizationSchema.safeParse(localization);
  if (!result.success) return { ok: false, errors: issues(result.error) };
  const errors: string[] = [];
  const known = new Set(['$schema', 'name.short', 'name.full', 'description.short', 'description.full']);
  const lists = manifest.bots[0]?.commandLists ?? [];
  for (const [key, value] of Object.entries(result.data)) {
    if (known.has(key)) continue;
    const match = COMMAND_KEY.exec(key);
    if (!match) { errors.push(`${key}: not a key this app localises`); continue; }
    const commandIndex = Number(match[2]);
    if (lists[Number(match[1])]?.commands[commandIndex] === undefined) errors.push(`${key}: no such command in the manifest`);
    const max = match[3] === 'title' ? LIMITS.commandTitle : LIMITS.commandDescription;
    if (value.trim().length === 0 || value.length > max) errors.push(`${key}: must be 1–${max} characters`);
  }
  lists.forEach((list, i) => list.commands.forEach((_, j) => {
    for (const field of ['title', 'description']) {
      const key = `bots[0].commandLists[${i}].commands[${j}].${field}`;
      if (!(key in result.data)) errors.push(`${key}: missing translation`);
    }
  }));
  return errors.length === 0 ? { ok: true, value: result.data } : { ok: false, errors };
}
