import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadDomainConfig, type AppConfig } from '../../src/config/load-config.js';
import { createGraphClient } from '../../src/graph/graph-client-factory.js';
import { connectDirectory } from '../../src/graph/directory-connection.js';
import { startGraphSandbox } from '../../src/graph/sandbox/graph-sandbox-server.js';

describe('connectDirectory (local mode)', () => {
  it('starts the sandbox from the domain config and answers through GraphDirectory; close() stops it', async () => {
    const domain = loadDomainConfig(path.resolve('config/demo.yaml'));
    const config = { mode: 'local', env: { GRAPH_SANDBOX_PORT: 0 }, domain } as unknown as AppConfig;
    const connection = await connectDirectory(config, pino({ level: 'silent' }));
    try {
      expect((await connection.directory.getUser('00000000-0000-0000-0000-0000000000023'))?.city).toBe('Klatovy');
      const sandbox = connection.sandbox!;
      const withVersion = createGraphClient({ kind: 'sandbox', baseUrl: `${sandbox.url}/v1.0`, caPem: sandbox.caPem });
      expect((await withVersion.api('/users/alex.wilber@ku.demo-kraj.cz').get()).id).toBe('00000000-0000-0000-0000-0000000000020');
    } finally {
      await connection.close();
    }
    await expect(connection.directory.getUser('00000000-0000-0000-0000-0000000000023')).rejects.toMatchObject({ name: 'GraphUnavailableError', reason: 'network' });
  });

  it('uses a sandbox running in another process when given its URL and CA file; a missing CA file is a config error', async () => {
    const domain = loadDomainConfig(path.resolve('config/demo.yaml'));
    const sandbox = await startGraphSandbox({ seedConfig: domain });
    const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-ca-'));
    try {
      writeFileSync(path.join(dir, 'ca.pem'), sandbox.caPem);
      const env = { GRAPH_SANDBOX_PORT: 0, GRAPH_SANDBOX_URL: `${sandbox.url}/v1.0`, GRAPH_SANDBOX_CA_FILE: path.join(dir, 'ca.pem') };
      const connection = await connectDirectory({ mode: 'local', env, domain } as unknown as AppConfig, pino({ level: 'silent' }));
      expect(connection.sandbox).toBeNull();
      expect((await connection.directory.getUser('00000000-0000-0000-0000-0000000000023'))?.city).toBe('Klatovy');
      await connection.close();
      const missing = { mode: 'local', env: { ...env, GRAPH_SANDBOX_CA_FILE: path.join(dir, 'nope.pem') }, domain } as unknown as AppConfig;
      await expect(connectDirectory(missing, pino({ level: 'silent' }))).rejects.toThrow(/GRAPH_SANDBOX_CA_FILE/u);
    } finally {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
