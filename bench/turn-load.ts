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
  /** The same turns until the bot's HTTP answer (ms, sorted), when `latencies` are until the last reply's arrival. */
  answered: { p50: number; p99: number; latencies: number[] };
  total: number;
  elapsedS: number;
}

/** Several runs of the same load as one result. */
export function mergeResults(runs: LoadResult[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const answered = runs.flatMap((r) => r.answered.latencies).sort((a, b) => a - b);
  const total = runs.reduce((n, r) => n + r.total, 0);
  const elapsedS = runs.reduce((n, r) => n + r.elapsedS, 0);
  return {
    concurrency: runs[0]!.concurrency, turns: latencies.length, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99),
    throughput: total / elapsedS, failures: runs.reduce((n, r) => n + r.failures, 0), latencies, total, elapsedS,
    answered: { p50: quantile(answered, 0.5), p99: quantile(answered, 0.99), latencies: answered },
  };
}

/**
 * The client of one server under test, kept for the whole run as Teams' connector service keeps its
 * connections: a burst of brand-new TCP connections at the start of each measured block would
 * measure who gets accepted first, not the turn (late connections wait behind the early ones'
 * next turns, for up to a second at 50 conversations, on the echo as on the bot).
 */
export class LoadClient {
  private readonly dispatcher = new Agent({ connections: 128, keepAliveTimeout: 60_000 });

  constructor(readonly url: string) {}

  /** Opens (or re-validates) `count` connections before a block is measured. */
  async connect(count: number): Promise<void> {
    await Promise.all(Array.from({ length: count }, async () => {
      const res = await request(`${this.url}/healthz`, { dispatcher: this.dispatcher });
      await res.body.dump();
    }));
  }

  async post(body: string): Promise<number> {
    const res = await request(`${this.url}/api/messages`, { method: 'POST', body, headers: { 'content-type': 'application/json' }, dispatcher: this.dispatcher });
    await res.body.dump();
    return res.statusCode;
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }
}

/**
 * Drives `conversations` virtual users, each running its own turns one after another. A turn is
 * measured as the issue defines it, from the POST to /api/messages until the last reply of the
 * turn reaches the connector stub (`lastReply(c)`: when the stub last received a reply in that
 * conversation); the time until the bot's HTTP answer, which comes after that (the connector's
 * answer travels back to the bot, which then ends its turn), is kept beside it. A turn whose reply
 * did not arrive counts as failed. `activity(c, turn, step)` builds each activity; latencies are
 * kept for steps where `measure` is true.
 */
export async function runLoad(options: {
  client: LoadClient;
  concurrency: number;
  turnsPerConversation: number;
  steps: number;
  activity: (conversation: number, turn: number, step: number) => Record<string, unknown>;
  measure: (step: number) => boolean;
  /** When the last reply in conversation `c` reached the connector (`performance.now()`), if any did. */
  lastReply: (conversation: number) => number | undefined;
}): Promise<LoadResult> {
  await options.client.connect(options.concurrency);
  const latencies: number[] = [];
  const answered: number[] = [];
  let failures = 0;
  let total = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, async (_, c) => {
    for (let turn = 0; turn < options.turnsPerConversation; turn++) {
      for (let step = 0; step < options.steps; step++) {
        const body = JSON.stringify(options.activity(c, turn, step));
        const t0 = performance.now();
        const status = await options.client.post(body);
        const ms = performance.now() - t0;
        const replied = options.lastReply(c) ?? -Infinity;
        const arrived = replied >= t0; // a reply of an earlier turn is not this one's
        total++;
        if (status >= 300 || !arrived) failures++;
        if (options.measure(step)) {
          latencies.push(arrived ? replied - t0 : ms);
          answered.push(ms);
        }
      }
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  answered.sort((a, b) => a - b);
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
    answered: { p50: quantile(answered, 0.5), p99: quantile(answered, 0.99), latencies: answered },
    total,
    elapsedS: elapsed,
  };
}

export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
