import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleControl } from './control-routes.js';
import type { FaultAction, FaultInjector } from './fault-injector.js';
import { GraphHttpError, graphErrorBody } from './graph-errors.js';
import type { SandboxDirectory } from './sandbox-directory.js';
import type { SandboxReply, SandboxRequest } from './sandbox-http.js';
import type { SandboxRouter } from './sandbox-router.js';

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const WWW_AUTHENTICATE = 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

export interface RequestLogEntry { method: string; path: string; status: number | 'reset' | 'hang'; at: Date; requestId: string }

export interface SandboxHandlerDeps {
  router: SandboxRouter;
  directory: SandboxDirectory;
  faults: FaultInjector;
  now: () => Date;
  origin: () => string;
  acceptToken: (token: string) => boolean;
  /** Waits ms (cancelled when the sandbox closes). */
  wait: (ms: number) => Promise<boolean>;
  /** Remembers a request left hanging, so close() can end it. */
  hold: (res: ServerResponse) => void;
}

/** One request: request-id, control API, bearer check, faults, routing, Graph-shaped errors. */
export class SandboxRequestHandler {
  readonly log: RequestLogEntry[] = [];

  constructor(private readonly deps: SandboxHandlerDeps) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const at = this.deps.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.deps.origin());
    const clientRequestId = req.headers['client-request-id'];
    res.setHeader('request-id', requestId);
    res.setHeader('client-request-id', typeof clientRequestId === 'string' ? clientRequestId : requestId);
    const entry: RequestLogEntry = { method, path: url.pathname, status: 200, at, requestId };
    this.log.push(entry);
    const send = (reply: SandboxReply): void => {
      entry.status = reply.status;
      this.write(res, reply);
    };
    const fail = (err: GraphHttpError): void =>
      send({ status: err.status, headers: err.headers, body: graphErrorBody(err.code, err.message, requestId, at) });
    try {
      if (url.pathname.startsWith('/_sandbox/')) {
        send(handleControl(method, url.pathname, await readJson(req), this.deps.faults, this.deps.directory));
        return;
      }
      const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!token || !this.deps.acceptToken(token)) {
        throw new GraphHttpError(401, 'InvalidAuthenticationToken', token ? 'Access token validation failure.' : 'Access token is empty.',
          { 'WWW-Authenticate': WWW_AUTHENTICATE });
      }
      if (!/^\/v1\.0(\/|$)/i.test(url.pathname)) throw GraphHttpError.badRequest('Invalid version: the path must start with /v1.0.', 'BadRequest');
      const path = url.pathname.slice(5) || '/';
      const fault = this.deps.faults.take(method, path);
      if (fault && !(await this.applyFault(fault, req, res, entry, fail))) return;
      const body = await readJson(req);
      const match = this.deps.router.match(method, path);
      if (match.kind === 'not-found') throw GraphHttpError.badRequest(`Resource not found for the segment '${match.segment}'.`, 'BadRequest');
      if (match.kind === 'method-not-allowed') throw new GraphHttpError(405, 'Request_BadRequest', `The HTTP method '${method}' is not allowed on this resource.`);
      const request: SandboxRequest = {
        method, path, query: url.searchParams, headers: req.headers, body, requestId, at, origin: this.deps.origin(), directory: this.deps.directory,
      };
      send(await match.handler(request, match.params));
    } catch (err) {
      if (err instanceof GraphHttpError) fail(err);
      else fail(new GraphHttpError(500, 'generalException', `Sandbox failure: ${(err as Error).message}`));
    }
  }

  /** True when the request should go on to its route; false when the fault answered (or dropped) it. */
  private async applyFault(fault: FaultAction, req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry, fail: (e: GraphHttpError) => void): Promise<boolean> {
    switch (fault.type) {
      case 'delay':
        if (await this.deps.wait(fault.ms)) return true;
        req.socket.destroy();
        return false;
      case 'down':
        entry.status = fault.mode === 'hang' ? 'hang' : 'reset';
        if (fault.mode === 'hang') this.deps.hold(res);
        else req.socket.destroy();
        return false;
      case 'status': {
        const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {};
        fail(new GraphHttpError(fault.status, fault.code ?? defaultCode(fault.status), defaultMessage(fault.status), headers));
        return false;
      }
    }
  }

  private write(res: ServerResponse, reply: SandboxReply): void {
    if (res.headersSent || res.destroyed) return;
    for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
    if (reply.body === undefined) {
      // never chain on writeHead: restify, when loaded in the same process, patches it to return undefined
      res.writeHead(reply.status);
      res.end();
      return;
    }
    res.writeHead(reply.status, { 'content-type': JSON_TYPE });
    res.end(JSON.stringify(reply.body));
  }
}

function defaultCode(status: number): string {
  if (status === 429) return 'TooManyRequests';
  if (status === 503) return 'serviceNotAvailable';
  if (status === 504) return 'gatewayTimeout';
  return status >= 500 ? 'generalException' : 'BadRequest';
}

function defaultMessage(status: number): string {
  if (status === 429) return 'Too many requests. Retry after the time given in the Retry-After header.';
  if (status >= 500) return 'The service is temporarily unavailable. Try again later.';
  return 'The request was rejected by the sandbox fault injector.';
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw GraphHttpError.badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.', 'BadRequest');
  }
}
