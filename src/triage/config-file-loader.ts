import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type DomainConfig, domainConfigSchema } from '../config/domain-schema.js';
import { projectRoot } from './project-paths.js';

/** The demo domain config, for the triage CLI, eval and bench (the bot gets its config from compose). */
export const DEMO_CONFIG_PATH = join(projectRoot(), 'config', 'demo.yaml');

/** Reads and validates a domain config YAML file. */
export function loadDomainConfigFile(path: string = DEMO_CONFIG_PATH): DomainConfig {
  return domainConfigSchema.parse(parse(readFileSync(path, 'utf8')));
}
