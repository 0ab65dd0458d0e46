import type { DomainConfig } from '../../config/domain-schema.js';
import { foldDiacritics } from '../../triage/text-normalizer.js';

/** One config entity (team, organisation, district, vendor) and the patterns that name it in folded text. */
interface Entry { id: string; patterns: RegExp[] }

export type EntityKind = 'team' | 'organisation' | 'district' | 'vendor';

const fold = (s: string): string => foldDiacritics(s.toLowerCase()).replace(/[^a-z0-9]+/gu, ' ').trim();

/**
 * A name as a pattern that accepts its Czech case endings: the last word loses its final vowel
 * (or "-y", "-e", "-ice") and may take up to four letters ("Klatovy" → "klatov\w{0,4}", "síť" →
 * "sit\w{0,3}"). Words shorter than three letters must match whole.
 */
export function namePattern(name: string): RegExp | null {
  const words = fold(name).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const parts = words.map((w, i) => {
    if (w.length < 3 || /^\d+$/u.test(w)) return w;
    const stem = w.length > 4 ? w.replace(/(?:ice|a|e|i|o|u|y)$/u, '') : w;
    const room = w.length <= 4 ? 3 : i === words.length - 1 ? 4 : 3;
    return `${stem}\\w{0,${room}}`;
  });
  return new RegExp(`\\b${parts.join(' ')}\\b`, 'u');
}

/** Extra ways people name the demo organisations' and teams' kinds (generic words, not config data). */
const TEAM_WORDS: Record<string, string[]> = {
  network: ['sitar', 'sitak', 'sitovak', 'telefonie', 'network', 'sit'],
  servers: ['server', 'hosting', 'serverak'],
  'service-desk': ['service desk', 'servicedesk', 'helpdesk', 'prvni linie'],
  applications: ['aplikac', 'aplikacni podpora', 'applications'],
  identity: ['identity', 'ucty'],
};
const ORGANISATION_WORDS: Record<string, string[]> = {
  KU: ['krajsky urad', 'regional office'],
  SUS: ['sus', 'sprava udrzby silnic', 'road maintenance', 'udrzba silnic', 'cestmistrovstv'],
  CN: ['centralni nakup', 'central purchasing'],
  ZH: ['zdravotnicky holding', 'holding', 'health holding', 'nemocnic'],
};

/** Config teams, organisations, districts and vendors, found in folded text by name, alias or id. */
export class EntityLexicon {
  private readonly entries: Record<EntityKind, Entry[]>;
  private readonly vendorOfDistrict: ReadonlyMap<string, string>;
  private placePattern: RegExp | undefined;
  private organisationPattern: RegExp | undefined;

  constructor(config: Pick<DomainConfig, 'oit' | 'organisations' | 'districts' | 'vendors' | 'oncall'>) {
    const compile = (names: string[]): RegExp[] => names.map(namePattern).filter((p): p is RegExp => p !== null);
    this.entries = {
      team: config.oit.teams.map((t) => ({
        id: t.id,
        patterns: compile([t.name.cs, t.name.en, t.id.replace(/-/gu, ' '), ...(TEAM_WORDS[t.id] ?? []),
          ...(config.oncall.rotations.find((r) => r.team === t.id)?.aliases ?? [])]),
      })),
      organisation: config.organisations.map((o) => ({ id: o.id, patterns: compile([o.name.cs, o.name.en, ...(ORGANISATION_WORDS[o.id] ?? [])]) })),
      district: config.districts.map((d) => ({ id: d.id, patterns: compile([d.name]) })),
      vendor: config.vendors.map((v) => ({ id: v.id, patterns: compile([v.name.replace(/\b(?:s\.? ?r\.? ?o|a\.? ?s)\.?$/iu, '').trim()]) })),
    };
    this.vendorOfDistrict = new Map(config.districts.map((d) => [d.id, d.vendor]));
  }

  /** The first entity of `kind` named in `folded` (earliest in the text), or null. */
  find(kind: EntityKind, folded: string): string | null {
    let best: { id: string; at: number; length: number } | null = null;
    for (const entry of this.entries[kind]) {
      for (const pattern of entry.patterns) {
        const m = pattern.exec(folded);
        if (m && (!best || m.index < best.at || (m.index === best.at && m[0].length > best.length))) best = { id: entry.id, at: m.index, length: m[0].length };
      }
    }
    return best?.id ?? null;
  }

  /** The vendor named, or the vendor of the district named ("dodavatel v Tachově"). */
  vendor(folded: string): string | null {
    const named = this.find('vendor', folded);
    if (named) return named;
    const district = this.find('district', folded);
    return district ? this.vendorOfDistrict.get(district) ?? null : null;
  }

  /**
   * Folded text with district and vendor names as "xplace" and organisation names as "xorg": the
   * intent layer learns "dodavatel v xplace", not "dodavatel v Klatovech" (and a problem report from
   * Klatovy does not look like a vendor question).
   */
  placeholders(folded: string): string {
    return folded.replace(this.places, ' xplace ').replace(this.organisations, ' xorg ');
  }

  private get places(): RegExp {
    this.placePattern ??= union([...this.entries.vendor, ...this.entries.district].flatMap((e) => e.patterns));
    return this.placePattern;
  }

  private get organisations(): RegExp {
    this.organisationPattern ??= union(this.entries.organisation.flatMap((e) => e.patterns));
    return this.organisationPattern;
  }
}

/** One global pattern matching any of `patterns` (longest alternatives first). */
function union(patterns: RegExp[]): RegExp {
  const sources = patterns.map((p) => p.source).sort((a, b) => b.length - a.length);
  return new RegExp(sources.length > 0 ? sources.map((x) => `(?:${x})`).join('|') : '(?!)', 'gu');
}
