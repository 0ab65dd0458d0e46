import { GraphHttpError } from './graph-errors.js';
import { isComplexPassword } from './password-policy.js';
import type { SandboxUser } from './directory-types.js';
import { bodyObject, noContent, ok, type SandboxReply, type SandboxRequest } from './sandbox-http.js';
import type { SandboxRouter } from './sandbox-router.js';
import { requireUser } from './user-routes.js';

const EDITABLE = new Set(['department', 'jobTitle', 'officeLocation', 'city', 'mobilePhone', 'companyName', 'displayName', 'givenName', 'surname']);

/** Account operations: PATCH /users/{id}, revokeSignInSessions, sendMail. The caller is a Helpdesk Administrator. */
export function registerAccountRoutes(router: SandboxRouter): void {
  router
    .add('PATCH', '/users/:id', patchUser)
    .add('POST', '/users/:id/revokeSignInSessions', (req, p) => {
      const user = manageableUser(req, p.id);
      req.directory.revokeSessions(user, req.at);
      return ok({ '@odata.context': `${req.origin}/v1.0/$metadata#Edm.Boolean`, value: true });
    })
    .add('POST', '/users/:id/sendMail', sendMail);
}

/** The target user, or 403 when a Helpdesk Administrator may not manage them. */
export function manageableUser(req: SandboxRequest, idOrUpn: string | undefined): SandboxUser {
  const user = requireUser(req, idOrUpn);
  if (req.directory.isProtected(user)) throw GraphHttpError.denied();
  return user;
}

function patchUser(req: SandboxRequest, params: Readonly<Record<string, string>>): SandboxReply {
  const body = bodyObject(req);
  if (!body || Object.keys(body).length === 0) throw GraphHttpError.badRequest('The request body must be a JSON object with the properties to update.');
  for (const key of Object.keys(body)) {
    if (key !== 'passwordProfile' && key !== 'accountEnabled' && !EDITABLE.has(key)) {
      throw GraphHttpError.badRequest(`Invalid property '${key}'.`);
    }
  }
  const user = manageableUser(req, params.id);
  if (body.passwordProfile !== undefined) applyPassword(req, user, body.passwordProfile);
  if (body.accountEnabled !== undefined) {
    if (typeof body.accountEnabled !== 'boolean') throw GraphHttpError.badRequest("Invalid value for property 'accountEnabled'.");
    req.directory.setAccountEnabled(user, body.accountEnabled, req.at);
  }
  const changes: Partial<SandboxUser> = {};
  for (const key of Object.keys(body).filter((k) => EDITABLE.has(k))) {
    const value = body[key];
    if (value !== null && typeof value !== 'string') throw GraphHttpError.badRequest(`Invalid value for property '${key}'.`);
    (changes as Record<string, unknown>)[key] = value;
  }
  req.directory.updateUser(user, changes);
  return noContent();
}

function applyPassword(req: SandboxRequest, user: SandboxUser, profile: unknown): void {
  if (!profile || typeof profile !== 'object') throw GraphHttpError.badRequest("Invalid value for property 'passwordProfile'.");
  const { password, forceChangePasswordNextSignIn } = profile as Record<string, unknown>;
  if (typeof password !== 'string') throw GraphHttpError.badRequest("Invalid value specified for property 'password' of resource 'User'.");
  if (!isComplexPassword(password)) {
    throw GraphHttpError.badRequest('The specified password does not comply with password complexity requirements. Please provide a different password.');
  }
  req.directory.setPassword(user, password, forceChangePasswordNextSignIn !== false, req.at);
}

function sendMail(req: SandboxRequest, params: Readonly<Record<string, string>>): SandboxReply {
  const sender = requireUser(req, params.id);
  if (sender.userType !== 'Member' || !sender.mail) {
    throw new GraphHttpError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
  }
  const body = bodyObject(req);
  const message = body?.message;
  if (!message || typeof message !== 'object') throw new GraphHttpError(400, 'ErrorInvalidRequest', "The request body must contain a 'message'.");
  const to = (message as Record<string, unknown>).toRecipients;
  const valid = Array.isArray(to) && to.length > 0 && to.every((r) => typeof (r as { emailAddress?: { address?: unknown } })?.emailAddress?.address === 'string');
  if (!valid) throw new GraphHttpError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
  req.directory.recordMail({ fromUserId: sender.id, message: message as Record<string, unknown>, saveToSentItems: body?.saveToSentItems !== false, at: req.at });
  return { status: 202 };
}
