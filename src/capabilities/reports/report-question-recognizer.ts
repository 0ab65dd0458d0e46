import type { DomainConfig } from '../../config/domain-schema.js';
import { CzechStemmer } from '../../triage/czech-stemmer.js';
import type { ReportFilter } from './report-audience.js';
import type { Dimension } from './figures/fact-table.js';
import type { PeriodSpec, YearMonth } from './figures/report-period.js';
import { parsePeriod } from './report-period-words.js';

export type ReportKind = 'status' | 'sla' | 'service' | 'trend' | 'breached';

/** What a message asks of the reports; `kind` null = a follow-up that changes only the period, filter or breakdown. */
export interface ReportQuestion {
  kind: ReportKind | null;
  period: PeriodSpec | null;
  by: Dimension | null;
  filter: ReportFilter;
  format: 'xlsx' | 'csv' | null;
  /** Said plainly enough to answer even someone who may not see reports (with "not for you"). */
  strong: boolean;
}

/** Folded (lower case, no diacritics) word prefixes → what they ask for. Checked in order: the first kind found wins. */
const KIND_WORDS: [ReportKind, string[]][] = [
  ['breached', ['porusen', 'breach', 'overdue', 'zmeskan', 'prekroc', 'nestihl', 'nesplnil', 'nesplnen', 'po termin', 'po lhut', 'missed']],
  ['trend', ['trend', 'vyvoj', 'mesicne', 'monthly', 'po mesicich']],
  ['sla', ['sla', 'plneni', 'plni', 'compliance', 'dodrzov', 'lhut']],
  ['status', ['otevren', 'backlog', 'nevyresen', 'nejstarsi', 'oldest', 'neprirazen', 'unassigned', 'rozpracovan', 'open tickets', 'open requests', 'stari pozadavk', 'ticket age', 'kolik mame']],
  ['service', ['prehled', 'statistik', 'report', 'mttr', 'mtta', 'csat', 'spokojenost', 'overview', 'figures', 'stats', 'summary', 'kpi', 'ukazatel', 'jak jsme na tom', 'jak na tom jsme', 'jak na tom je nase', 'jak je na tom nase', 'jak na tom je ted nase', 'jak je ted na tom nase', 'how is our', 'how are we doing', 'how is it doing', 'how it is doing']],
];

/** Words naming a breakdown, in their usual forms; matched by stem (Czech stemmer), so other cases match too. */
const DIMENSION_WORDS: [Dimension, string[]][] = [
  ['organisation', ['organizace', 'organizacích', 'organizacemi', 'organisation', 'organisations', 'organization', 'organizations', 'org', 'zřizované']],
  ['vendor', ['dodavatel', 'dodavatelé', 'dodavatelů', 'dodavatelích', 'vendor', 'vendors', 'supplier', 'suppliers']],
  ['team', ['tým', 'týmy', 'týmech', 'team', 'teams']],
  ['priority', ['priorita', 'priority', 'prioritách', 'priorities']],
  ['district', ['okres', 'okresy', 'okresech', 'district', 'districts']],
  ['category', ['kategorie', 'kategoriích', 'category', 'categories']],
  ['status', ['stav', 'stavy', 'stavech', 'status', 'statuses']],
];

/**
 * Said plainly enough to answer anyone (with "not for you" when they may not see reports); other
 * report-like words from someone without reports ("mám nevyřešený požadavek", "přehled faktur")
 * are left to triage, as a request.
 */
const STRONG = ['sla', 'statistik', 'mttr', 'mtta', 'csat', 'kpi', 'backlog', 'compliance', 'kolik mame', 'how many open', 'trend', 'vyvoj sla', 'porusen'];

/** Words a follow-up may contain besides what it changes. */
const FILLERS = new Set(['a', 'and', 'jen', 'pouze', 'only', 'za', 'for', 'v', 've', 'in', 'what', 'about', 'how', 'jak', 'co', 'tak', 'podle', 'by', 'rozpad', 'rozpadni', 'rozdel', 'breakdown', 'split',
  'ukaz', 'ukazat', 'show', 'me', 'mi', 'prosim', 'please', 'the', 'na', 'ted', 'now', 'this', 'tento', 'tenhle', 'month', 'mesic', 'rok', 'year', 'od', 'do', 'from', 'to', 'pro', 'per', 'po', 'of']);

const EXPORT_WORDS = ['export', 'excel', 'xlsx', 'csv', 'stahn', 'download', 'tabulk', 'spreadsheet'];
/** A message about a fault is a problem report, never a report question ("nejde mi přehled v účetnictví"). */
const PROBLEM_WORDS = ['nefung', 'nejde', 'chyb', 'porouch', 'porucha', 'error', 'broken', 'not working', 'doesnt work', 'spadl', 'zamrz', 'nemuzu', 'nemohu', 'cannot', 'cant'];

/**
 * Recognises report questions in Czech (with or without diacritics, inflected) and English, and
 * their follow-ups. Pure: `today` is the current local month; `config` gives names (organisations,
 * teams, vendors, districts) to filter by. One file so that it can move to the intent layer.
 */
export class ReportQuestionRecognizer {
  private readonly stemmer = new CzechStemmer({ foldedEndings: true });
  private readonly names: { key: keyof ReportFilter; id: string; phrases: { words: string[]; stems: string[] }[] }[];
  private readonly dimensions: [Dimension, Set<string>][];

  constructor(config: DomainConfig) {
    const fold = (s: string) => foldWords(s).join(' ');
    this.dimensions = DIMENSION_WORDS.map(([d, words]) => [d, new Set(words.flatMap((w) => [fold(w), this.stemmer.stem(fold(w))]))]);
    const phrases = (...names: string[]) => names.map((n) => {
      const words = fold(n).split(' ');
      return { words, stems: words.map((w) => (w.length >= 5 ? this.stemmer.stem(w) : w)) };
    });
    this.names = [
      ...config.organisations.map((o) => ({ key: 'organisation' as const, id: o.id, phrases: phrases(o.id, o.name.cs, o.name.en) })),
      ...config.oit.teams.map((t) => ({ key: 'team' as const, id: t.id, phrases: phrases(t.name.cs, t.name.en) })),
      ...config.vendors.map((v) => ({ key: 'vendor' as const, id: v.id, phrases: phrases(v.name.replace(/\b(s\.r\.o\.|a\.s\.)/gu, '')) })),
      ...config.districts.map((d) => ({ key: 'district' as const, id: d.id, phrases: phrases(d.name) })),
      ...(['P1', 'P2', 'P3', 'P4'] as const).map((p) => ({ key: 'priority' as const, id: p, phrases: phrases(p) })),
    ];
  }

  /** `hasContext`: the user has a report to follow up on. Null: not a report question. */
  recognise(text: string, today: YearMonth, hasContext: boolean): ReportQuestion | null {
    const words = foldWords(text);
    if (!words.length || words.length > 25) return null;
    const joined = ` ${words.join(' ')} `;
    if (PROBLEM_WORDS.some((w) => joined.includes(` ${w}`))) return null;
    const used = new Set<number>();
    const kind = this.kindOf(words, joined, used);
    const period = parsePeriod(words, today, used);
    const by = this.dimensionOf(words, used);
    const filter = this.filterOf(words, used);
    const format = this.formatOf(words, used);
    const question: ReportQuestion = { kind, period, by, filter, format, strong: false };
    if (kind) {
      question.strong = STRONG.some((w) => joined.includes(` ${w}`));
      return question;
    }
    if (!hasContext) return null;
    const changes = period !== null || by !== null || Object.keys(filter).length > 0 || format !== null;
    const rest = words.filter((w, i) => !used.has(i) && !FILLERS.has(w));
    return changes && rest.length === 0 && words.length <= 8 ? question : null;
  }

  private kindOf(words: string[], joined: string, used: Set<number>): ReportKind | null {
    const tooMany = ['kolik', 'how many', 'pocet', 'number of'].some((w) => joined.includes(` ${w} `));
    for (const [kind, prefixes] of KIND_WORDS) {
      for (const prefix of prefixes) {
        if (prefix.includes(' ')) {
          if (joined.includes(` ${prefix}`)) return kind;
          continue;
        }
        const at = words.findIndex((w) => w.startsWith(prefix) && (prefix.length > 3 || w === prefix));
        if (at >= 0) {
          used.add(at);
          return kind;
        }
      }
    }
    return tooMany && words.some((w) => /^(pozadav|tiket|ticket|request|incident)/u.test(w)) ? 'status' : null;
  }

  private dimensionOf(words: string[], used: Set<number>): Dimension | null {
    for (let i = 0; i < words.length; i++) {
      const stem = this.stemmer.stem(words[i]!);
      for (const [dimension, forms] of this.dimensions) {
        if (forms.has(words[i]!) || forms.has(stem)) {
          used.add(i);
          return dimension;
        }
      }
    }
    return null;
  }

  private filterOf(words: string[], used: Set<number>): ReportFilter {
    const filter: ReportFilter = {};
    const stems = words.map((w) => (w.length >= 5 ? this.stemmer.stem(w) : w));
    for (const name of this.names) {
      if (filter[name.key]) continue;
      for (const phrase of name.phrases) {
        const at = findPhrase(words, stems, phrase);
        if (at >= 0) {
          for (let i = 0; i < phrase.words.length; i++) used.add(at + i);
          filter[name.key] = name.id;
          break;
        }
      }
    }
    return filter;
  }

  private formatOf(words: string[], used: Set<number>): 'xlsx' | 'csv' | null {
    const at = words.findIndex((w) => EXPORT_WORDS.some((p) => w.startsWith(p)));
    if (at < 0) return null;
    used.add(at);
    return words.includes('csv') ? 'csv' : 'xlsx';
  }
}

/** Lower-case words without diacritics ("SÚS" → "sus", "říjen" → "rijen"); digits and dots of dates kept together. */
export function foldWords(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+(?:[.\-/][\p{N}]+)*\.?/gu)?.map((w) => w.replace(/\.$/u, '')) ?? [];
}

/** Where the phrase starts in the words (each word equal, or of 5+ letters with the same stem); -1 if nowhere. */
function findPhrase(words: string[], stems: string[], phrase: { words: string[]; stems: string[] }): number {
  const n = phrase.words.length;
  for (let i = 0; i + n <= words.length; i++) {
    let all = true;
    for (let j = 0; j < n && all; j++) all = words[i + j] === phrase.words[j] || (phrase.words[j]!.length >= 5 && stems[i + j] === phrase.stems[j]);
    if (all) return i;
  }
  return -1;
}

