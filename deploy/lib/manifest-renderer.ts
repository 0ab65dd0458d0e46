import { GUID } from './manifest-validator.js';

/** What packaging fills into manifest.template.json. */
export interface RenderValues {
  /** The bot's Entra app (client) id: botId, webApplicationInfo.id and its api://botid- resource. */
  readonly appId: string;
  /** The app version, from package.json. */
  readonly version: string;
  /** The host the bot is served from (validDomains). */
  readonly domain: string;
  /** The Teams app id; defaults to the bot id, which is what single-bot apps usually use. */
  readonly teamsAppId?: string;
  /** Replaces the template's developer block (publisher details of this deployment). */
  readonly developer?: DeveloperInfo;
}

export interface DeveloperInfo {
  readonly name: string;
  readonly websiteUrl: string;
  readonly privacyUrl: string;
  readonly termsOfUseUrl: string;
}

const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;

/** Accepts a bare host or a URL (e.g. the bot endpoint) and returns the lower-case host name. */
export function normaliseDomain(input: string): string {
  const trimmed = input.trim();
  const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? new URL(trimmed).hostname : trimmed.replace(/\/.*$/, '');
  return host.toLowerCase();
}

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

function substitute(node: unknown, values: Readonly<Record<string, string | undefined>>, missing: Set<string>): unknown {
  if (typeof node === 'string') {
    return node.replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) missing.add(name);
      return value ?? whole;
    });
  }
  if (Array.isArray(node)) return node.map((item) => substitute(item, values, missing));
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, substitute(value, values, missing)]));
  }
  return node;
}

/**
 * Fills the template's {{PLACEHOLDERS}} inside string values (never by text
 * replacement on the JSON, so a value cannot break the document). Throws when a
 * placeholder has no value; shape and limits are validateManifest's job.
 */
export function renderManifest(template: unknown, values: RenderValues): Record<string, unknown> {
  const appId = values.appId.trim().toLowerCase();
  const missing = new Set<string>();
  const rendered = substitute(template, {
    APP_ID: appId,
    TEAMS_APP_ID: (values.teamsAppId ?? appId).trim().toLowerCase(),
    VERSION: values.version,
    BOT_DOMAIN: normaliseDomain(values.domain),
  }, missing);
  if (missing.size > 0) throw new Error(`manifest template placeholders without a value: ${[...missing].join(', ')}`);
  if (rendered === null || typeof rendered !== 'object' || Array.isArray(rendered)) throw new Error('manifest template must be a JSON object');
  const manifest = rendered as Record<string, unknown>;
  return values.developer ? { ...manifest, developer: { ...values.developer } } : manifest;
}
