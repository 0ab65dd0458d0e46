import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError, formatIssues } from './config-error.js';
import { domainConfigSchema, type DomainConfig } from './domain-schema.js';
import { localDependencies, localEnvSchema, productionDependencies, productionEnvSchema, type LocalEnv, type ProductionEnv } from './runtime-schema.js';
import { projectRoot } from './project-root.js';

export type AppConfig =
  | { mode: 'local'; env: LocalEnv; domain: DomainConfig; configFile: string; root: string }
  | { mode: 'production'; env: ProductionEnv; domain: DomainConfig; configFile: string; root: string };

type Env = Record<string, string | undefined>;

/** Decides the mode. Production is never left for local by itself: it must be asked for explicitly or implied. */
export function resolveMode(env: Env): 'local' | 'production' {
  const explicit = env.HELPDESK_MODE?.trim();
  if (explicit === 'local' || explicit === 'production') return explicit;
  if (explicit) throw new ConfigError('environment', [`HELPDESK_MODE: expected "local" or "production", got "${explicit}"`]);
  if (env.NODE_ENV === 'production' || env.MicrosoftAppId) return 'production';
  return 'local';
}

export function loadDomainConfig(file: string): DomainConfig {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(file, [`cannot read or parse: ${(err as Error).message}`]);
  }
  const parsed = domainConfigSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(file, formatIssues(parsed.error.issues));
  return deepFreeze(parsed.data);
}

/** The one place that reads process.env. Validates everything once and returns a frozen object. */
export function loadConfig(env: Env = process.env): AppConfig {
  const root = projectRoot();
  const mode = resolveMode(env);
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const schema = mode === 'local' ? localEnvSchema : productionEnvSchema;
  const parsed = schema.safeParse(clean);
  if (!parsed.success) {
    // zod skips the checks of settings that depend on each other when any key failed: add them, so that one start names every problem
    const problems = formatIssues(parsed.error.issues);
    const dependent = formatIssues((mode === 'local' ? localDependencies : productionDependencies)(clean));
    throw new ConfigError(`environment (${mode} mode)`, [...problems, ...dependent.filter((p) => !problems.includes(p))]);
  }
  const configFile = parsed.data.HELPDESK_CONFIG ? path.resolve(parsed.data.HELPDESK_CONFIG) : path.join(root, 'config', 'demo.yaml');
  const domain = loadDomainConfig(configFile);
  const dataDir = path.resolve(parsed.data.DATA_DIR);
  return deepFreeze({ mode, env: { ...parsed.data, DATA_DIR: dataDir }, domain, configFile, root } as AppConfig);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
