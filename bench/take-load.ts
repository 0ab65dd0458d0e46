import { Agent, request } from 'undici';
import { MEGAN } from '../test/support/activities.js';
import { invokeActivity } from '../test/integration/accounts-support.js';
import type { Runner } from './blocks.js';
import { quantile, type LoadResult } from './turn-load.js';

/** A ticket a technician can take: its id and version as stored. */
export interface Takeable { id: string; version: number }

/**
 * A technician's card action, as a runner: each turn is a "Převzít / Take" click (invoke
 * `adaptiveCard/action`, verb `ticket.take`) on another stored ticket, from the POST to the
 * invoke's answer (the refreshed card). One conversation; a turn whose answer is not the taken
 * ticket's card counts as failed.
 */
export function takeRunner(url: string, connectorUrl: string, tickets: readonly Takeable[], cpuMs: () => number): Runner {
  const dispatcher = new Agent({ keepAliveTimeout: 60_000 });
  let next = 0;
  const run = async (_concurrency: number, turns: number): Promise<LoadResult> => {
    const latencies: number[] = [];
    let failures = 0;
    const started = performance.now();
    for (let i = 0; i < turns; i++) {
      const ticket = tickets[next++];
      if (!ticket) throw new Error('take bench: out of takeable tickets');
      const body = JSON.stringify(invokeActivity(connectorUrl, MEGAN, 'ticket.take', { ticketId: ticket.id, view: 'technician', version: ticket.version }));
      const t0 = performance.now();
      const res = await request(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, dispatcher });
      const text = await res.body.text();
      latencies.push(performance.now() - t0);
      if (res.statusCode !== 200 || !text.includes('card.adaptive')) failures++;
    }
    const elapsedS = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const p50 = quantile(latencies, 0.5);
    const p99 = quantile(latencies, 0.99);
    return {
      concurrency: 1, turns: turns, p50, p99, throughput: turns / elapsedS, failures, latencies,
      answered: { p50, p99, latencies }, total: turns, elapsedS,
    };
  };
  return Object.assign(run, { close: () => dispatcher.close(), cpuMs });
}
