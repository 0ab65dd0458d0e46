import type { FaultInjector, FaultRule } from './fault-injector.js';
import type { SandboxDirectory } from './sandbox-directory.js';
import type { SandboxReply } from './sandbox-http.js';

/**
 * The sandbox's own control API (never part of Graph, no token needed, loopback only):
 * POST /_sandbox/faults (a rule or a list) · GET /_sandbox/faults · DELETE /_sandbox/faults · GET /_sandbox/records.
 */
export function handleControl(method: string, path: string, body: unknown, faults: FaultInjector, directory: SandboxDirectory): SandboxReply {
  const route = `${method.toUpperCase()} ${path.replace(/\/$/, '')}`;
  switch (route) {
    case 'POST /_sandbox/faults': {
      const rules = (Array.isArray(body) ? body : [body]) as FaultRule[];
      try {
        return { status: 201, body: { ids: rules.map((r) => faults.add(r)) } };
      } catch (err) {
        return { status: 400, body: { error: { code: 'BadRequest', message: (err as Error).message } } };
      }
    }
    case 'GET /_sandbox/faults':
      return { status: 200, body: { value: faults.pending() } };
    case 'DELETE /_sandbox/faults':
      faults.clear();
      return { status: 204 };
    case 'GET /_sandbox/records':
      return {
        status: 200,
        body: {
          passwordChanges: directory.passwordChanges.map(({ password: _omit, ...rest }) => rest),
          accountEnabledChanges: directory.accountEnabledChanges,
          revokedSessions: directory.revokedSessions,
          sentMail: directory.sentMail,
          deletedMethods: directory.deletedMethods,
          faultsServed: faults.served,
        },
      };
    default:
      return { status: 404, body: { error: { code: 'NotFound', message: `No sandbox control route ${route}.` } } };
  }
}
