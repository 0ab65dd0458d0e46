/**
 * Ticket benchmark over a store seeded with 100,000 tickets (10,000 open): (1) the SLA scheduler's
 * tick — the catch-up tick after scheduling every open ticket, then steady ticks 30 s apart;
 * (2) a technician's card action turn (take, then resolve) POSTed to the real bot in process, from
 * the POST to the invoke answer with the refreshed card.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Agent, request } from 'undici';
import { loadConfig } from '../src/config/load-config.js';
import { composeApp } from '../src/compose.js';
import { createLogger } from '../src/logging/logger.js';
import { JsonStore } from '../src/store/json-store.js';
import { TicketRepository } from '../src/store/ticket-repository.js';
import { SlaEventRepository } from '../src/store/sla-event-repository.js';
import { SlaCalendars } from '../src/services/sla-calendars.js';
import { SlaScheduleService } from '../src/services/sla-schedule-service.js';
import { TicketWorkflowService } from '../src/services/ticket-workflow-service.js';
import { SlaEscalationService } from '../src/services/sla-escalation-service.js';
import { SlaScheduler } from '../src/jobs/sla-scheduler.js';
import type { Ticket } from '../src/domain/tickets/ticket.js';
import { ConnectorStub } from '../test/support/connector-stub.js';
import { MEGAN } from '../test/support/activities.js';
import { invokeActivity } from '../test/integration/accounts-support.js';
import { seedStore } from './seed-store.js';
import { quantile } from './turn-load.js';
import type { BenchRow } from './bench-row.js';

const TICKETS = 100_000;
const STEADY_TICKS = 200;
const TURNS = 300;
/** Turns not measured: JIT, first directory look-ups over HTTPS (then cached). */
const WARMUP = 40;
const logger = createLogger('silent');

export async function runTicketBench(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ticket-bench-'));
  try {
    await seedStore(dataDir, TICKETS);
    const tick = await benchSlaTick(dataDir);
    const turn = await benchCardTurns(dataDir);
    return [
      { name: `tickets: SLA catch-up tick, ${tick.open} open of ${TICKETS} (${tick.caughtUp} events fired)`, value: round(tick.catchUp), unit: 'ms', target: 'info', pass: true },
      { name: `tickets: SLA steady tick every 30 s, ${tick.open} open of ${TICKETS} (p99 of ${STEADY_TICKS})`, value: round(tick.p99), unit: 'ms', target: '< 50 ms', pass: tick.p99 < 50 },
      { name: `tickets: card action turn take/resolve, POST → answer (p50, ${turn.count} turns)`, value: round(turn.p50), unit: 'ms', target: 'info', pass: true },
      { name: `tickets: card action turn take/resolve, POST → answer (p99, ${turn.count} turns)`, value: round(turn.p99), unit: 'ms', target: '< 30 ms', pass: turn.p99 < 30 },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchSlaTick(dataDir: string): Promise<{ open: number; catchUp: number; caughtUp: number; p99: number }> {
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }).domain;
  const store = await JsonStore.open({ dataDir, logger });
  try {
    const tickets = new TicketRepository(store);
    const events = new SlaEventRepository(store);
    const calendars = new SlaCalendars(config);
    const sla = new SlaScheduleService(config, calendars, events);
    const open = store.values<Ticket>('tickets');
    for (let i = 0; i < open.length; i += 1000) await store.commit(open.slice(i, i + 1000).flatMap((t) => sla.opsFor(t)));
    let now = new Date(Math.max(...open.map((t) => Date.parse(t.createdAt))));
    const clock = { now: () => now };
    const workflow = new TicketWorkflowService({ tickets, sla, calendars, config, clock, logger, listeners: [] });
    const handler = new SlaEscalationService(workflow, { alert: async () => undefined }, config, logger);
    const scheduler = new SlaScheduler({ events, handler, clock, timer: { every: () => ({ stop: () => undefined }) }, logger });
    let started = performance.now();
    const caughtUp = await scheduler.tick(now);
    const catchUp = performance.now() - started;
    const times: number[] = [];
    for (let i = 0; i < STEADY_TICKS; i++) {
      now = new Date(now.getTime() + 30_000);
      started = performance.now();
      await scheduler.tick(now);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { open: open.length, catchUp, caughtUp, p99: quantile(times, 0.99) };
  } finally {
    await store.close();
  }
}

async function benchCardTurns(dataDir: string): Promise<{ count: number; p50: number; p99: number }> {
  const connector = await new ConnectorStub().start();
  const app = await composeApp(loadConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' }), { logger, ticketTimer: { every: () => ({ stop: () => undefined }) } });
  const dispatcher = new Agent({ keepAliveTimeout: 30_000 });
  try {
    const { url } = await app.start();
    const ids = app.store.keys('tickets').slice(0, (TURNS + WARMUP) / 2);
    const times: number[] = [];
    for (const id of ids) {
      const version = app.tickets.workflow.get(id)!.version;
      for (const [verb, data] of [['ticket.take', { version }], ['ticket.resolve', { version: version + 1, note: 'Vyřešeno', minutes: 10 }]] as const) {
        const body = JSON.stringify(invokeActivity(connector.url, MEGAN, verb, { ticketId: id, view: 'technician', ...data }));
        const started = performance.now();
        const res = await request(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, dispatcher });
        const text = await res.body.text();
        if (ids.indexOf(id) * 2 >= WARMUP) times.push(performance.now() - started);
        if (!text.includes('card.adaptive')) throw new Error(`card action ${verb} on ${id} was not done: ${text.slice(0, 200)}`);
      }
    }
    times.sort((a, b) => a - b);
    return { count: times.length, p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
  } finally {
    await app.stop();
    await connector.stop();
    await dispatcher.close();
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
