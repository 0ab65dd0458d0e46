import type { DomainConfig } from '../../../config/domain-schema.js';
import type { Language } from '../../../domain/tickets/ticket.js';
import type { PeriodSpec, YearMonth } from '../figures/report-period.js';
import type { Dimension } from '../figures/fact-table.js';
import { STATUS_LABELS, label } from '../../../i18n/catalogue.js';
import { tr } from '../reports-messages.js';
import { MONTH_DATIVE, MONTH_EN, MONTH_GENITIVE, monthName } from '../../../i18n/month-names.js';

/** Numbers, shares, durations, periods and names as a Czech (or English) reader expects them. */
export class ReportFormat {
  private readonly number: Intl.NumberFormat;
  private readonly decimal: Intl.NumberFormat;
  private readonly plurals: Intl.PluralRules;

  constructor(readonly lang: Language, private readonly config: DomainConfig) {
    const locale = lang === 'cs' ? 'cs-CZ' : 'en-GB';
    this.number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    this.decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    this.plurals = new Intl.PluralRules(lang === 'cs' ? 'cs' : 'en');
  }

  int(n: number): string {
    return this.number.format(n);
  }

  /** "93,5 %" / "93.5%"; a dash when there is nothing to share. */
  pct(value: number | null): string {
    if (value === null) return tr(this.lang, 'none');
    return this.lang === 'cs' ? `${this.decimal.format(value)}\u00a0%` : `${this.decimal.format(value)}%`;
  }

  /** Business minutes as hours ("3,5 h"), or minutes below an hour. */
  duration(minutes: number | null): string {
    if (minutes === null) return tr(this.lang, 'none');
    if (minutes < 60) return `${this.number.format(minutes)}\u00a0min`;
    return `${this.decimal.format(minutes / 60)}\u00a0h`;
  }

  /** A share without its unit ("93,5"; a dash when there is none): in a table whose header says "%". */
  share(value: number | null): string {
    return value === null ? tr(this.lang, 'none') : this.decimal.format(value);
  }

  one(n: number): string {
    return this.decimal.format(n);
  }

  /** The word for n things in the right form: Czech one / few / many / other (Intl.PluralRules). */
  plural(n: number, forms: { one: string; few: string; many: string; other: string }): string {
    const rule = this.plurals.select(n) as keyof typeof forms;
    return `${Number.isInteger(n) ? this.int(n) : this.one(n)} ${forms[rule] ?? forms.other}`;
  }

  tickets(n: number): string {
    return this.lang === 'cs'
      ? this.plural(n, { one: 'požadavek', few: 'požadavky', many: 'požadavku', other: 'požadavků' })
      : this.plural(n, { one: 'ticket', few: 'tickets', many: 'tickets', other: 'tickets' });
  }

  /** "↑ 4,0 p. b. proti říjnu" / "↑ 4.0 pp vs October"; null when either side is missing. */
  comparePoints(now: number | null, before: number | null, previous: PeriodSpec, current: PeriodSpec): string | null {
    if (now === null || before === null) return null;
    const diff = now - before;
    const arrow = Math.abs(diff) < 0.05 ? '→' : diff > 0 ? '↑' : '↓';
    const points = this.lang === 'cs' ? `${this.decimal.format(Math.abs(diff))}\u00a0p.\u00a0b.` : `${this.decimal.format(Math.abs(diff))} pp`;
    return tr(this.lang, 'compare', { arrow, diff: points, previous: this.periodAgainst(previous, current) });
  }

  /** "listopad 2026", "3. čtvrtletí 2026", "rok 2025", "12 měsíců do listopadu 2026", "1. 10. 2026 – 15. 11. 2026". */
  period(p: PeriodSpec): string {
    const cs = this.lang === 'cs';
    switch (p.kind) {
      case 'month': return this.monthName(p);
      case 'quarter': return cs ? `${p.quarter}. čtvrtletí ${p.year}` : `Q${p.quarter} ${p.year}`;
      case 'year': return cs ? `rok ${p.year}` : `${p.year}`;
      case 'months': return cs ? `${this.plural(p.count, { one: 'měsíc', few: 'měsíce', many: 'měsíce', other: 'měsíců' })} do ${MONTH_GENITIVE[p.month - 1]} ${p.year}` : `${p.count} months to ${this.monthName(p)}`;
      case 'range': return `${this.day(p.from)} – ${this.day(p.to)}`;
    }
  }

  /** The period after "proti" (Czech dative: "říjnu", "3. čtvrtletí", "roku 2025"). */
  private periodAgainst(p: PeriodSpec, current: PeriodSpec): string {
    const sameYear = current.kind !== 'range' && p.kind !== 'range' && current.year === p.year;
    if (this.lang === 'en') return p.kind === 'month' && sameYear ? MONTH_EN[p.month - 1]! : this.period(p);
    if (p.kind === 'month') return `${MONTH_DATIVE[p.month - 1]}${sameYear ? '' : ` ${p.year}`}`;
    if (p.kind === 'year') return `roku ${p.year}`;
    return `předchozímu období`;
  }

  monthName(ym: YearMonth): string {
    return monthName(this.lang, ym);
  }

  /** Short month for tables and charts: "11/2026". */
  monthShort(ym: YearMonth): string {
    return `${ym.month}/${ym.year}`;
  }

  day(iso: string): string {
    const [y, m, d] = iso.split('-').map(Number);
    return this.lang === 'cs' ? `${d}.\u00a0${m}.\u00a0${y}` : `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  }

  /** The name of a dimension's value: organisation, team, vendor, district, category, priority, status. */
  name(dimension: Dimension, id: string | null): string {
    if (!id) return tr(this.lang, 'unknown');
    const c = this.config;
    switch (dimension) {
      case 'organisation': return c.organisations.find((o) => o.id === id)?.name[this.lang] ?? id;
      case 'team': return c.oit.teams.find((t) => t.id === id)?.name[this.lang] ?? id;
      case 'vendor': return c.vendors.find((v) => v.id === id)?.name ?? id;
      case 'district': return c.districts.find((d) => d.id === id)?.name ?? id;
      case 'category': return c.categories.find((k) => k.id === id)?.name[this.lang] ?? id;
      case 'status': return id === 'waiting-requester' ? tr(this.lang, 'waitingRequester') : label(this.lang, STATUS_LABELS[id], id);
      case 'priority': return id;
    }
  }
}
