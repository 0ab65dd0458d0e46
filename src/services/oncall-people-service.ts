import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import type { DirectoryPort } from './ports.js';

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export type PersonMatch = { kind: 'one'; id: string; name: string } | { kind: 'none' } | { kind: 'many'; names: string[] };

/**
 * The people of on-call duty (rotation members, backups, rota administrators, team leads, the head
 * of OIT) with their directory names: for cards, and to find "Megan" or "Lynne Robbins" in a command.
 */
export class OncallPeopleService {
  constructor(private readonly config: DomainConfig, private readonly directory: DirectoryPort, private readonly logger: Logger) {}

  ids(): string[] {
    const o = this.config.oncall;
    const leads = this.config.oit.teams.filter((t) => o.rotations.some((r) => r.team === t.id)).map((t) => t.lead);
    return [...new Set([...o.rotations.flatMap((r) => [...r.members, ...(r.backup ? [r.backup] : [])]), ...o.administrators, ...leads, this.config.oit.head])];
  }

  /** Display name from the directory; the id itself when the directory does not answer. */
  async nameOf(id: string): Promise<string> {
    try {
      return (await this.directory.getUser(id))?.displayName ?? id;
    } catch (err) {
      this.logger.warn({ userId: id, err: (err as Error).message }, 'directory unavailable for an on-call name');
      return id;
    }
  }

  async names(ids: Iterable<string>): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of new Set(ids)) out.set(id, await this.nameOf(id));
    return out;
  }

  /** Finds a person of on-call duty by full name, given name or surname (case and diacritics ignored). */
  async find(query: string): Promise<PersonMatch> {
    const q = fold(query);
    if (!q) return { kind: 'none' };
    const named = [...(await this.names(this.ids())).entries()];
    const exact = named.filter(([, name]) => fold(name) === q);
    const partial = named.filter(([, name]) => fold(name).split(' ').some((w) => w === q) || fold(name).startsWith(`${q} `));
    const hits = exact.length > 0 ? exact : partial;
    if (hits.length === 1) return { kind: 'one', id: hits[0]![0], name: hits[0]![1] };
    return hits.length === 0 ? { kind: 'none' } : { kind: 'many', names: hits.map(([, n]) => n) };
  }
}
