/**
 * kill -9 at random points while 10 conversations create tickets over HTTP, run after run on the
 * same data directory (the bot as PID 1 of its own PID namespace, as in the container, where root
 * may): every ticket whose id reached the connector (acknowledged) must be stored, none twice, and
 * no id may be given to two tickets across the restarts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Ticket } from '../../src/domain/tickets/ticket.js';
import { createLogger } from '../../src/logging/logger.js';
import { JsonStore } from '../../src/store/json-store.js';
import { ConnectorStub } from '../support/connector-stub.js';
import { AS_PID_1, killBot, persona, startBot, stopBot, TicketClient } from './fault-bot.js';
import type { FaultSection } from './fault-section.js';

const RUNS = Number(process.env.FAULT_RUNS ?? 6);
const CONVERSATIONS = 10;
/** Tickets acknowledged in a run before its kill: a random point between these. */
const KILL_AFTER = [170, 240] as const;

interface Acknowledged { id: string; code: string; run: number }

export default async function killRestart(): Promise<FaultSection> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fault-kill-'));
  const connector = await new ConnectorStub().start();
  const client = new TicketClient(connector);
  const acknowledged: Acknowledged[] = [];
  const rows: string[][] = [];
  const failures: string[] = [];
  let seed = Number(process.env.FAULT_SEED ?? Date.now() % 100_000);
  const random = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  try {
    for (let run = 1; run <= RUNS; run++) {
      const started = await startBot(dataDir);
      if (!started.healthy) {
        failures.push(`run ${run}: the bot did not start after the kill: ${started.bot.stderr().slice(-400)}`);
        break;
      }
      const killAt = KILL_AFTER[0] + Math.floor(random() * (KILL_AFTER[1] - KILL_AFTER[0]));
      let inRun = 0;
      let attempted = 0;
      let killed = false;
      let answerLost = 0;
      const pending: { code: string; conversation: string; mark: number }[] = [];
      const conversation = async (c: number): Promise<void> => {
        const who = persona(c);
        const conv = `a:personal-${who.aadObjectId}`;
        let misses = 0;
        for (let k = 0; !killed; k++) {
          const code = `Q${run}R${c}N${k}`;
          attempted++;
          const result = await client.create(started.url, who, code, k + c);
          const id = result.confirmed ? client.ticketAfter(conv, result.mark) : null;
          if (id) {
            acknowledged.push({ id, code, run });
            if (!result.posted) answerLost++; // the id reached the connector, the HTTP answer did not come back
            if (++inRun >= killAt && !killed) {
              killed = true;
              killBot(started.bot); // now, while the other conversations' turns are in flight
            }
          } else if (result.confirmed) {
            pending.push({ code, conversation: conv, mark: result.mark }); // its "ano" met the kill: its id may still have reached the connector
          }
          if (!result.confirmed && killed) return;
          misses = result.confirmed ? 0 : misses + 1;
          if (misses >= 20) {
            failures.push(`run ${run}: conversation ${c} got no confirmation 20 times in a row`);
            return;
          }
          if (!result.confirmed) await new Promise((r) => setTimeout(r, 50));
        }
      };
      await Promise.all(Array.from({ length: CONVERSATIONS }, (_, c) => conversation(c)));
      if (!killed) killBot(started.bot);
      await started.bot.exited;
      let late = 0;
      for (const p of pending) {
        const id = client.ticketAfter(p.conversation, p.mark);
        if (id) {
          acknowledged.push({ id, code: p.code, run });
          late++;
        }
      }
      rows.push([String(run), String(attempted), String(inRun + late), String(answerLost + late), String(killAt)]);
    }
    // the last start: everything acknowledged must be there, once, under the id it was given
    const last = await startBot(dataDir);
    if (!last.healthy) failures.push(`the bot did not start after the last kill: ${last.bot.stderr().slice(-400)}`);
    else if ((await stopBot(last.bot)) !== 0) failures.push('the bot did not stop cleanly at the end');
    const store = await JsonStore.open({ dataDir, logger: createLogger('silent') });
    const stored = store.values<Ticket>('tickets');
    await store.close();
    const byCode = new Map<string, string[]>();
    for (const t of stored) {
      const code = /Q\d+R\d+N\d+/u.exec(t.description ?? t.title)?.[0];
      if (code) byCode.set(code, [...(byCode.get(code) ?? []), t.id]);
    }
    const storedIds = new Set(stored.map((t) => t.id));
    const lost = acknowledged.filter((a) => !storedIds.has(a.id) || !(byCode.get(a.code) ?? []).includes(a.id));
    const duplicated = [...byCode.entries()].filter(([, ids]) => ids.length > 1);
    const idCounts = new Map<string, number>();
    for (const a of acknowledged) idCounts.set(a.id, (idCounts.get(a.id) ?? 0) + 1);
    const reused = [...idCounts.entries()].filter(([, n]) => n > 1);
    rows.push(['all', '', String(acknowledged.length), '', `stored ${stored.length}, lost ${lost.length}, duplicated ${duplicated.length}, ids given twice ${reused.length}`]);
    if (acknowledged.length < 1000) failures.push(`only ${acknowledged.length} tickets acknowledged (at least 1,000 wanted)`);
    if (lost.length) failures.push(`${lost.length} acknowledged tickets lost or stored under another id: ${lost.slice(0, 5).map((a) => `${a.id} (${a.code})`).join(', ')}`);
    if (duplicated.length) failures.push(`${duplicated.length} requests stored twice: ${duplicated.slice(0, 5).map(([c, ids]) => `${c} → ${ids.join(', ')}`).join('; ')}`);
    if (reused.length) failures.push(`${reused.length} ids given to two tickets: ${reused.slice(0, 5).map(([id]) => id).join(', ')}`);
  } finally {
    await client.close();
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    title: `kill -9 during ticket creation: ${RUNS} runs, ${CONVERSATIONS} concurrent conversations, the bot ${AS_PID_1.length ? 'as PID 1 in its own PID namespace' : 'as a plain child process'}`,
    header: ['run', 'tickets attempted', 'acknowledged', 'of them: HTTP answer lost in the kill', 'kill -9 once acknowledged'],
    rows, failures,
  };
}
