import type { Logger } from 'pino';
import type { Clock } from '../services/ports.js';
import { IntervalJob, type IntervalTimer } from './interval-job.js';

/** What the paging scheduler drives: fire every escalation step that is due. */
export interface DueSteps {
  fireDue(now: Date): Promise<number>;
}

/**
 * The paging watch: every `tickSeconds` (2 s in the demo) it fires the escalation steps that are
 * due, so a step fires within one tick of its due time. The first tick runs at start, so steps
 * that fell due while the bot was down fire at once (each once: the step is written before it is sent),
 * and a step whose delivery a crash cut short (not recorded as delivered) is delivered again, marked as repeated.
 */
export class PagingScheduler {
  private readonly job: IntervalJob;
  private started = false;

  constructor(private readonly deps: { steps: DueSteps; clock: Clock; timer: IntervalTimer; logger: Logger; intervalMs: number }) {
    this.job = new IntervalJob(deps.timer, deps.intervalMs, () => this.tick());
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.job.start();
    void this.tick();
  }

  async stop(): Promise<void> {
    this.started = false;
    await this.job.stop();
  }

  /** One tick at a time; resolves with how many steps fired. */
  tick(now: Date = this.deps.clock.now()): Promise<number> {
    return this.job.once(() => this.deps.steps.fireDue(now).catch((err: unknown) => {
      this.deps.logger.error({ err: (err as Error).message }, 'paging tick failed');
      return 0;
    }));
  }
}
