import type { Priority } from '../../config/domain-schema.js';
import type { StatementTaskLine } from './statement.js';

/**
 * A ticket's on-site work given to a district vendor under its contract.
 *
 *   assigned → accepted → on-site → done → approved (OIT accepted the work: billable)
 *                  ↑___________________|  (OIT returned the work with a reason: rework)
 *   assigned | accepted | on-site → returned (the vendor gave it back to OIT with a reason; final)
 *   any open status → withdrawn (OIT moved the ticket elsewhere or closed it; final, never billed)
 *   approved → accepted (the ticket was reopened after OIT accepted the work: rework, recorded)
 */
export const VENDOR_TASK_STATUSES = ['assigned', 'accepted', 'on-site', 'done', 'approved', 'returned', 'withdrawn'] as const;
export type VendorTaskStatus = (typeof VENDOR_TASK_STATUSES)[number];

export interface WorkReport {
  note: string;
  taskType: string;
  parts: string;
  minutes: number;
  signedOff: boolean;
  by: string;
  at: string;
}

export interface VendorTaskEvent {
  at: string;
  actor: string;
  action: string;
  note?: string;
}

export interface VendorTask {
  /** `${ticketId}/${n}`: the n-th time the ticket went to a vendor. */
  id: string;
  ticketId: string;
  vendor: string;
  district: string;
  organisation: string | null;
  /** The ticket's category (for costs per category). */
  category?: string;
  title: string;
  priority: Priority;
  /** The OIT team that gave the task (it accepts the work). */
  team: string | null;
  /** The contract in force on the day the task was assigned. */
  contractId: string;
  status: VendorTaskStatus;
  version: number;
  assignedAt: string;
  technician: string | null;
  acceptedAt?: string;
  onSiteAt?: string;
  doneAt?: string;
  report?: WorkReport;
  /** When OIT accepted the work (the month it is billed in follows from it), and who. */
  approvedAt?: string;
  approvedBy?: string;
  /** Its statement line (price, breaches, penalty), fixed when OIT accepted the work. */
  line?: StatementTaskLine;
  /** The approved statement that billed it, once one did. */
  billedIn?: string;
  returnReason?: string;
  /** Withdrawn because OIT moved the work to this vendor. */
  movedTo?: string;
  history: VendorTaskEvent[];
}

export type VendorTaskCommand =
  | { kind: 'accept' }
  | { kind: 'arrive' }
  | { kind: 'done'; note: string; taskType: string; parts: string; minutes: number; signedOff: boolean }
  | { kind: 'return'; reason: string }
  | { kind: 'approve' }
  | { kind: 'reject'; reason: string }
  | { kind: 'withdraw'; reason: string; movedTo?: string }
  | { kind: 'reopen'; reason: string };

/** Who may give which command: the vendor's technicians work the task, OIT (the task's team, its lead, the head) decides on the work. */
export const VENDOR_COMMANDS: ReadonlySet<VendorTaskCommand['kind']> = new Set(['accept', 'arrive', 'done', 'return']);
export const OIT_COMMANDS: ReadonlySet<VendorTaskCommand['kind']> = new Set(['approve', 'reject']);

export function isOpenTask(status: VendorTaskStatus): boolean {
  return status === 'assigned' || status === 'accepted' || status === 'on-site' || status === 'done';
}
