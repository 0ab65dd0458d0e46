import { GraphHttpError } from './graph-errors.js';
import type { SandboxReply, SandboxRequest } from './sandbox-http.js';

export interface PageOptions {
  /** For @odata.context: "users", "directoryObjects"… */
  entitySet: string;
  defaultPageSize: number;
  maxPageSize: number;
}

/**
 * A collection answer: `value`, `@odata.context`, `@odata.count` when `$count=true`, and `@odata.nextLink`
 * (the same query plus an opaque `$skiptoken`) when more items follow.
 */
export function pagedReply(req: SandboxRequest, items: readonly Record<string, unknown>[], opts: PageOptions): SandboxReply {
  const size = pageSize(req.query.get('$top'), opts);
  const offset = decodeSkipToken(req.query.get('$skiptoken'));
  const page = items.slice(offset, offset + size);
  const select = req.query.get('$select');
  const body: Record<string, unknown> = {
    '@odata.context': `${req.origin}/v1.0/$metadata#${opts.entitySet}${select ? `(${select})` : ''}`,
  };
  if (req.query.get('$count') === 'true') {
    requireEventualConsistency(req, '$count');
    body['@odata.count'] = items.length;
  }
  if (offset + size < items.length) body['@odata.nextLink'] = nextLink(req, offset + size);
  body.value = page;
  return { status: 200, body };
}

export function requireEventualConsistency(req: SandboxRequest, what: string): void {
  const level = req.headers.consistencylevel;
  if (typeof level !== 'string' || level.toLowerCase() !== 'eventual') {
    throw new GraphHttpError(400, 'Request_UnsupportedQuery',
      `Request with ${what} query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'`);
  }
}

function pageSize(raw: string | null, opts: PageOptions): number {
  if (raw === null) return opts.defaultPageSize;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > opts.maxPageSize) {
    throw GraphHttpError.badRequest(`Invalid page size specified: '${raw}'. Must be between 1 and ${opts.maxPageSize} inclusive.`);
  }
  return n;
}

function decodeSkipToken(raw: string | null): number {
  if (raw === null) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!m) throw GraphHttpError.badRequest('The specified page token value has expired or is invalid.', 'Directory_ExpiredPageToken');
  return Number(m[1]);
}

function nextLink(req: SandboxRequest, offset: number): string {
  const params = new URLSearchParams(req.query);
  params.delete('$skiptoken');
  params.set('$skiptoken', Buffer.from(`offset:${offset}`, 'utf8').toString('base64url'));
  const query = params.toString().replace(/%24/g, '$').replace(/\+/g, '%20');
  return `${req.origin}/v1.0${req.path}?${query}`;
}
