import type { DomainConfig } from '../../config/domain-schema.js';
import type { Language } from '../../domain/tickets/ticket.js';
import { formatCzk } from './money.js';
import type { Breach } from './penalty-rules.js';
import type { StatementContent, StatementCorrection, StatementGroup, StatementTaskLine } from './statement.js';
import { vt, type VendorMessageKey } from './vendor-messages.js';
import { monthName } from '../../i18n/month-names.js';

/**
 * The sentences of a statement, shared by the card, the XLSX and the PDF so that all three say the
 * same: every amount printed from the same integer haléře.
 */
export class StatementText {
  constructor(private readonly config: Pick<DomainConfig, 'contracts' | 'districts' | 'vendors' | 'contracts'>, readonly lang: Language) {}

  money(h: number): string {
    return formatCzk(h, this.lang);
  }

  title(s: Pick<StatementContent, 'vendor' | 'district' | 'month'>): string {
    return vt(this.lang, 'statementTitle', { vendor: this.vendor(s.vendor), district: this.district(s.district), month: monthName(this.lang, s.month) });
  }

  vendor(id: string): string {
    return this.config.vendors.find((v) => v.id === id)?.name ?? id;
  }

  district(id: string): string {
    return this.config.districts.find((d) => d.id === id)?.name ?? id;
  }

  taskType(id: string): string {
    return this.config.contracts.taskTypes.find((t) => t.id === id)?.name[this.lang] ?? id;
  }

  breach(b: Breach, line: StatementTaskLine): string {
    const contract = this.config.contracts.list.find((c) => c.id === line.contractId);
    return vt(this.lang, 'breach', {
      target: vt(this.lang, `target_${b.target}` as VendorMessageKey), late: b.lateMinutes, hours: b.startedHours,
      percent: contract?.penalties.percentPerStartedHour ?? '?', price: this.money(line.price), percentAmount: this.money(b.percentAmount),
      fixed: this.money(b.fixedAmount), amount: this.money(b.amount),
    });
  }

  taskCap(line: StatementTaskLine): string {
    const contract = this.config.contracts.list.find((c) => c.id === line.contractId);
    return vt(this.lang, 'taskCap', { percent: contract?.penalties.taskCapPercent ?? '?', from: this.money(line.penaltyUncapped), to: this.money(line.penalty) });
  }

  monthCap(g: StatementGroup): string {
    return vt(this.lang, 'monthCap', {
      percent: g.monthlyCapPercent, total: this.money(g.tasksTotal), contract: g.contractId, from: this.money(g.penaltiesUncapped), to: this.money(g.penalties),
    });
  }

  /** `escape` is applied to the people's words in it (the card escapes Markdown; files do not). */
  correction(c: StatementCorrection, escape: (s: string) => string = (s) => s): string {
    const note = escape(c.note);
    return vt(this.lang, 'correction', { id: c.id, ref: c.refersTo ?? '–', note: c.ticketId ? `${c.ticketId}: ${note}` : note, amount: this.money(c.amount) });
  }

  /** [label, amount] rows of the totals. */
  totals(s: StatementContent): [string, string][] {
    return [
      [vt(this.lang, 'tTasks'), this.money(s.totals.tasks)],
      [vt(this.lang, 'tPenalties'), this.money(-s.totals.penalties)],
      [vt(this.lang, 'tCorrections'), this.money(s.totals.corrections)],
      [vt(this.lang, 'tNet'), this.money(s.totals.net)],
      [vt(this.lang, 'tVat', { percent: s.vatPercent }), this.money(s.totals.vat)],
      [vt(this.lang, 'tGross'), this.money(s.totals.gross)],
    ];
  }
}
