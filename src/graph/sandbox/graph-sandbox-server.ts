import { createServer, type Server } from 'node:https';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';
import { projectRoot } from '../../config/project-root.js';
import { registerAccountRoutes } from './account-routes.js';
import { registerAuthMethodRoutes } from './auth-method-routes.js';
import { seedDemoDirectory } from './demo-directory-seed.js';
import { FaultInjector } from './fault-injector.js';
import { registerMembershipRoutes } from './membership-routes.js';
import { SandboxDirectory } from './sandbox-directory.js';
import { SandboxRequestHandler, type RequestLogEntry } from './sandbox-request-handler.js';
import { SandboxRouter } from './sandbox-router.js';
import { loadSeedConfig, type SeedConfig } from './seed-config-loader.js';
import { registerUserRoutes } from './user-routes.js';

export interface GraphSandboxOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1 (the certificate covers 127.0.0.1, ::1 and localhost). */
  host?: string;
  /** A ready directory; otherwise one is seeded from `seedConfig` or `seedConfigPath` (default config/demo.yaml). */
  directory?: SandboxDirectory;
  seedConfig?: SeedConfig;
  seedConfigPath?: string;
  seed?: number;
  /** Time stamped on records and errors. Default: the wall clock. */
  now?: () => Date;
  /** Validity start of the TLS certificate; must be real time, since TLS checks it. Default: the wall clock. */
  wallClock?: () => Date;
  /** Which bearer tokens pass; default any non-empty token. */
  acceptToken?: (token: string) => boolean;
}

export interface GraphSandbox {
  /** Origin, e.g. "https://127.0.0.1:49152"; Graph's root is `${url}/v1.0`. Use it as the client's baseUrl. */
  url: string;
  host: string;
  port: number;
  /** The self-signed certificate (PEM) to trust as a CA. */
  caPem: string;
  directory: SandboxDirectory;
  faults: FaultInjector;
  /** Every request received, in order. */
  requests: RequestLogEntry[];
  /** TLS connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

/** Starts the local Microsoft Graph v1.0 sandbox over HTTPS. */
export async function startGraphSandbox(options: GraphSandboxOptions = {}): Promise<GraphSandbox> {
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? (() => new Date());
  const directory = options.directory ?? new SandboxDirectory(seedDemoDirectory(
    options.seedConfig ?? loadSeedConfig(options.seedConfigPath ?? path.join(projectRoot(), 'config', 'demo.yaml')),
    { seed: options.seed },
  ));
  const pems = await createCertificate((options.wallClock ?? (() => new Date()))());
  const router = new SandboxRouter();
  registerUserRoutes(router);
  registerAccountRoutes(router);
  registerMembershipRoutes(router);
  registerAuthMethodRoutes(router);
  const faults = new FaultInjector();
  const timers = new Set<{ timer: NodeJS.Timeout; resolve: (done: boolean) => void }>();
  const held = new Set<ServerResponse>();
  let origin = '';
  const handler = new SandboxRequestHandler({
    router, directory, faults, now, origin: () => origin,
    acceptToken: options.acceptToken ?? ((t) => t.length > 0),
    wait: (ms) => new Promise<boolean>((resolve) => {
      const entry = { timer: setTimeout(() => { timers.delete(entry); resolve(true); }, ms), resolve };
      timers.add(entry);
    }),
    hold: (res) => held.add(res),
  });
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    void handler.handle(req, res);
  });
  // Idle connections stay open longer than the bot's client keeps them (GRAPH_KEEP_ALIVE_MS): the client
  // closes first, and never reuses a connection the server has just closed.
  server.keepAliveTimeout = 65_000;
  let connections = 0;
  server.on('secureConnection', () => connections++);
  const port = await listen(server, options.port ?? 0, host);
  origin = `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: origin, host, port, caPem: pems.cert, directory, faults, requests: handler.log, connections: () => connections,
    close: async () => {
      for (const t of timers) { clearTimeout(t.timer); t.resolve(false); }
      timers.clear();
      for (const res of held) res.destroy();
      held.clear();
      const closed = new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
      server.closeAllConnections();
      await closed;
    },
  };
}

async function createCertificate(notBefore: Date): Promise<{ private: string; cert: string }> {
  const start = new Date(notBefore.getTime() - 60 * 60 * 1000);
  const end = new Date(start.getTime() + 30 * 24 * 60 * 60 * 1000);
  return generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec', curve: 'P-256', algorithm: 'sha256', notBeforeDate: start, notAfterDate: end,
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
    ],
  });
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
