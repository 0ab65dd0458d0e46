import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxDirectory } from './sandbox-directory.js';

/** What a route handler sees: the request already parsed, the directory, and the request's time. */
export interface SandboxRequest {
  method: string;
  /** Path after the /v1.0 prefix, e.g. "/users/abc/manager". */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  requestId: string;
  at: Date;
  /** "https://127.0.0.1:port", for @odata.context and @odata.nextLink. */
  origin: string;
  directory: SandboxDirectory;
}

export interface SandboxReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (req: SandboxRequest, params: Readonly<Record<string, string>>) => SandboxReply | Promise<SandboxReply>;

export const noContent = (): SandboxReply => ({ status: 204 });
export const ok = (body: unknown, status = 200): SandboxReply => ({ status, body });

/** The body as a JSON object, or a 400 the caller throws. */
export function bodyObject(req: SandboxRequest): Record<string, unknown> | undefined {
  const b = req.body;
  return b && typeof b === 'object' && !Array.isArray(b) ? (b as Record<string, unknown>) : undefined;
}
