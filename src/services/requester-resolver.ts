import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import type { DirectoryPort, DirectoryUser } from './ports.js';

/** What the helpdesk knows about a person: their organisation, site and district, from the directory. */
export interface RequesterProfile {
  id: string;
  name: string;
  upn: string | null;
  organisation: string | null;
  site: string | null;
  district: string | null;
  jobTitle: string | null;
  /** False when the directory could not be asked (down, timed out). */
  directoryAvailable: boolean;
  /** False when the directory answered that there is no such user. */
  known: boolean;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

export class RequesterResolver {
  constructor(
    private readonly directory: DirectoryPort,
    private readonly config: DomainConfig,
    private readonly logger: Logger,
  ) {}

  async resolve(id: string, fallbackName: string): Promise<RequesterProfile> {
    let user: DirectoryUser | null;
    try {
      user = await this.directory.getUser(id);
    } catch (err) {
      this.logger.warn({ err: errorSummary(err), userId: id }, 'directory unavailable: requester details unknown');
      return this.unknown(id, fallbackName, false);
    }
    if (!user) return this.unknown(id, fallbackName, true);
    const site = this.siteOf(user);
    return {
      id,
      name: user.displayName || fallbackName,
      upn: user.userPrincipalName,
      organisation: this.organisationOf(user) ?? site?.organisation ?? null,
      site: site?.id ?? null,
      district: site?.district ?? this.districtOf(user.city),
      jobTitle: user.jobTitle,
      directoryAvailable: true,
      known: true,
    };
  }

  private unknown(id: string, name: string, directoryAvailable: boolean): RequesterProfile {
    return { id, name, upn: null, organisation: null, site: null, district: null, jobTitle: null, directoryAvailable, known: false };
  }

  private organisationOf(user: DirectoryUser): string | null {
    const domain = user.userPrincipalName.split('@')[1]?.toLowerCase();
    return this.config.organisations.find((o) => o.domain.toLowerCase() === domain)?.id ?? null;
  }

  private siteOf(user: DirectoryUser): DomainConfig['sites'][number] | undefined {
    if (!user.officeLocation) return undefined;
    const office = fold(user.officeLocation);
    return this.config.sites.find((s) => office.startsWith(fold(s.name)) || fold(s.name).startsWith(office));
  }

  private districtOf(city: string | null): string | null {
    if (!city) return null;
    return this.config.districts.find((d) => fold(d.name) === fold(city))?.id ?? null;
  }
}

export function errorSummary(err: unknown): Record<string, unknown> {
  const e = err as { name?: string; message?: string; statusCode?: number; code?: string; requestId?: string };
  return { name: e?.name, message: e?.message, statusCode: e?.statusCode, code: e?.code, requestId: e?.requestId };
}
