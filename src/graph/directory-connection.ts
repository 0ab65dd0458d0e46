import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import { readFileSync } from 'node:fs';
import type { Client } from '@microsoft/microsoft-graph-client';
import { ConfigError } from '../config/config-error.js';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/load-config.js';
import type { DirectoryPort } from '../services/ports.js';
import { createGraphClient } from './graph-client-factory.js';
import { GraphDirectory } from './graph-directory.js';
import { startGraphSandbox, type GraphSandbox } from './sandbox/graph-sandbox-server.js';

export interface DirectoryConnection {
  directory: DirectoryPort;
  /** The Graph client behind `directory` (account operations use it too). */
  client: Client;
  /** The in-process Graph sandbox in local mode; null in production. */
  sandbox: GraphSandbox | null;
  close(): Promise<void>;
}

export interface DirectoryConnectionOptions {
  timeoutMs?: number;
}

/**
 * Local mode: starts the Graph sandbox (seeded from the domain config) on GRAPH_SANDBOX_PORT and talks to it over HTTPS.
 * Production: Microsoft Graph with a client secret or a managed identity.
 */
export async function connectDirectory(config: AppConfig, logger: Logger, options: DirectoryConnectionOptions = {}): Promise<DirectoryConnection> {
  if (config.mode === 'local' && config.env.GRAPH_SANDBOX_URL && config.env.GRAPH_SANDBOX_CA_FILE) {
    let caPem: string;
    try {
      caPem = readFileSync(config.env.GRAPH_SANDBOX_CA_FILE, 'utf8');
    } catch (err) {
      throw new ConfigError('environment (local mode)', [`GRAPH_SANDBOX_CA_FILE: cannot read ${config.env.GRAPH_SANDBOX_CA_FILE}: ${(err as Error).message}`]);
    }
    const client = createGraphClient({ kind: 'sandbox', baseUrl: config.env.GRAPH_SANDBOX_URL, caPem, timeoutMs: options.timeoutMs });
    logger.info({ url: config.env.GRAPH_SANDBOX_URL }, 'using the Graph sandbox of another process');
    return { directory: new GraphDirectory(client), client, sandbox: null, close: async () => undefined };
  }
  if (config.mode === 'local') {
    const sandbox = await startGraphSandbox({ port: config.env.GRAPH_SANDBOX_PORT, seedConfig: config.domain });
    logger.info({ url: sandbox.url, users: sandbox.directory.users.size }, 'graph sandbox started');
    const client = createGraphClient({ kind: 'sandbox', baseUrl: sandbox.url, caPem: sandbox.caPem, timeoutMs: options.timeoutMs });
    return { directory: new GraphDirectory(client), client, sandbox, close: () => sandbox.close() };
  }
  const e = config.env;
  const credential: TokenCredential = e.GRAPH_CLIENT_ID && e.GRAPH_CLIENT_SECRET
    ? new ClientSecretCredential(e.GRAPH_TENANT_ID, e.GRAPH_CLIENT_ID, e.GRAPH_CLIENT_SECRET)
    : new ManagedIdentityCredential({ clientId: e.GRAPH_MANAGED_IDENTITY_CLIENT_ID as string });
  const client = createGraphClient({ kind: 'azure', credential, baseUrl: e.GRAPH_BASE_URL, timeoutMs: options.timeoutMs });
  return { directory: new GraphDirectory(client), client, sandbox: null, close: async () => undefined };
}
