/**
 * The Graph sandbox's control endpoint (POST/GET/DELETE /_sandbox/faults, GET /_sandbox/records) as
 * seen from an e2e test: the sandbox runs inside the bot process on GRAPH_SANDBOX_PORT, over HTTPS
 * with a self-signed certificate the test does not have, so only loopback is called and the
 * certificate is not verified.
 */
import { request } from 'node:https';

export interface SandboxFaultRule {
  path: string;
  method?: string;
  times?: number;
  action:
    | { type: 'status'; status: number; code?: string; retryAfterSeconds?: number }
    | { type: 'delay'; ms: number }
    | { type: 'down'; mode?: 'reset' | 'hang' };
}

export interface SandboxRecords {
  passwordChanges: Array<{ userId: string; forceChangePasswordNextSignIn?: boolean }>;
  revokedSessions: Array<{ userId: string }>;
  faultsServed: Array<{ method: string; path: string; action: SandboxFaultRule['action'] }>;
}

export class GraphSandboxControl {
  constructor(readonly port: number) {}

  addFault(rule: SandboxFaultRule | SandboxFaultRule[]): Promise<unknown> {
    return this.call('POST', '/_sandbox/faults', rule, 201);
  }

  pendingFaults(): Promise<{ value: unknown[] }> {
    return this.call('GET', '/_sandbox/faults', undefined, 200) as Promise<{ value: unknown[] }>;
  }

  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/_sandbox/faults', undefined, 204);
  }

  records(): Promise<SandboxRecords> {
    return this.call('GET', '/_sandbox/records', undefined, 200) as Promise<SandboxRecords>;
  }

  private call(method: string, path: string, body: unknown, expected: number): Promise<unknown> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1', port: this.port, path, method, rejectUnauthorized: false, timeout: 5000,
          headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== expected) {
              reject(new Error(`${method} ${path}: HTTP ${res.statusCode} (expected ${expected}): ${text}`));
              return;
            }
            resolve(text ? JSON.parse(text) : undefined);
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timed out`)));
      req.on('error', reject);
      req.end(payload);
    });
  }
}
