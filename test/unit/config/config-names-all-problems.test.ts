/** One start names every missing or wrong setting, also those that depend on others (issue #22). */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { ConfigError } from '../../../src/config/config-error.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

const keyOf = (problem: string) => problem.split(':')[0];

describe('a configuration with several problems', () => {
  it('production with nothing set names every required setting at once', () => {
    const keys = problemsOf({ NODE_ENV: 'production' }).map(keyOf);
    expect(keys).toEqual(expect.arrayContaining(['MicrosoftAppId', 'ALLOWED_TENANTS', 'GRAPH_TENANT_ID', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'GRAPH_CLIENT_SECRET']));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('a bad value elsewhere does not hide the settings that depend on each other', () => {
    const keys = problemsOf({ HELPDESK_MODE: 'production', MicrosoftAppId: 'not-a-guid', MicrosoftAppType: 'MultiTenant', ALLOWED_TENANTS: 'x', GRAPH_TENANT_ID: '11111111-2222-3333-4444-555555555555', GRAPH_CLIENT_ID: '11111111-2222-3333-4444-555555555555' }).map(keyOf);
    expect(keys.sort()).toEqual(['ALLOWED_TENANTS.0', 'GRAPH_CLIENT_SECRET', 'MicrosoftAppId', 'MicrosoftAppPassword']);
  });

  it('a managed identity with a password and no tenant is named with the other problems', () => {
    const keys = problemsOf({ HELPDESK_MODE: 'production', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppPassword: 'x', GRAPH_MANAGED_IDENTITY_CLIENT_ID: '11111111-2222-3333-4444-555555555555' }).map(keyOf);
    expect(keys.sort()).toEqual(['ALLOWED_TENANTS', 'GRAPH_TENANT_ID', 'MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId']);
  });

  it('local mode: a bad port does not hide a sandbox URL without its CA file', () => {
    const keys = problemsOf({ PORT: 'eighty', GRAPH_SANDBOX_URL: 'https://127.0.0.1:8443/v1.0' }).map(keyOf);
    expect(keys.sort()).toEqual(['GRAPH_SANDBOX_CA_FILE', 'PORT']);
  });
});
