import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { AlertRoute } from './alert-guard.js';

export interface HttpServerDeps {
  adapter: CloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  maxBodyBytes: number;
  /** Ready = the store can write and the server is not shutting down. */
  isReady: () => boolean | Promise<boolean>;
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
      res.send(refused.status, refused.body, 'headers' in refused ? refused.headers : {});
      return next(false);
    });
    this.server.use(...restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false, rejectUnknown: true }));
    this.server.post('/api/messages', async (req, res) => {
      await this.messages(req, res);
    });
    if (alerts) this.server.post('/api/alerts', async (req, res) => {
      try {
        const reply = await alerts.handle(req.body);
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
    this.server.get('/healthz', async (_req, res) => {
      res.send(200, { status: 'ok' });
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
    if (this.draining) {
      res.send(503, { error: 'shutting down' });
      return;
    }
    try {
      await this.deps.adapter.process(req as never, res as never, (context) => this.deps.bot.run(context));
    } catch (err) {
      this.deps.logger.error({ err: (err as Error).message }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  }
}
