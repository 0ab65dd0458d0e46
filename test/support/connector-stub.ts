import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedActivity {
  method: string;
  path: string;
  conversationId: string;
  /** The id the stub answered with (`activity-N`): what a client's card action names as `replyToId`. */
  id: string;
  activity: Record<string, unknown> & { type?: string; text?: string; attachments?: { contentType: string; content: Record<string, unknown> }[] };
}

/**
 * A loopback Bot Connector: the bot's replies (POST/PUT /v3/conversations/:id/activities…) land
 * here. Each reply gets an id back, as the real connector does. `waitFor` resolves as soon as a
 * matching activity arrives, so tests and benchmarks never sleep.
 *
 * With `retain: false` (load benchmarks) a reply is only counted, not parsed and kept: the stub
 * shares its process and event loop with the load generator, so tens of thousands of parsed and
 * retained cards made its heap, and its garbage collector's pauses, part of every measured turn.
 */
export class ConnectorStub {
  readonly received: CapturedActivity[] = [];
  /** Replies answered, kept or not. */
  count = 0;
  /** When the last reply of each conversation arrived, whole (`performance.now()` of this process). */
  readonly lastArrival = new Map<string, number>();
  private readonly retain: boolean;
  private server: Server | null = null;
  private waiters: { match: (a: CapturedActivity) => boolean; resolve: (a: CapturedActivity) => void }[] = [];
  private nextId = 1;
  /** Set to make the stub answer with an error status (e.g. 403 MessageWritesBlocked); with `method`, only requests of that method. */
  failWith: { status: number; code: string; method?: string } | null = null;
  /** Set to refuse larger request bodies with 413, as a client with a body limit does (the Agents Playground: 100 kB). */
  maxBodyBytes: number | null = null;
  /** Requests answered with `failWith`'s error. */
  failed = 0;

  constructor(options: { retain?: boolean } = {}) {
    this.retain = options.retain ?? true;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('connector stub not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      if (!this.retain && !this.failWith && !this.maxBodyBytes) {
        req.resume();
        req.on('end', () => {
          this.lastArrival.set(conversationOf(req.url ?? '') ?? '', performance.now());
          this.count++;
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(`{"id":"activity-${this.nextId++}"}`);
        });
        return;
      }
      void readBody(req).then((body) => {
        if (this.maxBodyBytes && Buffer.byteLength(body) > this.maxBodyBytes) {
          this.failed++;
          res.writeHead(413, { 'content-type': 'text/html' });
          res.end('<pre>Payload Too Large</pre>');
          return;
        }
        if (this.failWith && (!this.failWith.method || this.failWith.method === req.method)) {
          this.failed++;
          res.writeHead(this.failWith.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: this.failWith.code, message: 'stub failure' } }));
          return;
        }
        this.count++;
        const path = req.url ?? '';
        const conversationId = conversationOf(path) ?? '';
        this.lastArrival.set(conversationId, performance.now());
        const captured: CapturedActivity = {
          method: req.method ?? 'GET', path, conversationId, id: `activity-${this.nextId++}`,
          activity: body ? (JSON.parse(body) as CapturedActivity['activity']) : {},
        };
        this.received.push(captured);
        this.waiters = this.waiters.filter((w) => (w.match(captured) ? (w.resolve(captured), false) : true));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: captured.id }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** Resolves with the first activity (already received or arriving later) that matches. */
  waitFor(match: (a: CapturedActivity) => boolean, timeoutMs = 10_000): Promise<CapturedActivity> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('connector stub: no matching activity in time')), timeoutMs);
      this.waiters.push({ match, resolve: (a) => (clearTimeout(timer), resolve(a)) });
    });
  }

  clear(): void {
    this.received.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** The conversation of a Bot Connector request (`…/v3/conversations/{id}/…`), or null. */
export function conversationOf(url: string): string | null {
  const marker = '/v3/conversations/';
  const at = url.indexOf(marker);
  if (at === -1) return null;
  const start = at + marker.length;
  const end = url.indexOf('/', start);
  const encoded = url.slice(start, end === -1 ? url.length : end).split('?')[0]!;
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
