import type { TokenCredential } from '@azure/identity';
import {
  AuthenticationHandler, Client, HTTPMessageHandler, RedirectHandler, RedirectHandlerOptions, RetryHandler,
  RetryHandlerOptions, TelemetryHandler, type AuthenticationProvider, type Middleware,
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js';
import { Agent } from 'undici';
import { TimeoutHandler } from './timeout-handler.js';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
/**
 * Connections to Graph are kept and reused, at most this many at a time (more requests wait for a
 * free one). Unbounded, a burst of directory look-ups (50 people starting a report at once) opened
 * a TLS connection each; under load every handshake's round trips waited behind the turns, and a
 * look-up took seconds instead of milliseconds (measured: p99 of a create-ticket turn at 50
 * conversations 1.8 s → 0.4–0.9 s).
 */
export const GRAPH_MAX_CONNECTIONS = 16;
export const GRAPH_KEEP_ALIVE_MS = 30_000;

export interface GraphRetryOptions {
  /** Retries after the first attempt for 429 / 503 / 504 (client default 3, its maximum 10). */
  maxRetries?: number;
  /** Base delay in seconds when no Retry-After is sent (client default 3). */
  delaySeconds?: number;
  /** Give up instead of waiting when Retry-After asks for longer than this (default 10 s: a chat turn cannot wait minutes). */
  maxRetryAfterSeconds?: number;
}

interface CommonOptions {
  /** Per attempt; default 5000 ms. */
  timeoutMs?: number;
  retry?: GraphRetryOptions;
}

export type GraphClientOptions =
  | (CommonOptions & {
      kind: 'sandbox';
      /** The sandbox origin, e.g. "https://127.0.0.1:49152" (a trailing /v1.0 is accepted too). */
      baseUrl: string;
      /** PEM of the sandbox's self-signed certificate. */
      caPem: string;
      /** Default "sandbox-token". */
      token?: string;
    })
  | (CommonOptions & {
      kind: 'azure';
      /** A ClientSecretCredential or ManagedIdentityCredential from @azure/identity. */
      credential: TokenCredential;
      /** Default https://graph.microsoft.com (a trailing /v1.0 or /beta is taken as the version). */
      baseUrl?: string;
    });

/** Builds the Graph client: sandbox (static token, trusted self-signed CA) or Azure (token credential). */
export function createGraphClient(options: GraphClientOptions): Client {
  if (options.kind === 'sandbox') {
    const base = splitBaseUrl(options.baseUrl);
    const token = options.token ?? 'sandbox-token';
    const authProvider: AuthenticationProvider = { getAccessToken: async () => token };
    return Client.initWithMiddleware({
      middleware: middlewareChain(authProvider, options),
      ...base,
      customHosts: new Set([new URL(base.baseUrl).hostname.replace(/^\[|\]$/g, '')]),
      fetchOptions: { dispatcher: connectionPool(options.caPem) } as Record<string, unknown>,
    });
  }
  const authProvider = new TokenCredentialAuthenticationProvider(options.credential, { scopes: [GRAPH_SCOPE] });
  return Client.initWithMiddleware({
    middleware: middlewareChain(authProvider, options),
    ...(options.baseUrl ? splitBaseUrl(options.baseUrl) : {}),
    fetchOptions: { dispatcher: connectionPool() } as Record<string, unknown>,
  });
}

/** Kept-alive, bounded connections (trusting the sandbox's self-signed certificate when given). */
function connectionPool(caPem?: string): Agent {
  return new Agent({ connections: GRAPH_MAX_CONNECTIONS, keepAliveTimeout: GRAPH_KEEP_ALIVE_MS, ...(caPem ? { connect: { ca: caPem } } : {}) });
}

/** "https://host/v1.0" → origin + version (the client adds the version itself); "https://host" → origin only. */
function splitBaseUrl(url: string): { baseUrl: string; defaultVersion?: string } {
  const parsed = new URL(url);
  const version = parsed.pathname.replace(/^\/+|\/+$/g, '');
  return version ? { baseUrl: parsed.origin, defaultVersion: version } : { baseUrl: parsed.origin };
}

/**
 * The client's default chain (auth → retry → redirect → telemetry → HTTP) with retry options applied
 * and a TimeoutHandler before the HTTP call.
 */
function middlewareChain(authProvider: AuthenticationProvider, options: CommonOptions): Middleware[] {
  const retry = options.retry ?? {};
  const maxRetryAfter = retry.maxRetryAfterSeconds ?? 10;
  const shouldRetry = (_delay: number, _attempt: number, _req: unknown, _opts: unknown, response: Response): boolean => {
    const header = response.headers?.get('Retry-After');
    if (header === null || header === undefined) return true;
    const seconds = Number.isNaN(Number(header)) ? Number.POSITIVE_INFINITY : Number(header);
    return seconds <= maxRetryAfter;
  };
  return [
    new AuthenticationHandler(authProvider),
    new RetryHandler(new RetryHandlerOptions(retry.delaySeconds ?? 3, retry.maxRetries ?? 3, shouldRetry)),
    new RedirectHandler(new RedirectHandlerOptions()),
    new TelemetryHandler(),
    new TimeoutHandler(options.timeoutMs ?? 5000),
    new HTTPMessageHandler(),
  ];
}
