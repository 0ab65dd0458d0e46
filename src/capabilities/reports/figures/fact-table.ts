import { PRIORITIES, type Priority } from '../../../config/domain-schema.js';
import { TICKET_STATUSES, type TicketStatus } from '../../../domain/tickets/ticket-lifecycle.js';
import type { TicketFact } from './ticket-fact.js';

/** Small string → code dictionary (organisations, teams, vendors…): 0 is "none". */
export class CodeBook {
  private readonly codes = new Map<string, number>();
  readonly names: (string | null)[] = [null];

  code(name: string | null): number {
    if (name === null) return 0;
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.codes.set(name, code);
      this.names.push(name);
    }
    return code;
  }

  /** The code of a known name, or -1 (matches no row). */
  find(name: string): number {
    return this.codes.get(name) ?? -1;
  }
}

const NONE = Number.NaN;
const num = (v: number | null): number => (v === null ? NONE : v);
const flag = (v: boolean | null): number => (v === null ? -1 : v ? 1 : 0);

export interface ExportRow {
  id: string; organisation: string | null; team: string | null; vendor: string | null; district: string | null; category: string | null;
  priority: string | null; status: string | null; created: number; responded: number | null; ended: number | null;
  responseDue: number | null; resolutionDue: number | null; responseMet: boolean | null; resolutionMet: boolean | null;
  responseMinutes: number | null; resolutionMinutes: number | null; reopens: number; rating: number | null;
}

/** The dimensions a report groups or filters by; each a code column. */
export const DIMENSIONS = ['organisation', 'team', 'vendor', 'district', 'category', 'priority', 'status'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * Every ticket's facts in columns (typed arrays): 100,000 tickets take about 8 MB, and a report
 * walks them in a few milliseconds. Missing times are NaN, undecided flags -1. Rows are never
 * removed (a ticket is never deleted); a changed ticket overwrites its row.
 */
export class FactTable {
  size = 0;
  private capacity = 0;
  private readonly rowOf = new Map<string, number>();
  ids: string[] = [];
  readonly books: Record<Exclude<Dimension, 'priority' | 'status'>, CodeBook> = {
    organisation: new CodeBook(), team: new CodeBook(), vendor: new CodeBook(), district: new CodeBook(), category: new CodeBook(),
  };
  col = FactTable.columns(0);

  private static columns(n: number) {
    return {
      organisation: new Uint16Array(n), team: new Uint16Array(n), vendor: new Uint16Array(n), district: new Uint16Array(n),
      category: new Uint16Array(n), priority: new Uint8Array(n), status: new Uint8Array(n), firstTeam: new Uint16Array(n),
      created: new Float64Array(n), responded: new Float64Array(n), ended: new Float64Array(n),
      responseDue: new Float64Array(n), resolutionDue: new Float64Array(n), resolutionWarn: new Float64Array(n),
      responseMet: new Int8Array(n), resolutionMet: new Int8Array(n),
      responseMinutes: new Float32Array(n), resolutionMinutes: new Float32Array(n),
      reopens: new Uint8Array(n), rating: new Uint8Array(n), workedMinutes: new Float32Array(n),
      firstTeamResolved: new Uint8Array(n), selfService: new Uint8Array(n), assigned: new Uint8Array(n),
    };
  }

  has(id: string): boolean {
    return this.rowOf.has(id);
  }

  /** Adds or replaces the ticket's row. */
  put(f: TicketFact): void {
    let row = this.rowOf.get(f.id);
    if (row === undefined) {
      if (this.size === this.capacity) this.grow();
      row = this.size++;
      this.rowOf.set(f.id, row);
      this.ids[row] = f.id;
    }
    const c = this.col;
    c.organisation[row] = this.books.organisation.code(f.org);
    c.team[row] = this.books.team.code(f.team);
    c.firstTeam[row] = this.books.team.code(f.firstTeam);
    c.vendor[row] = this.books.vendor.code(f.vendor);
    c.district[row] = this.books.district.code(f.district);
    c.category[row] = this.books.category.code(f.category);
    c.priority[row] = PRIORITIES.indexOf(f.priority);
    c.status[row] = TICKET_STATUSES.indexOf(f.status);
    c.created[row] = f.created;
    c.responded[row] = num(f.responded);
    c.ended[row] = num(f.ended);
    c.responseDue[row] = num(f.responseDue);
    c.resolutionDue[row] = num(f.resolutionDue);
    c.resolutionWarn[row] = num(f.resolutionWarn);
    c.responseMet[row] = flag(f.responseMet);
    c.resolutionMet[row] = flag(f.resolutionMet);
    c.responseMinutes[row] = num(f.responseMinutes);
    c.resolutionMinutes[row] = num(f.resolutionMinutes);
    c.reopens[row] = Math.min(255, f.reopens);
    c.rating[row] = f.rating ?? 0;
    c.workedMinutes[row] = f.workedMinutes;
    c.firstTeamResolved[row] = f.firstTeamResolved ? 1 : 0;
    c.selfService[row] = f.selfService ? 1 : 0;
    c.assigned[row] = f.assigned ? 1 : 0;
  }

  /** A row as plain values (for exports): names, times (NaN = none), flags. */
  row(row: number): ExportRow {
    const c = this.col;
    const time = (v: number) => (Number.isNaN(v) ? null : v);
    const verdict = (v: number) => (v < 0 ? null : v === 1);
    return {
      id: this.ids[row]!, organisation: this.nameOf('organisation', row), team: this.nameOf('team', row), vendor: this.nameOf('vendor', row),
      district: this.nameOf('district', row), category: this.nameOf('category', row), priority: this.nameOf('priority', row), status: this.nameOf('status', row),
      created: c.created[row]!, responded: time(c.responded[row]!), ended: time(c.ended[row]!), responseDue: time(c.responseDue[row]!),
      resolutionDue: time(c.resolutionDue[row]!), responseMet: verdict(c.responseMet[row]!), resolutionMet: verdict(c.resolutionMet[row]!),
      responseMinutes: time(c.responseMinutes[row]!), resolutionMinutes: time(c.resolutionMinutes[row]!), reopens: c.reopens[row]!, rating: c.rating[row]! || null,
    };
  }

  /** The name behind a row's code in a dimension ("SUS", "P2", "in-progress"), or null. */
  nameOf(dimension: Dimension, row: number): string | null {
    if (dimension === 'priority') return PRIORITIES[this.col.priority[row]!] ?? null;
    if (dimension === 'status') return TICKET_STATUSES[this.col.status[row]!] ?? null;
    return this.books[dimension].names[this.col[dimension][row]!] ?? null;
  }

  /** How many codes a dimension has (0, "none", included). */
  codeCount(dimension: Dimension): number {
    if (dimension === 'priority') return PRIORITIES.length;
    if (dimension === 'status') return TICKET_STATUSES.length;
    return this.books[dimension].names.length;
  }

  /** The name behind a code of a dimension. */
  nameOfCode(dimension: Dimension, code: number): string | null {
    if (dimension === 'priority') return PRIORITIES[code] ?? null;
    if (dimension === 'status') return TICKET_STATUSES[code] ?? null;
    return this.books[dimension].names[code] ?? null;
  }

  /** The code of `name` in a dimension (-1 when no row has it). */
  codeOf(dimension: Dimension, name: string): number {
    if (dimension === 'priority') return PRIORITIES.indexOf(name as Priority);
    if (dimension === 'status') return TICKET_STATUSES.indexOf(name as TicketStatus);
    return this.books[dimension].find(name);
  }

  /** The dimension's code column. */
  codes(dimension: Dimension): Uint8Array | Uint16Array {
    return this.col[dimension];
  }

  private grow(): void {
    const next = Math.max(1024, this.capacity * 2);
    const bigger = FactTable.columns(next);
    for (const key of Object.keys(bigger) as (keyof typeof bigger)[]) (bigger[key] as Float64Array).set(this.col[key] as Float64Array);
    this.col = bigger;
    this.capacity = next;
  }
}
