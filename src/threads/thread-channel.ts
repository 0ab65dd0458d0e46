/**
 * Requests and notices between the HTTP thread and the bot thread over a message port: each side
 * registers handlers by kind; a request gets its handler's value or error back.
 */

/** The part of a `MessagePort` / `Worker` / `parentPort` the channel uses. */
export interface PortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/** An error as it crosses threads: what callers look at (name, message, status and codes), no stack. */
export interface WireError {
  name: string;
  message: string;
  statusCode?: number;
  code?: string;
  body?: { error?: { code?: string } };
}

type Envelope =
  | { kind: string; id?: number; payload?: unknown }
  | { kind: '#reply'; id: number; value?: unknown; error?: WireError };

type Handler = (payload: never) => unknown;

export class ThreadChannel {
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly handlers = new Map<string, Handler>();
  private closed: Error | null = null;

  constructor(private readonly port: PortLike) {
    port.on('message', (message) => this.receive(message as Envelope));
  }

  /** Answers requests and notices of `kind`; a request gets the handler's (awaited) value or its error. */
  handle<P>(kind: string, handler: (payload: P) => unknown): void {
    this.handlers.set(kind, handler as Handler);
  }

  request<R>(kind: string, payload?: unknown): Promise<R> {
    if (this.closed) return Promise.reject(this.closed);
    const id = ++this.seq;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        this.port.postMessage({ kind, id, payload });
      } catch (err) {
        this.pending.delete(id);
        reject(err as Error);
      }
    });
  }

  /** A message that gets no answer. */
  notify(kind: string, payload?: unknown): void {
    if (!this.closed) this.port.postMessage({ kind, payload });
  }

  /** The other side is gone: every request waiting and every later one fails with `reason`. */
  close(reason: Error): void {
    this.closed = reason;
    for (const { reject } of this.pending.values()) reject(reason);
    this.pending.clear();
  }

  private receive(message: Envelope): void {
    if (message.kind === '#reply') {
      const reply = message as { id: number; value?: unknown; error?: WireError };
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.error) waiting.reject(fromWire(reply.error));
      else waiting.resolve(reply.value);
      return;
    }
    const { kind, id, payload } = message as { kind: string; id?: number; payload?: unknown };
    const handler = this.handlers.get(kind);
    if (id === undefined) {
      handler?.(payload as never);
      return;
    }
    if (!handler) {
      this.reply(id, undefined, { name: 'Error', message: `no handler for ${kind}` });
      return;
    }
    let result: unknown;
    try {
      result = handler(payload as never);
    } catch (err) {
      this.reply(id, undefined, toWire(err));
      return;
    }
    if (result instanceof Promise) result.then((value) => this.reply(id, value), (err: unknown) => this.reply(id, undefined, toWire(err)));
    else this.reply(id, result);
  }

  private reply(id: number, value: unknown, error?: WireError): void {
    if (this.closed) return;
    try {
      this.port.postMessage(error ? { kind: '#reply', id, error } : { kind: '#reply', id, value });
    } catch (err) {
      this.port.postMessage({ kind: '#reply', id, error: toWire(err) });
    }
  }
}

export function toWire(err: unknown): WireError {
  const e = (err ?? {}) as { name?: unknown; message?: unknown; statusCode?: unknown; code?: unknown; body?: { error?: { code?: unknown } } };
  const wire: WireError = { name: typeof e.name === 'string' ? e.name : 'Error', message: typeof e.message === 'string' ? e.message : String(err) };
  if (typeof e.statusCode === 'number') wire.statusCode = e.statusCode;
  if (typeof e.code === 'string') wire.code = e.code;
  if (typeof e.body?.error?.code === 'string') wire.body = { error: { code: e.body.error.code } };
  return wire;
}

export function fromWire(wire: WireError): Error {
  const err = new Error(wire.message) as Error & Omit<WireError, 'name' | 'message'>;
  err.name = wire.name;
  if (wire.statusCode !== undefined) err.statusCode = wire.statusCode;
  if (wire.code !== undefined) err.code = wire.code;
  if (wire.body) err.body = wire.body;
  return err;
}
