import type { Client } from '@microsoft/microsoft-graph-client';
import type { DirectoryConnection } from './directory-connection.js';
import { createGraphClient, type GraphRetryOptions } from './graph-client-factory.js';

export interface AccountGraphClientOptions {
  retry?: GraphRetryOptions;
  timeoutMs?: number;
}

/**
 * The Graph client for account operations: against the sandbox of a local connection its own client
 * (so tests can set small retry delays and timeouts), in production the connection's client.
 */
export function accountGraphClient(connection: DirectoryConnection, options: AccountGraphClientOptions = {}): Client {
  if (connection.sandbox) {
    return createGraphClient({ kind: 'sandbox', baseUrl: connection.sandbox.url, caPem: connection.sandbox.caPem, ...options });
  }
  return connection.client;
}
