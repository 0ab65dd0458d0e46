import type { DomainConfig } from '../../config/domain-schema.js';
import { TICKET_ID_PATTERN } from '../../domain/tickets/ticket.js';
import { CzechStemmer } from '../../triage/czech-stemmer.js';
import { foldText } from '../../graph/text-fold.js';

/** What a message asks of the vendors capability. */
export type VendorCommand =
  | { kind: 'tasks' }
  | { kind: 'task'; ticketId: string }
  | { kind: 'work'; ticketId: string }
  | { kind: 'move'; ticketId: string; district: string | null }
  | { kind: 'statement'; district: string | null; month: string | null }
  | { kind: 'cost'; organisation: string | null; month: string | null }
  | { kind: 'compare'; month: string | null };

const TASKS = new Set(['moje ukoly', 'me ukoly', 'ukoly', 'moje zakazky', 'zakazky', 'my tasks', 'tasks', 'my jobs', 'jobs']);
/** "fronta" from a vendor's technician means their tasks (they have no OIT queue). */
const QUEUE = new Set(['fronta', 'moje fronta', 'my queue', 'queue']);
const STATEMENT_STEMS = new Set(['vyuctovan', 'statement', 'statements', 'vyuctovani']);
const COMPARE_STEMS = new Set(['srovnan', 'porovnan', 'compare', 'comparison', 'srovnej', 'porovnej']);
const COST_STEMS = new Set(['naklad', 'cost', 'costs', 'stal', 'stalo', 'stala']);
const MONTHS: [number, string[]][] = [
  [1, ['leden', 'ledna', 'lednu', 'january', 'jan']], [2, ['únor', 'února', 'únoru', 'february', 'feb']], [3, ['březen', 'března', 'březnu', 'march', 'mar']],
  [4, ['duben', 'dubna', 'dubnu', 'april', 'apr']], [5, ['květen', 'května', 'květnu', 'may']], [6, ['červen', 'června', 'červnu', 'june', 'jun']],
  [7, ['červenec', 'července', 'červenci', 'july', 'jul']], [8, ['srpen', 'srpna', 'srpnu', 'august', 'aug']], [9, ['září', 'september', 'sep']],
  [10, ['říjen', 'října', 'říjnu', 'october', 'oct']], [11, ['listopad', 'listopadu', 'november', 'nov']], [12, ['prosinec', 'prosince', 'prosinci', 'december', 'dec']],
];

/**
 * Recognises the vendors' commands in Czech (with or without diacritics, inflected: the Czech light
 * stemmer on folded words) and English: "moje úkoly" / "my tasks", a ticket number from a vendor's
 * technician, "vyúčtování Klatovy listopad" / "statement Klatovy 2026-11". One place, so that an
 * intent layer can replace it.
 */
export class VendorCommandRecognizer {
  private readonly stemmer = new CzechStemmer({ foldedEndings: true });
  private readonly months = new Map<string, number>();
  private readonly districts: { id: string; folded: string }[];
  private readonly organisations: { id: string; folded: string[] }[];

  constructor(config: Pick<DomainConfig, 'districts' | 'organisations'>) {
    this.organisations = config.organisations.map((o) => ({
      id: o.id, folded: [o.id, o.name.cs, o.name.en].map((n) => foldText(n).replace(/[^a-z0-9]+/gu, ' ').trim()),
    }));
    for (const [n, words] of MONTHS) for (const w of words) this.months.set(this.stem(w), n);
    this.districts = config.districts.map((d) => ({ id: d.id, folded: foldText(d.name).replace(/[^a-z0-9]+/gu, ' ').trim() }))
      .sort((a, b) => b.folded.length - a.folded.length);
  }

  /** `folded`: lower case without diacritics or punctuation; `vendorTechnician`: the sender works for a vendor; `now` for a month without a year. */
  recognise(text: string, folded: string, vendorTechnician: boolean, now: { year: number; month: number }): VendorCommand | null {
    if (TASKS.has(folded) || (vendorTechnician && QUEUE.has(folded))) return { kind: 'tasks' };
    const id = TICKET_ID_PATTERN.exec(text)?.[0]?.toUpperCase();
    if (id && /\b(dodavatel\w*|vendor)\b/u.test(folded) && /\b(predat|predej|presunout|presun|move|send|hand)\b/u.test(folded)) {
      return { kind: 'move', ticketId: id, district: this.district(folded.replace(/\bhd \d{4} \d{5,}\b/u, ' ')) };
    }
    if (id && /^(prevzit )?(prace|praci|work|vykaz prace|work report) hd \d{4} \d{5,}$/u.test(folded)) return { kind: 'work', ticketId: id };
    if (id && vendorTechnician && folded.split(' ').length <= 6) return { kind: 'task', ticketId: id };
    const words = folded.replace(/\?/gu, ' ').split(' ').filter(Boolean);
    const stems = words.map((w) => this.stem(w));
    if (stems.some((s) => COMPARE_STEMS.has(s))) return { kind: 'compare', month: this.month(folded, stems, now) };
    if (stems.some((s) => COST_STEMS.has(s)) && (!stems.includes('stal') || words.includes('kolik'))) {
      return { kind: 'cost', organisation: this.organisation(folded), month: this.month(folded, stems, now) };
    }
    if (!stems.some((s) => STATEMENT_STEMS.has(s)) && !(stems.includes('vypis') && stems.some((s) => s.startsWith('dodavatel')))) return null;
    return { kind: 'statement', district: this.district(folded), month: this.month(folded, stems, now) };
  }

  private stem(word: string): string {
    return foldText(this.stemmer.stem(word.normalize('NFC').toLowerCase()));
  }

  private organisation(folded: string): string | null {
    const padded = ` ${folded} `;
    return this.organisations.find((o) => o.folded.some((f) => padded.includes(` ${f} `)))?.id ?? null;
  }

  private district(folded: string): string | null {
    const padded = ` ${folded} `;
    return this.districts.find((d) => padded.includes(` ${d.folded} `))?.id ?? null;
  }

  private month(folded: string, stems: string[], now: { year: number; month: number }): string | null {
    const iso = /\b(\d{4}) (\d{1,2})\b/u.exec(folded);
    if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return `${iso[1]}-${iso[2]!.padStart(2, '0')}`;
    const numeric = /\b(\d{1,2}) (\d{4})\b/u.exec(folded);
    if (numeric && Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12) return `${numeric[2]}-${numeric[1]!.padStart(2, '0')}`;
    const named = stems.map((s) => this.months.get(s)).find((m) => m !== undefined);
    if (!named) return null;
    const year = /\b(20\d{2})\b/u.exec(folded)?.[1];
    const y = year ? Number(year) : named > now.month ? now.year - 1 : now.year;
    return `${y}-${String(named).padStart(2, '0')}`;
  }
}
