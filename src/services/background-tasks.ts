import type { Logger } from 'pino';

/**
 * Work that follows a user's turn or a request but must not hold it up (a new ticket's channel
 * card, alert cards to the on-call): started at once, failures logged, awaited on shutdown.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  run(what: string, context: Record<string, unknown>, work: () => Promise<unknown>): void {
    const task = work().then(() => undefined, (err: unknown) => {
      this.logger.error({ ...context, err: (err as Error)?.message ?? String(err) }, `${what} failed`);
    });
    this.running.add(task);
    void task.finally(() => this.running.delete(task));
  }

  /** Resolves when every task started so far, and any they started, has finished. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
