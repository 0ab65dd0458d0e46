import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { AppConfig } from '../config/load-config.js';

/**
 * The Bot Framework adapter. Empty settings = no authentication (local mode only; production
 * settings are checked by the config).
 */
export function createAdapter(settings: Record<string, string>): CloudAdapter {
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));
}

/** The adapter's settings from the config: none in local mode (no authentication), the app's identity in production. */
export function adapterSettings(config: AppConfig): Record<string, string> {
  if (config.mode === 'local') return {};
  const e = config.env;
  return {
    MicrosoftAppId: e.MicrosoftAppId,
    MicrosoftAppType: e.MicrosoftAppType,
    ...(e.MicrosoftAppPassword ? { MicrosoftAppPassword: e.MicrosoftAppPassword } : {}),
    ...(e.MicrosoftAppTenantId ? { MicrosoftAppTenantId: e.MicrosoftAppTenantId } : {}),
  };
}
