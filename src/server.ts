import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { AlertRoute } from './alert-guard.js';
import type { RequestAuthenticator } from './bot/request-authenticator.js';
import { discardBody, readJsonBody, refuseByHeaders, type Refusal } from './http/json-request.js';
import { sealedResponse } from './http/sealed-response.js';

export interface HttpServerDeps {
  adapter: CloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  /** The body limit, after decoding. */
  maxBodyBytes: number;
  /** The store can write: /readyz, and /healthz (liveness: false = restart me). */
  isReady: () => boolean | Promise<boolean>;
  /** Production: the Bot Framework token of POST /api/messages, checked before the body is read; none in local mode. */
  authenticator?: RequestAuthenticator;
  /** POST /api/alerts (monitoring → paging); the echo floor of the benchmarks has none. */
  alerts?: AlertRoute;
}

/** restify: POST /api/messages through the CloudAdapter, POST /api/alerts, GET /healthz and /readyz; stops gracefully. */
export class HttpServer {
  private readonly server: Server;
  private draining = false;

  constructor(private readonly deps: HttpServerDeps) {
    this.server = restify.createServer({ name: 'helpdesk-bot', handleUncaughtExceptions: false });
    const alerts = deps.alerts;
    // The alert endpoint's token is checked before its body is read or parsed.
    if (alerts) this.server.pre((req: Request, res: Response, next: (stop?: false) => void) => {
      if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== '/api/alerts') return next();
      const refused = this.draining ? { status: 503, body: { error: 'shutting down' } } : alerts.authorise(req.headers.authorization);
      if (!refused) return next();
      discardBody(req, deps.maxBodyBytes);
      res.send(refused.status, refused.body, 'headers' in refused ? refused.headers : {});
      return next(false);
    });
    // No body parser: each POST route reads its own JSON body, after its token check (src/http/json-request.ts).
    this.server.post('/api/messages', async (req, res) => {
      await this.messages(req, res);
    });
    if (alerts) this.server.post('/api/alerts', async (req, res) => {
      const body = await this.jsonBody(req, res);
      if (!body.ok) return;
      try {
        const reply = await alerts.handle(body.value);
        res.send(reply.status, reply.body);
      } catch (err) {
        deps.logger.error({ err: (err as Error).message }, 'alert processing failed');
        res.send(500, { error: 'internal error: the alert was not processed, send it again' });
      }
    });
    // The Agents Playground checks the endpoint with HEAD before it forwards activities.
    this.server.head('/api/messages', async (_req, res) => {
      res.send(200);
    });
    // Liveness: what a restart helps. A store that has stopped writing (a failed write)
    // answers 503 here as on /readyz; shutting down is not a failure (only /readyz says it).
    this.server.get('/healthz', async (_req, res) => {
      const alive = await deps.isReady();
      res.send(alive ? 200 : 503, alive ? { status: 'ok' } : { status: 'failing', reason: 'the store cannot write: restart the bot' });
    });
    this.server.get('/readyz', async (_req, res) => {
      const ready = !this.draining && await deps.isReady();
      res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
    });
    this.server.on('restifyError', (...args: unknown[]) => {
      const [req, , err, callback] = args as [Request, Response, Error & { statusCode?: number }, () => void];
      deps.logger.warn({ path: req.url, status: err.statusCode, err: err.message }, 'request rejected');
      callback();
    });
  }

  listen(port: number, host: string): Promise<{ port: number; url: string }> {
    return new Promise((resolve, reject) => {
      this.server.server.once('error', reject);
      this.server.listen(port, host, () => {
        const address = this.server.address();
        resolve({ port: address.port, url: `http://${host}:${address.port}` });
      });
    });
  }

  /** Stops taking requests and waits (up to `graceMs`) for those in flight. */
  close(graceMs = 10_000): Promise<void> {
    this.draining = true;
    const http = this.server.server;
    return new Promise((resolve) => {
      if (!http.listening) return resolve();
      const force = setTimeout(() => http.closeAllConnections(), graceMs);
      force.unref();
      http.close(() => {
        clearTimeout(force);
        resolve();
      });
      http.closeIdleConnections();
    });
  }

  private async messages(req: Request, res: Response): Promise<void> {
    if (this.draining) return refuse(res, { status: 503, error: 'shutting down' });
    const authenticator = this.deps.authenticator;
    if (authenticator && !(await authenticator.authenticate(req.headers.authorization))) {
      discardBody(req, this.deps.maxBodyBytes);
      return refuse(res, { status: 401, error: 'unauthorized' }, { 'WWW-Authenticate': 'Bearer' });
    }
    const body = await this.jsonBody(req, res);
    if (!body.ok) return;
    const activity = body.value as { type?: unknown } | null;
    if (!activity || typeof activity !== 'object' || Array.isArray(activity) || typeof activity.type !== 'string' || !activity.type) {
      return refuse(res, { status: 400, error: 'bad request: not a Bot Framework activity (an object with a type)' });
    }
    const reply = sealedResponse(res, (status, detail) => this.deps.logger.warn({ status, detail }, 'activity refused by the adapter'));
    try {
      await this.deps.adapter.process({ body: activity as Record<string, unknown>, headers: req.headers, method: req.method }, reply, (context) => this.deps.bot.run(context));
    } catch (err) {
      this.deps.logger.error({ err: (err as Error).message }, 'activity processing failed');
      if (!res.headersSent) refuse(res, { status: 500, error: 'internal error' });
    }
  }

  /** The request's JSON body within the limits, or the refusal already answered (415, 413, 400). */
  private async jsonBody(req: Request, res: Response): Promise<{ ok: true; value: unknown } | { ok: false }> {
    const early = refuseByHeaders(req.headers, this.deps.maxBodyBytes);
    if (early) {
      this.deps.logger.warn({ path: req.url, status: early.status, reason: early.error }, 'request rejected');
      discardBody(req, this.deps.maxBodyBytes); // the body is not read
      refuse(res, early);
      return { ok: false };
    }
    const body = await readJsonBody(req, this.deps.maxBodyBytes);
    if (!body.ok) {
      this.deps.logger.warn({ path: req.url, status: body.status, reason: body.error }, 'request rejected');
      refuse(res, body);
      return { ok: false };
    }
    return body;
  }
}

/** A refusal with a fixed body. */
function refuse(res: Response, refusal: Pick<Refusal, 'error'> & { status: number }, headers: Record<string, string> = {}): void {
  if (!res.headersSent) res.send(refusal.status, { error: refusal.error }, headers);
}
