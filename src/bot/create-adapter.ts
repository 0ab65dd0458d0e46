import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication, ClaimsIdentity, ConnectorFactory } from 'botframework-connector';
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
 * Told of each incoming activity as soon as it is authenticated, before the adapter creates the
 * turn's connector client and context and runs the bot's logic on it: the bot thread starts its
 * work on the turn meanwhile (`BotThreadHost`).
 */
export interface TurnStarter {
  /** `activity` is authenticated; returns what to call once the adapter is done with it, whether the logic ran or not. */
  authenticated(activity: Activity): () => void;
}

/** The CloudAdapter, telling `starter` of each authenticated activity before it builds the turn. */
class EarlyStartAdapter extends CloudAdapter {
  constructor(authentication: BotFrameworkAuthentication, private readonly starter: TurnStarter) {
    super(authentication);
  }

  protected override async processActivity(
    auth: string | AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    // as CloudAdapterBase does first; a request that fails authentication never reaches the starter
    const authenticated = typeof auth === 'string' ? await this.botFrameworkAuthentication.authenticateRequest(activity, auth) : auth;
    if (authenticated.callerId) activity.callerId = authenticated.callerId; // as the base sets it, before the activity leaves
    const done = this.starter.authenticated(activity);
    try {
      return await super.processActivity(authenticated, activity, logic);
    } finally {
      done();
    }
  }
}

/**
 * The Bot Framework adapter, its connector clients sending through `outbound`. Empty settings = no
 * authentication (local mode only; production settings are checked by the config). With `starter`,
 * it is told of each activity once authenticated (the HTTP thread of the two-thread layout).
 */
export function createAdapter(settings: Record<string, string>, outbound: OutboundGate, starter?: TurnStarter): CloudAdapter {
  const authentication = new GatedAuthentication(settings, outbound);
  return starter ? new EarlyStartAdapter(authentication, starter) : new CloudAdapter(authentication);
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
