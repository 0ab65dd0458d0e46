import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import type { DirectoryPort, DirectoryUser } from '../services/ports.js';
import { GraphUnavailableError } from '../services/graph-unavailable-error.js';
import { rankUsers } from './user-search-ranker.js';

export const DIRECTORY_USER_FIELDS = [
  'id', 'displayName', 'givenName', 'surname', 'userPrincipalName', 'mail', 'department', 'jobTitle',
  'officeLocation', 'city', 'companyName', 'accountEnabled',
] as const;

const SEARCH_PROPS = ['displayName', 'givenName', 'surname', 'userPrincipalName', 'mail'] as const;

interface Page { value?: unknown[]; '@odata.nextLink'?: string }

/** DirectoryPort over Microsoft Graph v1.0. 404 → null; any other failure → GraphUnavailableError. */
export class GraphDirectory implements DirectoryPort {
  constructor(private readonly client: Client) {}

  async getUser(idOrUpn: string): Promise<DirectoryUser | null> {
    return this.orNull('getUser', async () => toDirectoryUser(
      await this.client.api(`/users/${encodeURIComponent(idOrUpn)}`).select([...DIRECTORY_USER_FIELDS]).get()));
  }

  async getManager(id: string): Promise<DirectoryUser | null> {
    return this.orNull('getManager', async () => toDirectoryUser(
      await this.client.api(`/users/${encodeURIComponent(id)}/manager`).select([...DIRECTORY_USER_FIELDS]).get()));
  }

  async getDirectReports(id: string): Promise<DirectoryUser[]> {
    const found = await this.orNull('getDirectReports', () =>
      this.collect(this.client.api(`/users/${encodeURIComponent(id)}/directReports`).select([...DIRECTORY_USER_FIELDS]).top(999).get()));
    return (found ?? []).filter(isUserObject).map(toDirectoryUser);
  }

  /** startswith on name, given name, surname, UPN and mail; then $search (word prefixes) when that finds too few. */
  async searchUsers(query: string, limit: number): Promise<DirectoryUser[]> {
    const q = query.trim();
    if (q.length === 0 || limit <= 0) return [];
    const top = Math.min(999, Math.max(25, limit * 3));
    const literal = q.replace(/'/g, "''");
    const filter = SEARCH_PROPS.map((p) => `startswith(${p},'${literal}')`).join(' or ');
    const byPrefix = await this.guard('searchUsers', () =>
      this.client.api('/users').filter(encodeURIComponent(filter)).select([...DIRECTORY_USER_FIELDS]).top(top).get() as Promise<Page>);
    let candidates = (byPrefix.value ?? []).map(toDirectoryUser);
    if (candidates.length < limit) candidates = candidates.concat(await this.searchWords(q, top));
    const unique = [...new Map(candidates.map((u) => [u.id, u])).values()];
    return rankUsers(q, unique).slice(0, limit);
  }

  /** `$search="displayName:w1" AND "displayName:w2"`: word prefixes, any order (needs ConsistencyLevel: eventual). */
  private async searchWords(q: string, top: number): Promise<DirectoryUser[]> {
    const words = q.split(/[\s"\\]+/u).filter((w) => w.length > 0);
    if (words.length === 0) return [];
    const search = words.map((w) => `"displayName:${w}"`).join(' AND ');
    const page = await this.guard('searchUsers', () =>
      this.client.api('/users').header('ConsistencyLevel', 'eventual').search(encodeURIComponent(search))
        .select([...DIRECTORY_USER_FIELDS]).top(top).get() as Promise<Page>);
    return (page.value ?? []).map(toDirectoryUser);
  }

  private async collect(first: Promise<Page>): Promise<unknown[]> {
    let page = await first;
    const items = [...(page.value ?? [])];
    for (let guard = 0; page['@odata.nextLink'] && guard < 50; guard++) {
      page = (await this.client.api(page['@odata.nextLink']).get()) as Page;
      items.push(...(page.value ?? []));
    }
    return items;
  }

  private async orNull<T>(operation: string, call: () => Promise<T>): Promise<T | null> {
    try {
      return await call();
    } catch (err) {
      if (err instanceof GraphError && err.statusCode === 404) return null;
      throw new GraphUnavailableError(operation, err);
    }
  }

  private async guard<T>(operation: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      throw new GraphUnavailableError(operation, err);
    }
  }
}

function isUserObject(raw: unknown): boolean {
  const type = (raw as Record<string, unknown>)['@odata.type'];
  return type === undefined || type === '#microsoft.graph.user';
}

function str(raw: Record<string, unknown>, key: string): string | null {
  const v = raw[key];
  return typeof v === 'string' ? v : null;
}

export function toDirectoryUser(value: unknown): DirectoryUser {
  const raw = (value ?? {}) as Record<string, unknown>;
  return {
    id: str(raw, 'id') ?? '',
    displayName: str(raw, 'displayName') ?? '',
    givenName: str(raw, 'givenName'),
    surname: str(raw, 'surname'),
    userPrincipalName: str(raw, 'userPrincipalName') ?? '',
    mail: str(raw, 'mail'),
    department: str(raw, 'department'),
    jobTitle: str(raw, 'jobTitle'),
    officeLocation: str(raw, 'officeLocation'),
    city: str(raw, 'city'),
    companyName: str(raw, 'companyName'),
    accountEnabled: raw.accountEnabled !== false,
  };
}
