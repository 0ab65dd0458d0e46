import { GraphHttpError } from './graph-errors.js';
import { ODataFilter, ODataFilterError } from './odata-filter.js';
import { pagedReply, requireEventualConsistency } from './odata-paging.js';
import { ODataSearch, ODataSearchError } from './odata-search.js';
import type { SandboxUser } from './directory-types.js';
import type { SandboxReply, SandboxRequest } from './sandbox-http.js';
import type { SandboxRouter } from './sandbox-router.js';
import { isUserProperty, parseUserSelect, serializeUser } from './user-serializer.js';

const SEARCHABLE = new Set(['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'jobTitle', 'department']);
const ORDERABLE = new Set(['displayName', 'userPrincipalName']);
const USER_PAGE = { entitySet: 'users', defaultPageSize: 100, maxPageSize: 999 };
const REPORTS_PAGE = { entitySet: 'directoryObjects', defaultPageSize: 100, maxPageSize: 999 };

/** Read routes: GET /users (filter, search, select, top, orderby), /users/{id|upn}, /manager, /directReports. */
export function registerUserRoutes(router: SandboxRouter): void {
  router
    .add('GET', '/users', listUsers)
    .add('GET', '/users/:id', (req, p) => {
      const user = requireUser(req, p.id);
      const select = parseUserSelect(req.query.get('$select'));
      return { status: 200, body: { '@odata.context': `${req.origin}/v1.0/$metadata#users/$entity`, ...serializeUser(user, select) } };
    })
    .add('GET', '/users/:id/manager', (req, p) => {
      const manager = req.directory.managerOf(requireUser(req, p.id));
      if (!manager) throw GraphHttpError.notFound('manager');
      const select = parseUserSelect(req.query.get('$select'));
      return { status: 200, body: { '@odata.context': `${req.origin}/v1.0/$metadata#directoryObjects/$entity`, ...serializeUser(manager, select, true) } };
    })
    .add('GET', '/users/:id/directReports', (req, p) => {
      const select = parseUserSelect(req.query.get('$select'));
      const reports = req.directory.directReportsOf(requireUser(req, p.id)).map((u) => serializeUser(u, select, true));
      return pagedReply(req, reports, REPORTS_PAGE);
    });
}

export function requireUser(req: SandboxRequest, idOrUpn: string | undefined): SandboxUser {
  const user = idOrUpn ? req.directory.findUser(idOrUpn) : undefined;
  if (!user) throw GraphHttpError.notFound(idOrUpn ?? '');
  return user;
}

function listUsers(req: SandboxRequest): SandboxReply {
  const select = parseUserSelect(req.query.get('$select'));
  let users = req.directory.allUsers();
  const filter = parseFilter(req.query.get('$filter'));
  if (filter) users = users.filter((u) => filter.matches(u as unknown as Record<string, unknown>));
  const search = parseSearch(req);
  if (search) users = users.filter((u) => search.matches(u as unknown as Record<string, unknown>));
  users = orderUsers(users, req.query.get('$orderby'));
  return pagedReply(req, users.map((u) => serializeUser(u, select)), USER_PAGE);
}

function parseFilter(raw: string | null): ODataFilter | undefined {
  if (raw === null) return undefined;
  let filter: ODataFilter;
  try {
    filter = ODataFilter.parse(raw);
  } catch (err) {
    if (err instanceof ODataFilterError) throw new GraphHttpError(400, 'Request_UnsupportedQuery', `Invalid filter clause: ${err.message}`);
    throw err;
  }
  for (const p of filter.properties) {
    if (!isUserProperty(p)) {
      throw new GraphHttpError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${p}' of resource 'User'.`);
    }
  }
  return filter;
}

function parseSearch(req: SandboxRequest): ODataSearch | undefined {
  const raw = req.query.get('$search');
  if (raw === null) return undefined;
  requireEventualConsistency(req, '$search');
  let search: ODataSearch;
  try {
    search = ODataSearch.parse(raw);
  } catch (err) {
    if (err instanceof ODataSearchError) throw new GraphHttpError(400, 'Request_UnsupportedQuery', err.message);
    throw err;
  }
  const bad = search.properties.find((p) => !SEARCHABLE.has(p));
  if (bad) throw new GraphHttpError(400, 'Request_UnsupportedQuery', `This query is not supported: $search on property '${bad}'.`);
  return search;
}

function orderUsers(users: SandboxUser[], raw: string | null): SandboxUser[] {
  if (raw === null) return users;
  const [prop = '', dir = 'asc'] = raw.trim().split(/\s+/);
  if (!ORDERABLE.has(prop) || !['asc', 'desc'].includes(dir)) {
    throw new GraphHttpError(400, 'Request_UnsupportedQuery', `Sorting on '${raw}' is not supported.`);
  }
  const key = prop as 'displayName' | 'userPrincipalName';
  const sorted = [...users].sort((a, b) => a[key].localeCompare(b[key], 'cs'));
  return dir === 'desc' ? sorted.reverse() : sorted;
}
