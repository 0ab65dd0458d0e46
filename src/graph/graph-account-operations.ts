import { GraphError, ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type { AccountOperationReceipt, AccountOperationsPort, AccountPrivilege } from '../services/ports.js';
import { AccountOperationError, failureKindOf } from '../services/account-operation-error.js';
import { deletableMethods, type RegisteredMethod } from './graph-auth-method-plan.js';

/** Directory roles that only read: holding one does not make a user privileged. */
export const READER_ROLE_TEMPLATES: ReadonlySet<string> = new Set([
  '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', // Directory Readers
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451', // Global Reader
  '4a5d8f65-41da-4de4-8968-e035b65339cf', // Reports Reader
]);

export interface GraphAccountOperationsOptions {
  /** Display names of groups whose members are never handled automatically. */
  protectedGroupNames: readonly string[];
}

interface Page { value?: Record<string, unknown>[]; '@odata.nextLink'?: string }

const MAX_PAGES = 50;

/**
 * AccountOperationsPort over Microsoft Graph v1.0 (app-only). Writes use the RAW response so the
 * request id of a confirmed change reaches the audit log; any non-2xx answer is an AccountOperationError.
 */
export class GraphAccountOperations implements AccountOperationsPort {
  private readonly protectedNames: ReadonlySet<string>;

  constructor(private readonly client: Client, options: GraphAccountOperationsOptions) {
    this.protectedNames = new Set(options.protectedGroupNames.map((n) => n.toLowerCase()));
  }

  resetPassword(userId: string, temporaryPassword: string): Promise<AccountOperationReceipt> {
    const body = { passwordProfile: { password: temporaryPassword, forceChangePasswordNextSignIn: true } };
    return this.write('resetPassword', () => this.user(userId).responseType(ResponseType.RAW).patch(body));
  }

  enableAccount(userId: string): Promise<AccountOperationReceipt> {
    return this.write('enableAccount', () => this.user(userId).responseType(ResponseType.RAW).patch({ accountEnabled: true }));
  }

  revokeSessions(userId: string): Promise<AccountOperationReceipt> {
    return this.write('revokeSessions', () =>
      this.client.api(`/users/${encodeURIComponent(userId)}/revokeSignInSessions`).responseType(ResponseType.RAW).post({}));
  }

  async resetMfa(userId: string): Promise<AccountOperationReceipt & { removed: number; kept: number }> {
    const base = `/users/${encodeURIComponent(userId)}/authentication`;
    const listed = await this.read('listAuthMethods', () => this.client.api(`${base}/methods`).get() as Promise<Page>);
    const plan = deletableMethods((listed.value ?? []) as unknown as RegisteredMethod[]);
    const ids: string[] = [];
    let removed = 0;
    let kept = plan.notRemovable;
    for (const method of plan.toDelete) {
      try {
        const receipt = await this.write('deleteAuthMethod', () =>
          this.client.api(`${base}/${method.collection}/${encodeURIComponent(method.id)}`).responseType(ResponseType.RAW).delete());
        if (receipt.requestId) ids.push(receipt.requestId);
        removed += 1;
      } catch (err) {
        // Graph refuses the default method (400): it stays, the user changes it at next registration.
        if (!(err instanceof AccountOperationError) || err.kind !== 'rejected') throw err;
        kept += 1;
      }
    }
    return { requestId: ids.join(',') || null, removed, kept };
  }

  async getPrivilege(userId: string): Promise<AccountPrivilege> {
    const first = this.client.api(`/users/${encodeURIComponent(userId)}/transitiveMemberOf`).top(999).get() as Promise<Page>;
    let page = await this.read('transitiveMemberOf', () => first);
    const reasons: string[] = [];
    for (let n = 0; ; n++) {
      for (const item of page.value ?? []) {
        const reason = this.privilegeOf(item);
        if (reason) reasons.push(reason);
      }
      const next = page['@odata.nextLink'];
      if (!next || n >= MAX_PAGES) break;
      page = await this.read('transitiveMemberOf', () => this.client.api(next).get() as Promise<Page>);
    }
    return { privileged: reasons.length > 0, reasons };
  }

  private privilegeOf(item: Record<string, unknown>): string | null {
    const type = item['@odata.type'];
    const name = typeof item.displayName === 'string' ? item.displayName : String(item.id ?? '');
    if (type === '#microsoft.graph.directoryRole') {
      return READER_ROLE_TEMPLATES.has(String(item.roleTemplateId ?? '')) ? null : `role: ${name}`;
    }
    if (type === '#microsoft.graph.group') {
      if (item.isAssignableToRole === true || this.protectedNames.has(name.toLowerCase())) return `group: ${name}`;
    }
    return null;
  }

  private user(userId: string) {
    return this.client.api(`/users/${encodeURIComponent(userId)}`);
  }

  private async write(operation: string, call: () => Promise<Response>): Promise<AccountOperationReceipt> {
    let res: Response;
    try {
      res = await call();
    } catch (err) {
      throw fromGraphError(operation, err);
    }
    const requestId = res.headers.get('request-id');
    if (res.ok) {
      await res.arrayBuffer().catch(() => undefined);
      return { requestId };
    }
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; innerError?: Record<string, string> } } | null;
    const code = body?.error?.code ?? null;
    throw new AccountOperationError(failureKindOf(res.status, code), operation, res.status, code,
      requestId ?? body?.error?.innerError?.['request-id'] ?? null, retryAfter(res.headers));
  }

  private async read<T>(operation: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      throw fromGraphError(operation, err);
    }
  }
}

function fromGraphError(operation: string, err: unknown): AccountOperationError {
  if (err instanceof AccountOperationError) return err;
  const graph = err instanceof GraphError ? err : undefined;
  const statusCode = graph?.statusCode ?? -1;
  const code = graph?.code ?? (err instanceof Error ? err.name : null);
  return new AccountOperationError(failureKindOf(statusCode, code), operation, statusCode, code, graph?.requestId ?? null,
    graph?.headers ? retryAfter(graph.headers) : null);
}

function retryAfter(headers: Headers): number | null {
  const value = headers.get('Retry-After');
  return value != null && !Number.isNaN(Number(value)) ? Number(value) : null;
}
