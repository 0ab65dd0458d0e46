/**
 * Vendor statement benchmark: a store with 100,000 tickets and 10,000 vendor tasks accepted by OIT
 * in one month for one vendor and district. Measured in the same process and run: (1) the
 * create-ticket turn (POST of the confirming "ano" → answer), the floor; (2) building the month's
 * statement: the lines of the vendor's and district's accepted, unbilled tasks (each line priced —
 * price, breaches on the district's business calendar, penalty — when OIT accepted the work), in
 * statement order, the penalties and tasks total per contract with the caps, and the totals;
 * (3) SQLite in memory (better-sqlite3, indexed) doing the same: the same lines (the priced columns
 * stored at acceptance, the breaches as JSON text) selected and ordered by an index, and the sums per
 * contract grouped; (4) the XLSX and PDF exports of that statement.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Agent, request } from 'undici';
import { loadConfig } from '../src/config/load-config.js';
import { composeApp } from '../src/compose.js';
import { createLogger } from '../src/logging/logger.js';
import { JsonStore, type Op } from '../src/store/json-store.js';
import type { VendorTask } from '../src/capabilities/vendors/vendor-task.js';
import { pricedLine } from '../src/capabilities/vendors/statement-builder.js';
import { VendorCalendars } from '../src/capabilities/vendors/vendor-month.js';
import { statementPdf, statementXlsx } from '../src/capabilities/vendors/statement-export.js';
import { StatementText } from '../src/capabilities/vendors/statement-text.js';
import type { ApprovedStatement } from '../src/capabilities/vendors/statement.js';
import { ConnectorStub } from '../test/support/connector-stub.js';
import { ADELE, ALEX, messageActivity } from '../test/support/activities.js';
import { seedStore } from './seed-store.js';
import { quantile } from './turn-load.js';
import type { BenchRow } from './bench-row.js';

const TICKETS = 100_000;
const TASKS = 10_000;
const TURNS = 60;
const WARMUP = 15;
const BUILDS = 25;
const TYPES = ['onsite-repair', 'device-swap', 'printer-service', 'toner', 'user-assistance', 'install', 'move'];
const logger = createLogger('silent');
const NOW = new Date('2026-12-02T08:00:00Z');

export async function runVendorBench(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vendor-bench-'));
  try {
    await seedStore(dataDir, TICKETS);
    const tasks = await seedTasks(dataDir);
    const connector = await new ConnectorStub({ retain: false }).start();
    const app = await composeApp(loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }), {
      logger, clock: { now: () => NOW }, ticketTimer: { every: () => ({ stop: () => undefined }) }, pagingTimer: { every: () => ({ stop: () => undefined }) },
    });
    const dispatcher = new Agent({ keepAliveTimeout: 30_000 });
    try {
      const { url } = await app.start();
      const post = async (body: Record<string, unknown>) => {
        const res = await request(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), dispatcher });
        await res.body.text();
      };
      const turns: number[] = [];
      const builds: number[] = [];
      const sqlite = sqliteOf(tasks);
      const sqliteTimes: number[] = [];
      let lines = 0;
      // alternate: a create-ticket turn, a statement build, an SQLite grouping, so that all see the same moments of the machine
      for (let i = 0; i < TURNS + WARMUP; i++) {
        const extra = { conversation: { id: `a:bench-${i}`, conversationType: 'personal', tenantId: '00000000-0000-0000-0000-000000000001' } };
        await post(messageActivity(connector.url, ALEX, 'Nefunguje mi tiskárna v kanceláři 312', extra));
        let started = performance.now();
        await post(messageActivity(connector.url, ALEX, 'ano', extra));
        const turn = performance.now() - started;
        if (i >= WARMUP) turns.push(turn);
        if (i % Math.ceil((TURNS + WARMUP) / (BUILDS + 5)) === 0) {
          started = performance.now();
          const view = app.vendors.statements.view(ADELE.aadObjectId, 'vendor-klatovy', 'klatovy', '2026-11');
          const ms = performance.now() - started;
          if (view.kind !== 'draft') throw new Error(`no draft: ${view.kind}`);
          lines = view.content.lines.length;
          if (i > 0) builds.push(ms);
          started = performance.now();
          sqlite.run();
          if (i > 0) sqliteTimes.push(performance.now() - started);
        }
      }
      const view = app.vendors.statements.view(ADELE.aadObjectId, 'vendor-klatovy', 'klatovy', '2026-11');
      if (view.kind !== 'draft') throw new Error(view.kind);
      const statement: ApprovedStatement = { ...view.content, number: 'VS-2026-9999', approvedAt: NOW.toISOString(), approvedBy: ADELE.aadObjectId, sha256: view.hash };
      const text = new StatementText(app.config.domain, 'cs');
      let started = performance.now();
      const xlsx = await statementXlsx(statement, text);
      const xlsxMs = performance.now() - started;
      started = performance.now();
      const pdf = await statementPdf(statement, text);
      const pdfMs = performance.now() - started;
      [turns, builds, sqliteTimes].forEach((a) => a.sort((x, y) => x - y));
      const [turnP50, buildP50, sqliteP50] = [quantile(turns, 0.5), quantile(builds, 0.5), quantile(sqliteTimes, 0.5)];
      sqlite.close();
      return [
        { name: `vendors: create-ticket turn, ${TICKETS / 1000}k tickets + ${TASKS / 1000}k vendor tasks stored (p50, ${turns.length} turns)`, value: turnP50, unit: 'ms', target: 'info', pass: true },
        { name: `vendors: month's statement, ${lines} tasks with penalties on the business calendar (p50, ${builds.length} builds)`, value: buildP50, unit: 'ms', target: `≤ 3× create-ticket (${(3 * turnP50).toFixed(1)} ms)`, pass: buildP50 <= 3 * turnP50 },
        { name: 'vendors: SQLite in memory, indexed, the same lines in order and sums per contract (p50)', value: sqliteP50, unit: 'ms', target: `statement ≤ this (${buildP50.toFixed(1)} ms)`, pass: buildP50 <= sqliteP50 },
        { name: `vendors: statement XLSX export (${(xlsx.length / 1024).toFixed(0)} KiB)`, value: xlsxMs, unit: 'ms', target: 'info', pass: true },
        { name: `vendors: statement PDF export (${(pdf.length / 1024).toFixed(0)} KiB)`, value: pdfMs, unit: 'ms', target: 'info', pass: true },
      ];
    } finally {
      await app.stop();
      await connector.stop();
      await dispatcher.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** 10,000 tasks of IT Šumava in Klatovy, assigned and accepted through November 2026; one in eight late on site. */
async function seedTasks(dataDir: string): Promise<VendorTask[]> {
  const store = await JsonStore.open({ dataDir, logger });
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }).domain;
  const contract = config.contracts.list.find((c) => c.id === 'SML-KT-2026')!;
  const calendar = new VendorCalendars(config.timezone).of(contract);
  const tasks: VendorTask[] = [];
  const start = Date.parse('2026-11-02T07:00:00Z');
  for (let n = 1; n <= TASKS; n++) {
    const assigned = start + (n % 20) * 86_400_000 + (n % 7) * 3_600_000;
    const iso = (ms: number) => new Date(ms).toISOString();
    const late = n % 8 === 0 ? 6 * 3_600_000 : 0;
    const id = `HD-2026-${String(90_000 + n).padStart(5, '0')}`;
    tasks.push({
      id: `${id}/1`, ticketId: id, vendor: 'vendor-klatovy', district: 'klatovy', organisation: n % 3 ? 'SUS' : 'ZH', title: 'Nefunguje tiskárna',
      priority: (['P2', 'P3', 'P4'] as const)[n % 3]!, team: 'service-desk', contractId: 'SML-KT-2026', status: 'approved', version: 5, technician: 'patti',
      assignedAt: iso(assigned), acceptedAt: iso(assigned + 600_000), onSiteAt: iso(assigned + 3_600_000 + late), doneAt: iso(assigned + 5_400_000 + late),
      report: { note: 'Opraveno', taskType: TYPES[n % TYPES.length]!, parts: '', minutes: 30, signedOff: true, by: 'patti', at: iso(assigned + 5_400_000 + late) },
      approvedAt: iso(assigned + 7_200_000 + late), approvedBy: 'megan', history: [],
    });
    tasks[tasks.length - 1]!.line = pricedLine(tasks[tasks.length - 1]!, contract, calendar); // as OIT's acceptance does
  }
  for (let i = 0; i < tasks.length; i += 2000) {
    await store.commit(tasks.slice(i, i + 2000).map((t): Op => ({ c: 'vendorTasks', k: t.id, v: t })));
  }
  await store.compact();
  await store.close();
  return tasks;
}

/**
 * The same tasks in SQLite (memory), with the line each got at acceptance in its columns; run() does
 * what the statement does: the lines of the vendor's and district's accepted, unbilled tasks accepted
 * before the month ended, in statement order (assigned, id: read from the index, no sort), and per
 * contract the tasks total and the penalties (the caps and totals are a few additions on top).
 */
function sqliteOf(tasks: VendorTask[]): { run(): unknown[]; close(): void } {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE tasks (id TEXT PRIMARY KEY, ticket_id TEXT, title TEXT, organisation TEXT, vendor TEXT, district TEXT, status TEXT,
    approved_at TEXT, billed_in TEXT, contract TEXT, task_type TEXT, assigned_at TEXT, price INTEGER, breaches TEXT, penalty_uncapped INTEGER,
    penalty INTEGER, task_cap_applied INTEGER);
    CREATE INDEX tasks_statement ON tasks (vendor, district, status, assigned_at, id);`);
  const insert = db.prepare('INSERT INTO tasks VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
  db.transaction(() => {
    for (const t of tasks) {
      const l = t.line!;
      insert.run(t.id, t.ticketId, t.title, t.organisation, t.vendor, t.district, t.status, t.approvedAt, null, t.contractId, l.taskType, t.assignedAt,
        l.price, JSON.stringify(l.breaches), l.penaltyUncapped, l.penalty, l.taskCapApplied ? 1 : 0);
    }
  })();
  const where = `vendor = ? AND district = ? AND status = 'approved' AND billed_in IS NULL AND approved_at < ?`;
  const lines = db.prepare(`SELECT id, ticket_id, title, organisation, contract, task_type, price, assigned_at, approved_at, breaches, penalty_uncapped,
    penalty, task_cap_applied FROM tasks WHERE ${where} ORDER BY assigned_at, id`);
  const groups = db.prepare(`SELECT contract, SUM(price) AS tasks_total, SUM(penalty) AS penalties FROM tasks WHERE ${where} GROUP BY contract ORDER BY contract`);
  const args = ['vendor-klatovy', 'klatovy', '2026-11-30T23:00:00.000Z'] as const;
  return { run: () => [lines.all(...args), groups.all(...args)], close: () => db.close() };
}
