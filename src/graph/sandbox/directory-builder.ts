import { foldText } from '../text-fold.js';
import { CZECH_NAMES, type CzechNameLists } from './czech-names.js';
import type { SeededRandom } from './seeded-random.js';
import type { SandboxUser } from './directory-types.js';

export type UserDraft = Omit<SandboxUser, 'id' | 'userPrincipalName' | 'mail'> & {
  id?: string;
  /** The UPN's local part before uniqueness numbering, e.g. "jan.novak". */
  upnLocal: string;
  domain: string;
  /** Overrides the mail address (default: the UPN for members). */
  mail?: string | null;
};

/** Accumulates users with unique ids and UPNs; draws names from the seeded generator. */
export class DirectoryBuilder {
  readonly users: SandboxUser[] = [];
  private readonly ids = new Set<string>();
  private readonly upns = new Set<string>();

  constructor(private readonly rng: SeededRandom, private readonly names: CzechNameLists = CZECH_NAMES) {}

  /** Ids that generated objects must never take (the personas'). */
  reserveIds(ids: Iterable<string>): void {
    for (const id of ids) this.ids.add(id.toLowerCase());
  }

  newId(): string {
    for (;;) {
      const id = this.rng.guid();
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return id;
      }
    }
  }

  /** A Czech person; index 1 of the surname pair is the feminine form. */
  person(): { givenName: string; surname: string; feminine: boolean } {
    const feminine = this.rng.chance(0.5);
    const givenName = this.rng.pick(feminine ? this.names.femaleGiven : this.names.maleGiven);
    const surname = this.rng.pick(this.names.surnames)[feminine ? 1 : 0];
    return { givenName, surname, feminine };
  }

  /** "jan.novak" → "jan.novak@domain", then "jan.novak2@domain"… when taken. */
  uniqueUpn(local: string, domain: string): string {
    const base = foldText(local).replace(/[^a-z0-9._#-]+/g, '').replace('#ext#', '#EXT#');
    for (let n = 1; ; n++) {
      const upn = base.endsWith('#EXT#') ? `${base}@${domain}` : `${base}${n === 1 ? '' : n}@${domain}`;
      const key = upn.toLowerCase();
      if (!this.upns.has(key)) {
        this.upns.add(key);
        return upn;
      }
      if (base.endsWith('#EXT#')) throw new Error(`duplicate guest ${upn}`);
    }
  }

  add(draft: UserDraft): SandboxUser {
    const { upnLocal, domain, id, mail, ...rest } = draft;
    const userId = id ?? this.newId();
    if (id) this.ids.add(id.toLowerCase());
    const userPrincipalName = this.uniqueUpn(upnLocal, domain);
    const user: SandboxUser = { ...rest, id: userId, userPrincipalName, mail: mail === undefined ? userPrincipalName : mail };
    this.users.push(user);
    return user;
  }

  phone(prefix: string): string {
    return `+420 ${prefix}${this.rng.digits(3 - prefix.length)} ${this.rng.digits(3)} ${this.rng.digits(3)}`;
  }
}
