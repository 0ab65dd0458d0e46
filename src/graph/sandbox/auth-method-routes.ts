import { manageableUser } from './account-routes.js';
import type { AuthMethodKind, SandboxAuthMethod } from './directory-types.js';
import { GraphHttpError } from './graph-errors.js';
import { noContent, ok, type SandboxRequest } from './sandbox-http.js';
import type { SandboxRouter } from './sandbox-router.js';
import { requireUser } from './user-routes.js';

const COLLECTIONS: Readonly<Record<string, AuthMethodKind>> = {
  passwordmethods: 'password',
  phonemethods: 'phone',
  microsoftauthenticatormethods: 'microsoftAuthenticator',
  fido2methods: 'fido2',
  emailmethods: 'email',
  softwareoathmethods: 'softwareOath',
};

/** GET /users/{id}/authentication/methods, GET and DELETE /users/{id}/authentication/{kind}Methods/{methodId}. */
export function registerAuthMethodRoutes(router: SandboxRouter): void {
  router
    .add('GET', '/users/:id/authentication/methods', (req, p) => {
      const user = requireUser(req, p.id);
      return ok(listBody(req, user.id, 'methods', req.directory.authMethodsOf(user.id)));
    })
    .add('GET', '/users/:id/authentication/:collection', (req, p) => {
      const user = requireUser(req, p.id);
      const kind = collectionKind(p.collection);
      return ok(listBody(req, user.id, p.collection ?? '', req.directory.authMethodsOf(user.id).filter((m) => m.kind === kind)));
    })
    .add('GET', '/users/:id/authentication/:collection/:methodId', (req, p) => {
      const user = requireUser(req, p.id);
      return ok(serializeMethod(findMethod(req, user.id, collectionKind(p.collection), p.methodId)));
    })
    .add('DELETE', '/users/:id/authentication/:collection/:methodId', (req, p) => {
      const kind = collectionKind(p.collection);
      if (kind === 'password') throw new GraphHttpError(405, 'methodNotAllowed', 'The password method cannot be deleted.');
      const user = manageableUser(req, p.id);
      const method = findMethod(req, user.id, kind, p.methodId);
      if (req.directory.defaultMethodOf(user.id) === method.id) {
        throw new GraphHttpError(400, 'badRequest', "The user's default sign-in method cannot be deleted. Change the default method first.");
      }
      const others = req.directory.authMethodsOf(user.id);
      if (method.props.phoneType === 'mobile' && others.some((m) => m.props.phoneType === 'alternateMobile')) {
        throw new GraphHttpError(400, 'badRequest', 'The mobile phone method cannot be deleted while an alternate mobile phone method exists.');
      }
      req.directory.removeMethod(user, method, req.at);
      return noContent();
    });
}

export function serializeMethod(m: SandboxAuthMethod): Record<string, unknown> {
  return { '@odata.type': `#microsoft.graph.${m.kind}AuthenticationMethod`, id: m.id, ...m.props };
}

function listBody(req: SandboxRequest, userId: string, segment: string, methods: SandboxAuthMethod[]): unknown {
  return { '@odata.context': `${req.origin}/v1.0/$metadata#users('${userId}')/authentication/${segment}`, value: methods.map(serializeMethod) };
}

function collectionKind(collection: string | undefined): AuthMethodKind {
  const kind = collection ? COLLECTIONS[collection.toLowerCase()] : undefined;
  if (!kind) throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${collection ?? ''}'.`);
  return kind;
}

function findMethod(req: SandboxRequest, userId: string, kind: AuthMethodKind, methodId: string | undefined): SandboxAuthMethod {
  const method = req.directory.authMethodsOf(userId).find((m) => m.kind === kind && m.id.toLowerCase() === methodId?.toLowerCase());
  if (!method) throw new GraphHttpError(404, 'itemNotFound', `The authentication method '${methodId ?? ''}' was not found.`);
  return method;
}
