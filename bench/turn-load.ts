import { Agent, request } from 'undici';

export interface LoadResult {
  concurrency: number;
  turns: number;
  p50: number;
  p99: number;
  throughput: number;
  failures: number;
  /** Measured latencies, sorted (ms); all turns and the time they took, for merging runs. */
  latencies: number[];
  total: number;
  elapsedS: number;
}

/** Several runs of the same load as one result. */
export function mergeResults(runs: LoadResult[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const total = runs.reduce((n, r) => n + r.total, 0);
  const elapsedS = runs.reduce((n, r) => n + r.elapsedS, 0);
  return {
    concurrency: runs[0]!.concurrency, turns: latencies.length, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99),
    throughput: total / elapsedS, failures: runs.reduce((n, r) => n + r.failures, 0), latencies, total, elapsedS,
  };
}

/**
 * Drives `conversations` virtual users, each running its own turns one after another (a turn =
 * POST /api/messages until the bot's HTTP answer, by which time its replies reached the connector).
 * `activity(c, turn, step)` builds each activity; latencies are kept for steps where `measure` is true.
 */
export async function runLoad(options: {
  url: string;
  concurrency: number;
  turnsPerConversation: number;
  steps: number;
  activity: (conversation: number, turn: number, step: number) => Record<string, unknown>;
  measure: (step: number) => boolean;
}): Promise<LoadResult> {
  const dispatcher = new Agent({ connections: options.concurrency * 2, keepAliveTimeout: 30_000 });
  const latencies: number[] = [];
  let failures = 0;
  let total = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, async (_, c) => {
    for (let turn = 0; turn < options.turnsPerConversation; turn++) {
      for (let step = 0; step < options.steps; step++) {
        const body = JSON.stringify(options.activity(c, turn, step));
        const t0 = performance.now();
        const res = await request(`${options.url}/api/messages`, { method: 'POST', body, headers: { 'content-type': 'application/json' }, dispatcher });
        await res.body.dump();
        const ms = performance.now() - t0;
        total++;
        if (res.statusCode >= 300) failures++;
        if (options.measure(step)) latencies.push(ms);
      }
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  await dispatcher.close();
  latencies.sort((a, b) => a - b);
  if (process.env.BENCH_DIST) process.stderr.write(`c=${options.concurrency} dist ${[0.1, 0.25, 0.5, 0.75, 0.9, 0.99].map((q) => quantile(latencies, q).toFixed(1)).join(' ')}\n`);
  return {
    concurrency: options.concurrency,
    turns: latencies.length,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    /** All turns per second, measured or not: every step is a full turn of the bot. */
    throughput: total / elapsed,
    failures,
    latencies,
    total,
    elapsedS: elapsed,
  };
}

export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
