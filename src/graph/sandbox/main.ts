/**
 * Starts the Graph sandbox alone: `npm run graph-sandbox -- --port 8443`.
 * Prints the URL and the path of the CA certificate it wrote; stops on SIGINT / SIGTERM.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startGraphSandbox } from './graph-sandbox-server.js';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' }, config: { type: 'string' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${values.port}`);
  const sandbox = await startGraphSandbox({ port, host: values.host, seedConfigPath: values.config });
  const dir = mkdtempSync(path.join(tmpdir(), 'graph-sandbox-'));
  const caFile = path.join(dir, 'ca.pem');
  writeFileSync(caFile, sandbox.caPem);
  process.stdout.write(`Graph sandbox: ${sandbox.url}/v1.0 (${sandbox.directory.users.size} users)\n`);
  process.stdout.write(`CA certificate: ${caFile}\n`);
  process.stdout.write(`Faults: POST ${sandbox.url}/_sandbox/faults  Records: GET ${sandbox.url}/_sandbox/records\n`);
  const stop = (signal: string): void => {
    process.stdout.write(`${signal}: stopping the Graph sandbox\n`);
    void sandbox.close().finally(() => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`graph-sandbox: ${(err as Error).message}\n`);
  process.exit(1);
});
