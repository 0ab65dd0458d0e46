/**
 * Builds the Teams app package: deploy/build/helpdesk-teams-app.zip with
 * manifest.json, color.png, outline.png and en.json at the zip root.
 *
 *   npm run package -- --app-id <bot app id> --domain <bot host> [--teams-app-id <guid>]
 *                      [--developer <publisher.json>] [--out <file.zip>]
 *
 * The bot id comes from --app-id, else MICROSOFT_APP_ID, else MicrosoftAppId; the
 * domain from --domain, else BOT_DOMAIN (a URL is accepted: its host is used); the
 * version from package.json. This packaging script is the only place under deploy/
 * that reads process.env, and only in main().
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import AdmZip from 'adm-zip';
import { validateIcons } from './lib/icon-validator.js';
import { isGuid, normaliseDomain, renderManifest, type DeveloperInfo, type RenderValues } from './lib/manifest-renderer.js';
import { validateLocalization, validateManifest, type TeamsManifest, type Validation } from './lib/manifest-validator.js';

export { renderManifest, normaliseDomain, type RenderValues, type DeveloperInfo } from './lib/manifest-renderer.js';
export { validateManifest, validateLocalization, type TeamsManifest, type Validation } from './lib/manifest-validator.js';
export { validateIcons } from './lib/icon-validator.js';

export const MANIFEST_DIR = fileURLToPath(new URL('./manifest/', import.meta.url));
export const DEFAULT_OUT_FILE = fileURLToPath(new URL('./build/helpdesk-teams-app.zip', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));

export interface PackageSettings {
  readonly values: RenderValues;
  readonly outFile: string;
}

const USAGE = 'usage: npm run package -- --app-id <bot app id (GUID)> --domain <bot host> '
  + '[--teams-app-id <GUID>] [--developer <publisher.json>] [--out <file.zip>]';

function readDeveloper(file: string): DeveloperInfo {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<DeveloperInfo>;
  const { name, websiteUrl, privacyUrl, termsOfUseUrl } = data;
  if (!name || !websiteUrl || !privacyUrl || !termsOfUseUrl) {
    throw new Error(`${file} must hold name, websiteUrl, privacyUrl and termsOfUseUrl`);
  }
  return { name, websiteUrl, privacyUrl, termsOfUseUrl };
}

/** Works out what to package from the command line, the environment and package.json; pure apart from reading --developer. */
export function resolveSettings(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  packageVersion: string,
): Validation<PackageSettings> {
  let flags;
  try {
    flags = parseArgs({
      args: [...argv],
      options: {
        'app-id': { type: 'string' }, 'teams-app-id': { type: 'string' }, domain: { type: 'string' },
        developer: { type: 'string' }, out: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    return { ok: false, errors: [(error as Error).message, USAGE] };
  }
  const errors: string[] = [];
  const appId = (flags['app-id'] ?? env['MICROSOFT_APP_ID'] ?? env['MicrosoftAppId'] ?? '').trim();
  if (appId === '') errors.push('the bot app id is missing: pass --app-id or set MICROSOFT_APP_ID (or MicrosoftAppId)');
  else if (!isGuid(appId)) errors.push(`the bot app id "${appId}" is not a GUID (the Entra app registration's client id)`);
  const teamsAppId = flags['teams-app-id']?.trim();
  if (teamsAppId !== undefined && !isGuid(teamsAppId)) errors.push(`--teams-app-id "${teamsAppId}" is not a GUID`);
  const domain = (flags.domain ?? env['BOT_DOMAIN'] ?? '').trim();
  if (domain === '') errors.push('the bot domain is missing: pass --domain or set BOT_DOMAIN (e.g. helpdesk-oit.azurewebsites.net)');
  let developer: DeveloperInfo | undefined;
  try {
    developer = flags.developer === undefined ? undefined : readDeveloper(flags.developer);
  } catch (error) {
    errors.push(`--developer: ${(error as Error).message}`);
  }
  if (errors.length > 0) return { ok: false, errors: [...errors, USAGE] };
  return {
    ok: true,
    value: {
      values: { appId, version: packageVersion, domain: normaliseDomain(domain), ...(teamsAppId ? { teamsAppId } : {}), ...(developer ? { developer } : {}) },
      outFile: flags.out ?? DEFAULT_OUT_FILE,
    },
  };
}

export interface PackageResult {
  readonly outFile: string;
  readonly manifest: TeamsManifest;
  readonly entries: readonly string[];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** Renders and checks everything first; writes the zip only when the whole package is valid. */
export function buildPackage(manifestDir: string, settings: PackageSettings): Validation<PackageResult> {
  let rendered: unknown;
  try {
    rendered = renderManifest(readJson(join(manifestDir, 'manifest.template.json')), settings.values);
  } catch (error) {
    return { ok: false, errors: [`manifest.template.json: ${(error as Error).message}`] };
  }
  const checked = validateManifest(rendered);
  if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => `manifest: ${e}`) };
  const manifest = checked.value;
  const errors: string[] = [];
  const files = new Map<string, Buffer>();
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const content = readFileSync(join(manifestDir, language.file));
    const localized = validateLocalization(JSON.parse(content.toString('utf8')) as unknown, manifest);
    if (!localized.ok) errors.push(...localized.errors.map((e) => `${language.file}: ${e}`));
    files.set(language.file, content);
  }
  const color = readFileSync(join(manifestDir, manifest.icons.color));
  const outline = readFileSync(join(manifestDir, manifest.icons.outline));
  const icons = validateIcons({ color, outline });
  if (!icons.ok) errors.push(...icons.errors);
  if (errors.length > 0) return { ok: false, errors };
  files.set(manifest.icons.color, color).set(manifest.icons.outline, outline);

  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(rendered, null, 2)}\n`, 'utf8'));
  for (const [name, content] of files) zip.addFile(name, content);
  mkdirSync(dirname(settings.outFile), { recursive: true });
  writeFileSync(settings.outFile, zip.toBuffer());
  return { ok: true, value: { outFile: settings.outFile, manifest, entries: ['manifest.json', ...files.keys()] } };
}

/** Hints that do not stop packaging but should be fixed before a real upload. */
export function packageWarnings(manifest: TeamsManifest): string[] {
  const { websiteUrl, privacyUrl, termsOfUseUrl } = manifest.developer;
  const placeholder = [websiteUrl, privacyUrl, termsOfUseUrl].some((url) => /^https:\/\/([^/]*\.)?example\.[a-z]+(\/|$)/i.test(url));
  return placeholder ? ['developer URLs are still the example.cz placeholders: pass --developer <publisher.json> or edit the template'] : [];
}

function main(): number {
  const pkg = readJson(PACKAGE_JSON) as { version?: string };
  const settings = resolveSettings(process.argv.slice(2), process.env, pkg.version ?? '');
  if (!settings.ok) {
    console.error(`Cannot package the Teams app:\n  ${settings.errors.join('\n  ')}`);
    return 1;
  }
  const result = buildPackage(MANIFEST_DIR, settings.value);
  if (!result.ok) {
    console.error(`The Teams app package is not valid:\n  ${result.errors.join('\n  ')}`);
    return 1;
  }
  for (const warning of packageWarnings(result.value.manifest)) console.warn(`warning: ${warning}`);
  const { manifest, outFile, entries } = result.value;
  console.log(`Wrote ${outFile} (${entries.join(', ')}): app ${manifest.id}, version ${manifest.version}, domain ${manifest.validDomains.join(', ')}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
