/** Runs `tick` every `ms`; injectable so that tests fire the ticks themselves instead of waiting. */
export interface IntervalTimer {
  every(ms: number, tick: () => Promise<void>): { stop(): void };
}

export const REAL_INTERVAL_TIMER: IntervalTimer = {
  every(ms, tick) {
    const handle = setInterval(() => void tick(), ms);
    handle.unref();
    return { stop: () => clearInterval(handle) };
  },
};

/**
 * The timer part of the bot's periodic jobs (SLA watch, paging escalation, password-card
 * redaction): runs on an interval, one run at a time (a run asked for while one is in flight
 * joins it), and `stop()` waits for the run in flight.
 */
export class IntervalJob {
  private handle: { stop(): void } | null = null;
  private running: Promise<unknown> | null = null;

  constructor(private readonly timer: IntervalTimer, private readonly intervalMs: number, private readonly onTick: () => Promise<unknown>) {}

  start(): void {
    this.handle ??= this.timer.every(this.intervalMs, async () => void (await this.onTick()));
  }

  async stop(): Promise<void> {
    this.handle?.stop();
    this.handle = null;
    await this.running;
  }

  /** Runs `work` now, or joins the run in flight. */
  once<T>(work: () => Promise<T>): Promise<T> {
    this.running ??= work().finally(() => (this.running = null));
    return this.running as Promise<T>;
  }
}
