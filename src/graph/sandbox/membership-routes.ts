import { GraphHttpError } from './graph-errors.js';
import { pagedReply } from './odata-paging.js';
import { bodyObject, ok } from './sandbox-http.js';
import type { SandboxRouter } from './sandbox-router.js';
import { requireUser } from './user-routes.js';
import { serializeDirectoryObject } from './user-serializer.js';

const PAGE = { entitySet: 'directoryObjects', defaultPageSize: 100, maxPageSize: 999 };

/** GET /users/{id}/memberOf, /transitiveMemberOf (groups and directory roles), POST /users/{id}/checkMemberGroups. */
export function registerMembershipRoutes(router: SandboxRouter): void {
  router
    .add('GET', '/users/:id/memberOf', (req, p) =>
      pagedReply(req, req.directory.memberOf(requireUser(req, p.id).id).map(serializeDirectoryObject), PAGE))
    .add('GET', '/users/:id/transitiveMemberOf', (req, p) =>
      pagedReply(req, req.directory.transitiveMemberOf(requireUser(req, p.id).id).map(serializeDirectoryObject), PAGE))
    .add('POST', '/users/:id/checkMemberGroups', (req, p) => {
      const user = requireUser(req, p.id);
      const ids = bodyObject(req)?.groupIds;
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every((i) => typeof i === 'string')) {
        throw GraphHttpError.badRequest("The request body must contain 'groupIds', a list of group ids.");
      }
      if (ids.length > 20) throw GraphHttpError.badRequest('At most 20 group ids may be checked at once.');
      const mine = new Set(req.directory.transitiveMemberOf(user.id).filter((o) => o.kind === 'group').map((o) => (o.kind === 'group' ? o.group.id : '')));
      return ok({ '@odata.context': `${req.origin}/v1.0/$metadata#Collection(Edm.String)`, value: (ids as string[]).filter((i) => mine.has(i)) });
    });
}
