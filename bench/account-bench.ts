/**
 * Account benchmark: (1) a confirmed password reset — from POSTing the confirming Action.Execute to
 * the moment both the temporary-password card reached the loopback connector and the result card
 * came back — with the real bot in process and the Graph sandbox over HTTPS on loopback; (2) the
 * policy decision, with directory look-ups cached (warm) and uncached (cold, two HTTPS look-ups).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Agent, request } from 'undici';
import { loadConfig } from '../src/config/load-config.js';
import { composeApp } from '../src/compose.js';
import { createLogger } from '../src/logging/logger.js';
import { DEFAULT_ACCOUNT_POLICY } from '../src/config/account-policy-config.js';
import { startGraphSandbox } from '../src/graph/sandbox/graph-sandbox-server.js';
import { createGraphClient } from '../src/graph/graph-client-factory.js';
import { GraphDirectory } from '../src/graph/graph-directory.js';
import { CachedDirectory } from '../src/graph/cached-directory.js';
import { GraphAccountOperations } from '../src/graph/graph-account-operations.js';
import { CachedAccountPrivilege } from '../src/graph/cached-account-privilege.js';
import { AccountPolicyService } from '../src/services/account-policy-service.js';
import { ConnectorStub } from '../test/support/connector-stub.js';
import { MEGAN } from '../test/support/activities.js';
import { invokeActivity } from '../test/integration/accounts-support.js';
import { quantile } from './turn-load.js';
import type { BenchRow } from './bench-row.js';

const RESETS = 200;
const WARMUP = 20;
const DECISIONS = 2000;
const logger = createLogger('silent');
const clock = { now: () => new Date() };

export async function runAccountBench(): Promise<BenchRow[]> {
  const reset = await benchConfirmedReset();
  const policy = await benchPolicyDecision();
  return [
    { name: `accounts: confirmed password reset, click → result card at connector (p50, ${RESETS} resets)`, value: round(reset.p50), unit: 'ms', target: 'info', pass: true },
    { name: `accounts: confirmed password reset, click → result card at connector (p99, ${RESETS} resets)`, value: round(reset.p99), unit: 'ms', target: '< 200 ms', pass: reset.p99 < 200 },
    { name: `accounts: policy decision, cached look-ups (p99 of ${DECISIONS})`, value: round(policy.warm), unit: 'ms', target: '< 20 ms', pass: policy.warm < 20 },
    { name: `accounts: policy decision, cold look-ups over HTTPS, once per TTL (p99 of ${policy.coldCount})`, value: round(policy.cold), unit: 'ms', target: 'info', pass: true },
  ];
}

async function benchConfirmedReset(): Promise<{ p50: number; p99: number }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'account-bench-'));
  const connector = await new ConnectorStub().start();
  // Limits raised so that hundreds of resets by one technician are not handed to a human.
  const app = await composeApp(loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }), {
    logger, accountPolicy: { ...DEFAULT_ACCOUNT_POLICY, perRequesterPer24h: 1e6, resetLimitPerTargetPer24h: 1e6 },
  });
  const dispatcher = new Agent({ keepAliveTimeout: 30_000 });
  try {
    const { url } = await app.start();
    const sandbox = app.graph!.sandbox!;
    const targets = sandbox.directory.allUsers().filter((u) => u.userType === 'Member' && !sandbox.directory.isProtected(u) && u.id !== MEGAN.aadObjectId);
    const service = app.accounts!.service;
    const times: number[] = [];
    for (let i = 0; i < WARMUP + RESETS; i++) {
      const target = targets[i % targets.length]!;
      const outcome = await service.prepare({ id: MEGAN.aadObjectId, name: MEGAN.name, lang: 'cs' }, target.id, 'resetPassword');
      if (outcome.kind !== 'confirm') throw new Error(`bench: expected a confirmation, got ${outcome.kind}`);
      const before = connector.received.length;
      const body = JSON.stringify(invokeActivity(connector.url, MEGAN, 'account.confirm', { pendingId: outcome.pendingId }));
      const t0 = performance.now();
      const res = await request(`${url}/api/messages`, { method: 'POST', body, headers: { 'content-type': 'application/json' }, dispatcher });
      const answer = await res.body.text();
      await connector.waitFor((a) => connector.received.indexOf(a) >= before && JSON.stringify(a.activity).includes('"size":"Large"'));
      const ms = performance.now() - t0;
      if (!answer.includes('je resetováno')) throw new Error(`bench: reset not confirmed: ${answer.slice(0, 200)}`);
      if (i >= WARMUP) times.push(ms);
    }
    times.sort((a, b) => a - b);
    return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
  } finally {
    await dispatcher.close();
    await app.stop();
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchPolicyDecision(): Promise<{ warm: number; cold: number; coldCount: number }> {
  const config = loadConfig({});
  const sandbox = await startGraphSandbox({ seedConfig: config.domain });
  try {
    const client = createGraphClient({ kind: 'sandbox', baseUrl: sandbox.url, caPem: sandbox.caPem });
    const directory = new CachedDirectory(new GraphDirectory(client), clock);
    const operations = new CachedAccountPrivilege(new GraphAccountOperations(client, { protectedGroupNames: DEFAULT_ACCOUNT_POLICY.protectedGroupNames }), clock);
    const policy = new AccountPolicyService(directory, operations, DEFAULT_ACCOUNT_POLICY, config.domain, logger);
    const users = sandbox.directory.allUsers();
    const requester = users.find((u) => u.managerId && users.some((r) => r.managerId === u.id))!;
    const cold: number[] = [];
    for (const target of users) cold.push(await timed(() => policy.evaluate(requester.id, target.id, 'resetPassword')));
    const warm: number[] = [];
    for (let i = 0; i < DECISIONS; i++) warm.push(await timed(() => policy.evaluate(requester.id, users[i % users.length]!.id, 'resetPassword')));
    cold.sort((a, b) => a - b);
    warm.sort((a, b) => a - b);
    return { warm: quantile(warm, 0.99), cold: quantile(cold.slice(5), 0.99), coldCount: cold.length - 5 };
  } finally {
    await sandbox.close();
  }
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await runAccountBench()) {
    console.log(`${row.pass ? 'PASS' : 'FAIL'}  ${row.name}: ${row.value} ${row.unit} (target ${row.target})`);
  }
}
