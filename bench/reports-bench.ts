/**
 * Reports benchmark: 100,000 tickets over 12 months (live and archived, every organisation), and the
 * answer turn for "SLA compliance for the last 12 months by organisation and month" (Adele, POSTed
 * to the real bot in process, POST → HTTP answer with the card sent, charts off) against
 * (1) SQLite (better-sqlite3 in memory, indexed) doing the same aggregation over the same tickets'
 * facts, and (2) the create-ticket turn (description, then "ano": the "ano" measured) on the same bot.
 * The chart rendering of that report is printed beside them. REPORTS_BENCH_TICKETS sets a smaller
 * data set for a quick sanity run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Agent, request } from 'undici';
import { loadConfig } from '../src/config/load-config.js';
import { composeApp, type App } from '../src/compose.js';
import { createLogger } from '../src/logging/logger.js';
import { VegaChartRenderer } from '../src/charts/vega-chart-renderer.js';
import { ReportFormat } from '../src/capabilities/reports/cards/report-format.js';
import { reportCharts } from '../src/capabilities/reports/cards/report-charts.js';
import { monthsOf, monthStart, addMonths } from '../src/capabilities/reports/figures/report-period.js';
import { ConnectorStub } from '../test/support/connector-stub.js';
import { ADELE, messageActivity } from '../test/support/activities.js';
import { generateReportTickets, writeTickets } from '../test/support/report-tickets.js';
import { quantile } from './turn-load.js';
import type { BenchRow } from './bench-row.js';

const TICKETS = Number(process.env.REPORTS_BENCH_TICKETS ?? 100_000);
const NOW = new Date('2026-12-07T09:00:00Z');
const QUESTION = 'plnění SLA po měsících za posledních 12 měsíců podle organizací';
const TURNS = 60;
const WARMUP = 10;
const logger = createLogger('silent');

export async function runReportsBench(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'reports-bench-'));
  const connector = await new ConnectorStub({ retain: false }).start();
  const dispatcher = new Agent({ keepAliveTimeout: 30_000 });
  let app: App | null = null;
  try {
    const started = performance.now();
    const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' });
    await writeTickets(dataDir, generateReportTickets({ count: TICKETS, from: new Date('2025-12-01T06:00:00Z'), now: NOW, config: config.domain }));
    const seeded = performance.now() - started;
    // charts off in the measured turn (the card keeps its tables); their drawing is timed apart
    app = await composeApp(config, { logger, clock: { now: () => NOW }, charts: null, reportsTimer: { every: () => ({ stop: () => undefined }) } });
    const { url } = await app.start();
    const post = async (text: string, conversation: string): Promise<number> => {
      const body = JSON.stringify(messageActivity(connector.url, ADELE, text, { conversation: { id: conversation, conversationType: 'personal', tenantId: '00000000-0000-0000-0000-000000000001' } }));
      const t0 = performance.now();
      const res = await request(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, dispatcher });
      await res.body.text();
      return performance.now() - t0;
    };
    const rebuild = await post(QUESTION, 'a:bench-reports'); // the first question builds the facts from the tickets
    const report: number[] = [];
    const create: number[] = [];
    for (let i = 0; i < TURNS + WARMUP; i++) {
      const r = await post(QUESTION, 'a:bench-reports');
      await post('Nefunguje mi tiskárna v kanceláři 312', 'a:bench-create');
      const c = await post('ano', 'a:bench-create');
      if (i >= WARMUP) {
        report.push(r);
        create.push(c);
      }
    }
    const sqlite = await sqliteAggregation(app);
    const chart = await chartTime(app);
    report.sort((a, b) => a - b);
    create.sort((a, b) => a - b);
    const p50 = quantile(report, 0.5);
    const createP50 = quantile(create, 0.5);
    return [
      { name: `reports: ${TICKETS} tickets generated and stored (12 months, live + archived)`, value: seeded / 1000, unit: 's', target: 'info', pass: true },
      { name: 'reports: first question after start (facts rebuilt from every ticket)', value: rebuild, unit: 'ms', target: 'info', pass: true },
      { name: `reports: answer turn "SLA by organisation and month, 12 months", p50 of ${TURNS} (SQLite ${sqlite.toFixed(2)} ms)`, value: p50, unit: 'ms', target: `≤ ${sqlite.toFixed(2)} (SQLite in memory)`, pass: p50 <= sqlite },
      { name: `reports: the same answer turn against the create-ticket turn (create p50 ${createP50.toFixed(2)} ms)`, value: p50, unit: 'ms', target: `≤ ${(3 * createP50).toFixed(2)} (3× create)`, pass: p50 <= 3 * createP50 },
      { name: 'reports: chart rendering of that report (2 charts, vega-lite → SVG → PNG), median of 5', value: chart, unit: 'ms', target: 'info (typing indicator first)', pass: true },
      { name: 'reports: resident memory after the run', value: process.memoryUsage().rss / 2 ** 20, unit: 'MB', target: 'info', pass: true },
    ];
  } finally {
    await app?.stop();
    await connector.stop();
    await dispatcher.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The same aggregation in SQLite (in memory, indexed): met / total of response and resolution per organisation and month. */
async function sqliteAggregation(app: App): Promise<number> {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE facts (id TEXT PRIMARY KEY, org TEXT, response_due REAL, response_met INTEGER, resolution_due REAL, resolution_met INTEGER);
    CREATE INDEX facts_response ON facts (response_due, org); CREATE INDEX facts_resolution ON facts (resolution_due, org);
    CREATE TABLE months (m INTEGER PRIMARY KEY, start REAL, finish REAL);`);
  const insert = db.prepare('INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?)');
  const table = await app.reports.facts.table();
  const flag = (v: boolean | null) => (v === null ? -1 : v ? 1 : 0);
  db.transaction(() => {
    for (let i = 0; i < table.size; i++) {
      const r = table.row(i);
      insert.run(r.id, r.organisation, r.responseDue, flag(r.responseMet), r.resolutionDue, flag(r.resolutionMet));
    }
  })();
  const zone = app.reports.service.zone;
  const addMonth = db.prepare('INSERT INTO months VALUES (?, ?, ?)');
  monthsOf({ kind: 'months', year: 2026, month: 12, count: 12 }).forEach((m, i) => addMonth.run(i, monthStart(m, zone), monthStart(addMonths(m, 1), zone)));
  const query = db.prepare(`
    SELECT org, m, SUM(kind = 0 AND met = 1) AS response_met, SUM(kind = 0) AS response_total, SUM(kind = 1 AND met = 1) AS resolution_met, SUM(kind = 1) AS resolution_total
    FROM (
      SELECT f.org, months.m, 0 AS kind, f.response_met = 1 AS met FROM months JOIN facts f ON f.response_due >= months.start AND f.response_due < months.finish
        WHERE f.response_met >= 0 OR f.response_due <= @now
      UNION ALL
      SELECT f.org, months.m, 1 AS kind, f.resolution_met = 1 AS met FROM months JOIN facts f ON f.resolution_due >= months.start AND f.resolution_due < months.finish
        WHERE f.resolution_met >= 0 OR f.resolution_due <= @now
    ) GROUP BY org, m`);
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    query.all({ now: NOW.getTime() });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  db.close();
  return quantile(times, 0.5);
}

async function chartTime(app: App): Promise<number> {
  const outcome = await app.reports.service.answer(ADELE.aadObjectId, { kind: 'trend', period: { kind: 'months', year: 2026, month: 12, count: 12 }, by: 'organisation', filter: {} });
  if (outcome.kind !== 'report') throw new Error('refused');
  const charts = reportCharts(outcome.report, new ReportFormat('cs', app.config.domain));
  const renderer = new VegaChartRenderer();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    for (const c of charts) await renderer.render(c);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[2]!;
}
