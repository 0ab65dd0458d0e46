import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/load-config.js';
import { adapterSettings } from './create-adapter.js';

/** Checks the Bot Framework token of a request from its Authorization header alone, before the body is read. */
export interface RequestAuthenticator {
  /** True = a valid Bot Framework token for this bot; false = refuse with 401 (why is logged, never answered). */
  authenticate(authorization: string | undefined): Promise<boolean>;
}

/** Teams' channel id: the signing key must endorse it. */
const TEAMS_CHANNEL = 'msteams';
/** What the Bot Framework signs its tokens with (the SDK's own allowed list). */
const SIGNING_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);
const BEARER = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/u;

/**
 * The token check of production mode, in front of the CloudAdapter (which checks it again with the
 * activity, including the serviceUrl claim). Uses the SDK's public `BotFrameworkAuthentication`
 * (`authenticateStreamingRequest`: the header and the channel id, no activity). A token that is not
 * a signed JWT with an allowed algorithm and a key id is refused without asking the SDK (no key
 * fetch for an unsigned or HMAC token); a failure to fetch the signing keys is refused too, and
 * logged as an error, since no Teams message can get in until it is fixed.
 */
export class BotTokenAuthenticator implements RequestAuthenticator {
  private readonly auth: ConfigurationBotFrameworkAuthentication;

  constructor(settings: Record<string, string>, private readonly logger: Logger) {
    this.auth = new ConfigurationBotFrameworkAuthentication(settings);
  }

  async authenticate(authorization: string | undefined): Promise<boolean> {
    const match = BEARER.exec(authorization?.trim() ?? '');
    if (!match) return this.refuse('missing or malformed bearer token');
    const header = decodeJson(match[1]!);
    if (!header || typeof header.alg !== 'string' || !SIGNING_ALGORITHMS.has(header.alg) || typeof header.kid !== 'string') {
      return this.refuse('token not signed with an allowed algorithm and key id');
    }
    try {
      await this.auth.authenticateStreamingRequest(`Bearer ${match[1]}.${match[2]}.${match[3]}`, TEAMS_CHANNEL);
      return true;
    } catch (err) {
      if (keysUnavailable(err)) {
        this.logger.error({ err: (err as Error).message }, 'Bot Framework token could not be checked (signing keys unavailable?): request refused');
        return false;
      }
      return this.refuse(`token refused: ${(err as Error).message}`);
    }
  }

  private refuse(reason: string): false {
    this.logger.warn({ reason }, 'request refused: authentication failed');
    return false;
  }
}

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : null;
  } catch {
    return null;
  }
}

/**
 * The token could not be judged: the OpenID metadata or the signing keys could not be fetched (a
 * network error, or the SDK's AuthenticationError with status 500), rather than a token that is wrong
 * (an AuthenticationError with 401, or jsonwebtoken's verification errors).
 */
function keysUnavailable(err: unknown): boolean {
  if (err instanceof AuthenticationError) return err.statusCode !== 401;
  const name = (err as { name?: unknown }).name;
  return !(name === 'JsonWebTokenError' || name === 'TokenExpiredError' || name === 'NotBeforeError');
}

/** Production: the token check in front of the adapter, with the adapter's settings; local mode has none (authentication off). */
export function requestAuthenticator(config: AppConfig, logger: Logger): RequestAuthenticator | undefined {
  return config.mode === 'production' ? new BotTokenAuthenticator(adapterSettings(config), logger) : undefined;
}
