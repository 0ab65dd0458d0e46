/**
 * Paging benchmark, with the real bot in process (store on a temp dir, Graph sandbox over HTTPS,
 * the real interval timer of the paging scheduler) and a loopback connector:
 * (1) trigger → alert card: from POST /api/alerts to the card arriving at the connector;
 * (2) escalation lag: the clock is moved so that steps fall due at staggered instants a few
 *     seconds ahead; how long after its due time each step's card arrives (target: within one tick, ≤ 5 s);
 * (3) 100 simultaneous alerts (20 keys × 5, then 100 keys): pages, repeats and cards counted, nothing lost or doubled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Agent, request } from 'undici';
import { loadConfig } from '../src/config/load-config.js';
import { composeApp, type App } from '../src/compose.js';
import { createLogger } from '../src/logging/logger.js';
import type { Page } from '../src/domain/paging/page.js';
import { ConnectorStub, type CapturedActivity } from '../test/support/connector-stub.js';
import { ADELE, MEGAN, messageActivity } from '../test/support/activities.js';
import { LYNNE } from '../test/integration/accounts-support.js';
import { quantile } from './turn-load.js';
import type { BenchRow } from './bench-row.js';

const TOKEN = 'bench-alerts-token-0123456789abcdef';
const TRIGGERS = 200;
const WARMUP = 20;
const LAG_PAGES = 12;
const logger = createLogger('silent');

/** A real-time clock that can be moved forward. */
class ShiftableClock {
  offsetMs = 0;
  now = (): Date => new Date(Date.now() + this.offsetMs);
}

interface Rig {
  app: App;
  url: string;
  connector: ConnectorStub;
  clock: ShiftableClock;
  dispatcher: Agent;
  close(): Promise<void>;
}

async function rig(): Promise<Rig> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'paging-bench-'));
  const connector = await new ConnectorStub().start();
  const clock = new ShiftableClock();
  const app = await composeApp(loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', ALERTS_TOKEN: TOKEN }), { logger, clock });
  const { url } = await app.start();
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 128 });
  for (const who of [LYNNE, MEGAN, ADELE]) {
    await request(`${url}/api/messages`, { method: 'POST', body: JSON.stringify(messageActivity(connector.url, who, 'nápověda')), headers: { 'content-type': 'application/json' }, dispatcher }).then((r) => r.body.text());
  }
  return {
    app, url, connector, clock, dispatcher,
    close: async () => {
      await dispatcher.close();
      await app.stop();
      await connector.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function postAlert(r: Rig, body: Record<string, unknown>): Promise<{ status: number; json: { pageId?: string; grouped?: boolean } }> {
  const res = await request(`${r.url}/api/alerts`, {
    method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, dispatcher: r.dispatcher,
  });
  return { status: res.statusCode, json: (await res.body.json()) as { pageId?: string; grouped?: boolean } };
}

const isCardOf = (pageId: string) => (a: CapturedActivity): boolean =>
  a.method === 'POST' && a.conversationId.startsWith('a:personal-') && JSON.stringify(a.activity.attachments ?? []).includes(pageId);

async function benchTrigger(r: Rig): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + TRIGGERS; i++) {
    const t0 = performance.now();
    const reply = await postAlert(r, { key: `trigger-${i}`, title: `Výpadek ${i}`, team: 'network' });
    if (!reply.json.pageId) throw new Error(`bench: alert not accepted (${reply.status})`);
    await r.connector.waitFor(isCardOf(reply.json.pageId));
    if (i >= WARMUP) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

/**
 * Page i is opened with the clock i seconds behind, so the pages' next steps fall due one second
 * apart; then the clock jumps so that the first is due 1.5 s of real time from now. The scheduler
 * runs on its real timer; the lag is from each step's due instant to its card at the connector.
 */
async function benchEscalationLag(r: Rig): Promise<{ max: number; p50: number; tickMs: number }> {
  const ids: string[] = [];
  for (let i = 0; i < LAG_PAGES; i++) {
    r.clock.offsetMs = -i * 1000;
    ids.push((await postAlert(r, { key: `lag-${i}`, title: `Lag ${i}`, team: 'servers' })).json.pageId!);
  }
  const before = r.connector.received.length;
  const dues = ids.map((id) => Date.parse(r.app.oncall.paging.get(id)!.nextStepAt!));
  const first = Math.min(...dues);
  const realNow = Date.now();
  const perfNow = performance.now();
  r.clock.offsetMs = first - realNow - 1500;
  const arrivals = await Promise.all(ids.map(async (id, i) => {
    await r.connector.waitFor((a) => r.connector.received.indexOf(a) >= before && isCardOf(id)(a), 60_000);
    const dueAtPerf = perfNow + (dues[i]! - r.clock.offsetMs - realNow);
    return performance.now() - dueAtPerf;
  }));
  r.clock.offsetMs = 0;
  const lags = arrivals.sort((a, b) => a - b);
  return { max: lags.at(-1)!, p50: quantile(lags, 0.5), tickMs: r.app.config.domain.oncall.tickSeconds * 1000 };
}

async function benchSimultaneous(r: Rig, keys: number): Promise<{ ms: number; ok: boolean; detail: string }> {
  const pagesBefore = r.app.store.values<Page>('pages').length;
  const cardsBefore = r.connector.received.filter((a) => a.method === 'POST' && JSON.stringify(a.activity.attachments ?? []).includes('page.acknowledge')).length;
  const t0 = performance.now();
  const replies = await Promise.all(Array.from({ length: 100 }, (_, i) => postAlert(r, { key: `burst-${keys}-${i % keys}`, title: `Burst ${i % keys}`, team: 'network' })));
  await r.app.settled(); // the cards go out in the background: measured until the last one is delivered
  const ms = performance.now() - t0;
  const pages = r.app.store.values<Page>('pages').slice(pagesBefore);
  const cards = r.connector.received.filter((a) => a.method === 'POST' && JSON.stringify(a.activity.attachments ?? []).includes('page.acknowledge')).length - cardsBefore;
  const repeats = pages.reduce((sum, p) => sum + p.repeats, 0);
  const accepted = replies.filter((x) => x.status === 200 || x.status === 202).length;
  const ok = accepted === 100 && pages.length === keys && repeats === 100 - keys && cards === keys;
  return { ms, ok, detail: `${accepted} accepted, ${pages.length} pages, ${repeats} grouped, ${cards} cards` };
}

export async function runPagingBench(): Promise<BenchRow[]> {
  const r = await rig();
  try {
    const trigger = await benchTrigger(r);
    const lag = await benchEscalationLag(r);
    const grouped = await benchSimultaneous(r, 20);
    const distinct = await benchSimultaneous(r, 100);
    return [
      { name: `paging: alert → alert card at connector (p50, ${TRIGGERS} alerts)`, value: round(trigger.p50), unit: 'ms', target: 'info', pass: true },
      { name: `paging: alert → alert card at connector (p99, ${TRIGGERS} alerts)`, value: round(trigger.p99), unit: 'ms', target: '< 1000 ms', pass: trigger.p99 < 1000 },
      { name: `paging: escalation step, due → card at connector (max of ${LAG_PAGES}, tick ${lag.tickMs / 1000} s)`, value: round(lag.max), unit: 'ms', target: '≤ 5000 ms', pass: lag.max <= 5000 },
      { name: `paging: escalation step, due → card at connector (p50 of ${LAG_PAGES})`, value: round(lag.p50), unit: 'ms', target: 'info', pass: true },
      { name: `paging: 100 simultaneous alerts, 20 keys, until the last card (${grouped.detail})`, value: round(grouped.ms), unit: 'ms', target: 'no loss, no duplicate', pass: grouped.ok },
      { name: `paging: 100 simultaneous alerts, 100 keys, until the last card (${distinct.detail})`, value: round(distinct.ms), unit: 'ms', target: 'no loss, no duplicate', pass: distinct.ok },
    ];
  } finally {
    await r.close();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await runPagingBench()) {
    console.log(`${row.pass ? 'PASS' : 'FAIL'}  ${row.name}: ${row.value} ${row.unit} (target ${row.target})`);
  }
}
