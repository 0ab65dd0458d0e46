import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * Middleware placed just before HTTPMessageHandler: each attempt (retries included) gets its own
 * AbortSignal that fires after `timeoutMs`, so a hung server cannot hang a turn. The fetch then
 * rejects with a DOMException named "TimeoutError", which the client surfaces as a GraphError
 * with statusCode -1 and code "TimeoutError".
 */
export class TimeoutHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly timeoutMs: number) {
    if (!(timeoutMs > 0)) throw new Error('TimeoutHandler: timeoutMs must be positive');
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('TimeoutHandler must not be the last middleware');
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const own = context.options?.signal ?? undefined;
    const signal = own ? AbortSignal.any([own, timeout]) : timeout;
    context.options = { ...context.options, signal };
    try {
      await this.next.execute(context);
    } finally {
      // A retry runs this again with the same context: it must start from the caller's signal, not this one.
      context.options = { ...context.options, signal: own };
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
