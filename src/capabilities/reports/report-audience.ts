import type { DomainConfig } from '../../config/domain-schema.js';

/**
 * Who may see which reports, from the user's Entra object id and the configuration (never from
 * the text or a card's data):
 * - the head of OIT: everything;
 * - an OIT team lead: their teams' figures, and the region-wide totals (headline figures only);
 * - an organisation manager: their own organisation only (the SLA OIT delivers to it, its tickets);
 * - anyone else (employees, technicians who lead no team, vendor technicians): no reports.
 */
export type ReportAudience =
  | { role: 'head' }
  | { role: 'lead'; teams: readonly string[] }
  | { role: 'organisation'; organisation: string };

type AudienceConfig = Pick<DomainConfig, 'oit' | 'organisations'>;

export function audienceOf(userId: string, config: AudienceConfig): ReportAudience | null {
  if (!userId) return null;
  if (userId === config.oit.head) return { role: 'head' };
  const teams = config.oit.teams.filter((t) => t.lead === userId).map((t) => t.id);
  if (teams.length) return { role: 'lead', teams };
  const org = config.organisations.find((o) => o.managers.includes(userId));
  return org ? { role: 'organisation', organisation: org.id } : null;
}

/** What a report is narrowed to (configuration ids). */
export interface ReportFilter {
  organisation?: string;
  team?: string;
  vendor?: string;
  district?: string;
  priority?: string;
  category?: string;
}

export type FilterCheck =
  | { ok: true; filter: ReportFilter; teams: readonly string[] | null }
  | { ok: false; reason: 'other-organisation' | 'other-team' };

/**
 * The filter a report really runs with for this audience: an organisation manager's is always their
 * organisation (asking for another one is refused), a lead's rows are their teams' (another team is
 * refused); `teams` restricts rows to those teams (null: no restriction).
 */
export function checkFilter(audience: ReportAudience, filter: ReportFilter): FilterCheck {
  if (audience.role === 'organisation') {
    if (filter.organisation && filter.organisation !== audience.organisation) return { ok: false, reason: 'other-organisation' };
    return { ok: true, filter: { ...filter, organisation: audience.organisation }, teams: null };
  }
  if (audience.role === 'lead') {
    if (filter.team && !audience.teams.includes(filter.team)) return { ok: false, reason: 'other-team' };
    return { ok: true, filter, teams: filter.team ? [filter.team] : audience.teams };
  }
  return { ok: true, filter, teams: filter.team ? [filter.team] : null };
}
