import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadConfig, resolveMode } from '../../../src/config/load-config.js';
import { ConfigError } from '../../../src/config/config-error.js';
import { projectRoot } from '../../../src/config/project-root.js';
import { tempDir } from '../../support/temp-dir.js';

const GUID = '11111111-2222-3333-4444-555555555555';
const PRODUCTION = {
  HELPDESK_MODE: 'production',
  MicrosoftAppId: GUID,
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: GUID,
  ALLOWED_TENANTS: GUID,
  GRAPH_TENANT_ID: GUID,
  GRAPH_CLIENT_ID: GUID,
  GRAPH_CLIENT_SECRET: 'not-a-real-secret',
};

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('with no settings is local mode with the demo config, on 127.0.0.1:3978 and ./data', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('local');
    expect(config.env.HOST).toBe('127.0.0.1');
    expect(config.env.PORT).toBe(3978);
    expect(config.env.DATA_DIR).toBe(path.resolve('data'));
    expect(config.configFile).toBe(path.join(projectRoot(), 'config', 'demo.yaml'));
    expect(config.domain.organisations.map((o) => o.id)).toEqual(['KU', 'SUS', 'CN', 'ZH']);
    expect(config.domain.districts).toHaveLength(7);
    expect(Object.isFrozen(config.domain.sla.priorities.P1)).toBe(true);
  });

  it('never binds local mode to another address', () => {
    expect(errorOf(() => loadConfig({ HOST: '0.0.0.0' })).message).toContain('HOST');
  });

  it('is production when asked, when NODE_ENV=production or when an app id is set; never falls back to local', () => {
    expect(resolveMode({ HELPDESK_MODE: 'production' })).toBe('production');
    expect(resolveMode({ NODE_ENV: 'production' })).toBe('production');
    expect(resolveMode({ MicrosoftAppId: GUID })).toBe('production');
    expect(resolveMode({ HELPDESK_MODE: 'local', MicrosoftAppId: GUID })).toBe('local');
    expect(errorOf(() => resolveMode({ HELPDESK_MODE: 'prod' })).message).toContain('HELPDESK_MODE');
  });

  it('starts production mode with a complete configuration', () => {
    const config = loadConfig(PRODUCTION);
    expect(config.mode).toBe('production');
    if (config.mode !== 'production') throw new Error('unreachable');
    expect(config.env.ALLOWED_TENANTS).toEqual([GUID]);
    expect(config.env.HOST).toBe('0.0.0.0');
  });

  const required = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'ALLOWED_TENANTS', 'GRAPH_TENANT_ID', 'GRAPH_CLIENT_SECRET'] as const;
  it.each(required)('refuses production without %s and names it', (key) => {
    const env: Record<string, string> = { ...PRODUCTION };
    delete env[key];
    const error = errorOf(() => loadConfig(env));
    expect(error.source).toContain('environment (production mode)');
    expect(error.message).toContain(key);
  });

  it('refuses production with NODE_ENV=production and nothing else', () => {
    const error = errorOf(() => loadConfig({ NODE_ENV: 'production' }));
    expect(error.message).toContain('MicrosoftAppId');
    expect(error.message).toContain('ALLOWED_TENANTS');
  });

  it('accepts a user-assigned managed identity without a password, and refuses one with a password', () => {
    const msi = { ...PRODUCTION, MicrosoftAppType: 'UserAssignedMSI', GRAPH_MANAGED_IDENTITY_CLIENT_ID: GUID } as Record<string, string>;
    delete msi.MicrosoftAppPassword;
    delete msi.GRAPH_CLIENT_SECRET;
    expect(loadConfig(msi).mode).toBe('production');
    expect(errorOf(() => loadConfig({ ...msi, MicrosoftAppPassword: 'x' })).message).toContain('MicrosoftAppPassword');
  });

  it('refuses a Graph endpoint that is not https in production', () => {
    expect(errorOf(() => loadConfig({ ...PRODUCTION, GRAPH_BASE_URL: 'http://localhost:1234' })).message).toContain('GRAPH_BASE_URL');
  });

  it('wants the URL and the CA file of a sandbox in another process together', () => {
    expect(errorOf(() => loadConfig({ GRAPH_SANDBOX_URL: 'https://127.0.0.1:8443/v1.0' })).message).toContain('GRAPH_SANDBOX_CA_FILE');
    expect(errorOf(() => loadConfig({ GRAPH_SANDBOX_URL: 'http://127.0.0.1:8443', GRAPH_SANDBOX_CA_FILE: '/x' })).message).toContain('https');
  });

  it('refuses the injected clock in production, and a short alerts token anywhere', () => {
    expect(errorOf(() => loadConfig({ ...PRODUCTION, HELPDESK_FAKE_NOW: '2026-11-25T21:00:00Z' })).message).toContain('HELPDESK_FAKE_NOW');
    expect(loadConfig({ HELPDESK_FAKE_NOW: '2026-11-25T21:00:00Z' }).env).toMatchObject({ HELPDESK_FAKE_NOW: '2026-11-25T21:00:00Z' });
    expect(errorOf(() => loadConfig({ HELPDESK_FAKE_NOW: 'tomorrow' })).message).toContain('HELPDESK_FAKE_NOW');
    expect(errorOf(() => loadConfig({ ...PRODUCTION, ALERTS_TOKEN: 'short' })).message).toContain('ALERTS_TOKEN');
    expect(loadConfig({ ...PRODUCTION, ALERTS_TOKEN: 'x'.repeat(32) }).env.ALERTS_TOKEN).toHaveLength(32);
  });

  it('names the file and the key of a bad domain configuration', () => {
    const { dir, cleanup } = tempDir();
    try {
      const demo = parse(readFileSync(path.join(projectRoot(), 'config', 'demo.yaml'), 'utf8'));
      demo.categories[0].team = 'nobody';
      demo.sla.priorities.P2.response = 'soon';
      const file = path.join(dir, 'bad.yaml');
      writeFileSync(file, stringify(demo));
      const error = errorOf(() => loadConfig({ HELPDESK_CONFIG: file }));
      expect(error.source).toBe(file);
      expect(error.message).toContain('categories.0.team: unknown team "nobody"');
      expect(error.message).toContain('sla.priorities.P2.response');
    } finally {
      cleanup();
    }
  });

  it('names the file when it is missing or not YAML', () => {
    const error = errorOf(() => loadConfig({ HELPDESK_CONFIG: '/nonexistent/helpdesk.yaml' }));
    expect(error.message).toContain('/nonexistent/helpdesk.yaml');
  });
});
