import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import type { AuthenticateRequestResult, ClaimsIdentity, ConnectorFactory } from 'botframework-connector';
import type { AppConfig } from '../config/load-config.js';
import type { OutboundGate } from './outbound-gate.js';

/**
 * Bot Framework authentication whose connector clients all send through the outbound gate: those
 * made for incoming activities (`authenticateRequest`, `authenticateStreamingRequest`) and for
 * proactive messages (`createConnectorFactory`).
 */
class GatedAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(settings: Record<string, string>, private readonly outbound: OutboundGate) {
    super(settings);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.gated(await super.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.gated(await super.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.gatedFactory(super.createConnectorFactory(claimsIdentity));
  }

  private gated(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.gatedFactory(result.connectorFactory) } : result;
  }

  private gatedFactory(factory: ConnectorFactory): ConnectorFactory {
    return { create: async (serviceUrl: string, audience?: string) => this.outbound.install(await factory.create(serviceUrl, audience)) };
  }
}

/**
 * The Bot Framework adapter, its connector clients sending through `outbound`. Empty settings = no
 * authentication (local mode only; production settings are checked by the config).
 */
export function createAdapter(settings: Record<string, string>, outbound: OutboundGate): CloudAdapter {
  return new CloudAdapter(new GatedAuthentication(settings, outbound));
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
