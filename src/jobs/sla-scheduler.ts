import type { Logger } from 'pino';
import type { Clock } from '../services/ports.js';
import type { DueEvent, SlaEventRepository } from '../store/sla-event-repository.js';
import { IntervalJob, type IntervalTimer } from './interval-job.js';

/** What to do when an event falls due (warn, escalate, auto-close). */
export interface SlaEventHandler {
  handle(event: DueEvent): Promise<void>;
}

export interface SlaSchedulerDeps {
  events: SlaEventRepository;
  handler: SlaEventHandler;
  clock: Clock;
  timer: IntervalTimer;
  logger: Logger;
  /** How often to look for due events; default 30 s. */
  intervalMs?: number;
}

/**
 * The SLA watch: each tick fires every event that is due, oldest first, each exactly once. A
 * notification is marked fired in the store (durably) before it is sent, so a restart never sends
 * it again; after downtime, everything that fell due meanwhile fires once, in order. Auto-close is
 * an idempotent ticket change whose own write removes the event, so it runs first and is marked after.
 */
export class SlaScheduler {
  private readonly job: IntervalJob;

  constructor(private readonly deps: SlaSchedulerDeps) {
    this.job = new IntervalJob(deps.timer, deps.intervalMs ?? 30_000, () => this.tick());
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Fires what is due at `now` (default: the clock); one tick at a time. Resolves with how many fired. */
  tick(now: Date = this.deps.clock.now()): Promise<number> {
    return this.job.once(() => this.fireDue(now));
  }

  private async fireDue(now: Date): Promise<number> {
    let fired = 0;
    for (const event of this.deps.events.due(now)) {
      if (!this.deps.events.isPending(event)) continue;
      try {
        if (await this.fire(event)) fired++;
      } catch (err) {
        this.deps.logger.error({ ticket: event.ticketId, kind: event.kind, err: (err as Error).message }, 'SLA event failed');
      }
    }
    return fired;
  }

  private async fire(event: DueEvent): Promise<boolean> {
    if (event.kind === 'auto-close') {
      await this.deps.handler.handle(event);
      await this.deps.events.markFired(event);
      return true;
    }
    if (!(await this.deps.events.markFired(event))) return false;
    this.deps.logger.info({ ticket: event.ticketId, kind: event.kind, at: event.at }, 'SLA event fired');
    await this.deps.handler.handle(event);
    return true;
  }
}
