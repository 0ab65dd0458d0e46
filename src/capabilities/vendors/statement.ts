import type { Breach } from './penalty-rules.js';
import type { Haler } from './money.js';

/** One billed task: its type × price, the targets it missed with their penalties, the per-task cap. */
export interface StatementTaskLine {
  taskId: string;
  ticketId: string;
  title: string;
  organisation: string | null;
  contractId: string;
  taskType: string;
  price: Haler;
  assignedAt: string;
  approvedAt: string;
  breaches: Breach[];
  penaltyUncapped: Haler;
  penalty: Haler;
  taskCapApplied: boolean;
}

/** A correction carried into this statement: a reopen after billing, a dispute OIT upheld. Positive = owed to the vendor. */
export interface StatementCorrection {
  id: string;
  kind: 'reopen' | 'dispute';
  ticketId: string | null;
  /** The approved statement the correction refers to. */
  refersTo: string | null;
  note: string;
  amount: Haler;
  createdAt: string;
}

/** Penalties of the tasks under one contract, before and after the contract's monthly cap. */
export interface StatementGroup {
  contractId: string;
  tasksTotal: Haler;
  penaltiesUncapped: Haler;
  monthlyCap: Haler;
  monthlyCapPercent: number;
  penalties: Haler;
  monthlyCapApplied: boolean;
}

export interface StatementTotals {
  tasks: Haler;
  penalties: Haler;
  corrections: Haler;
  /** tasks − penalties + corrections, without VAT. */
  net: Haler;
  vat: Haler;
  gross: Haler;
}

/** What a statement says; a draft is computed, an approved one is this plus its number, approval and hash. */
export interface StatementContent {
  vendor: string;
  district: string;
  month: string;
  vatPercent: number;
  lines: StatementTaskLine[];
  corrections: StatementCorrection[];
  groups: StatementGroup[];
  totals: StatementTotals;
}

export interface ApprovedStatement extends StatementContent {
  number: string;
  approvedAt: string;
  approvedBy: string;
  /** SHA-256 (hex) of the canonical JSON of everything above except the hash itself. */
  sha256: string;
}

/** A line of an approved statement the vendor disputes, and OIT's decision. */
export interface Dispute {
  id: string;
  statement: string;
  vendor: string;
  district: string;
  /** The task line (its task id) or a correction id the dispute is about. */
  line: string;
  reason: string;
  by: string;
  at: string;
  status: 'open' | 'upheld' | 'rejected';
  decidedBy?: string;
  decidedAt?: string;
  /** Upheld: the amount credited to the vendor in the next statement. */
  amount?: Haler;
  decisionNote?: string;
}

/** A pending correction waiting for the next statement of its vendor and district. */
export interface PendingCorrection extends StatementCorrection {
  vendor: string;
  district: string;
  /** The statement that carried it, once approved. */
  appliedIn?: string;
}

export function statementKey(vendor: string, district: string, month: string): string {
  return `${vendor}|${district}|${month}`;
}

export function formatStatementNumber(year: number, n: number): string {
  return `VS-${year}-${String(n).padStart(4, '0')}`;
}
