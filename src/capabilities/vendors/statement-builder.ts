import type { WorkCalendar } from '../../domain/calendar/work-calendar.js';
import type { Contract, ContractsConfig } from '../../config/contract-schema.js';
import { priceOf } from './contract-rules.js';
import { percentOf, type Haler } from './money.js';
import { monthlyCap, taskPenalty } from './penalty-rules.js';
import type { StatementContent, StatementCorrection, StatementGroup, StatementTaskLine } from './statement.js';
import type { VendorTask } from './vendor-task.js';

export interface StatementInput {
  vendor: string;
  district: string;
  month: string;
  /** The first instant after the month (local midnight): tasks OIT accepted before it are billed. */
  monthEnd: Date;
  /** Candidate tasks (any); the builder keeps the vendor's and district's approved, unbilled ones accepted before monthEnd. */
  tasks: Iterable<VendorTask>;
  /** Corrections waiting for this vendor and district. */
  corrections: readonly StatementCorrection[];
  contracts: Pick<ContractsConfig, 'list' | 'vatPercent'>;
  calendarOf(contract: Contract): WorkCalendar;
}

/**
 * The monthly statement of one vendor and district: each task OIT accepted and no approved
 * statement billed yet (so a task finished after its month closed lands in the next one) at its
 * contract's price (the contract of the day it was assigned), the targets it missed with the
 * penalty and how it was computed, the per-task cap, the monthly cap per contract (a contract that
 * changed mid-month caps its own tasks), the corrections carried over, and the totals without and with VAT.
 */
export function buildStatement(input: StatementInput): StatementContent {
  const end = input.monthEnd.toISOString();
  const lines: StatementTaskLine[] = [];
  for (const task of input.tasks) {
    if (task.vendor !== input.vendor || task.district !== input.district || task.status !== 'approved') continue;
    if (task.billedIn || !task.approvedAt || task.approvedAt >= end || !task.report) continue;
    if (task.line) {
      lines.push(task.line);
      continue;
    }
    const contract = input.contracts.list.find((c) => c.id === task.contractId);
    if (contract) lines.push(pricedLine(task, contract, input.calendarOf(contract)));
  }
  // the repository hands the tasks over in statement order already: checking is one cheap pass, sorting is not
  if (!inStatementOrder(lines)) lines.sort(byStatementOrder);
  const groups = groupsOf(lines, input.contracts.list);
  const corrections = [...input.corrections].sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
  let tasks = 0;
  let penalties = 0;
  for (const g of groups) {
    tasks += g.tasksTotal;
    penalties += g.penalties;
  }
  const correctionSum = corrections.reduce((s, c) => s + c.amount, 0);
  const net = tasks - penalties + correctionSum;
  const vat = percentOf(net, input.contracts.vatPercent);
  return {
    vendor: input.vendor, district: input.district, month: input.month, vatPercent: input.contracts.vatPercent,
    lines, corrections, groups, totals: { tasks, penalties, corrections: correctionSum, net, vat, gross: net + vat },
  };
}

/**
 * A finished task's statement line: its price by the contract of the day it was assigned, and the
 * targets it missed with their penalties. Fixed once OIT accepts the work (the times no longer
 * change), so it is computed then and kept with the task; a month's statement only gathers lines.
 */
export function pricedLine(task: VendorTask, contract: Contract, calendar: WorkCalendar): StatementTaskLine {
  const report = task.report!;
  const price = priceOf(contract, report.taskType) ?? 0;
  const times = {
    assignedAt: new Date(task.assignedAt),
    acceptedAt: task.acceptedAt ? new Date(task.acceptedAt) : null,
    onSiteAt: task.onSiteAt ? new Date(task.onSiteAt) : null,
    doneAt: task.doneAt ? new Date(task.doneAt) : null,
  };
  const penalty = taskPenalty(price, times, contract.sla[task.priority], contract.penalties, calendar);
  return {
    taskId: task.id, ticketId: task.ticketId, title: task.title, organisation: task.organisation, contractId: contract.id,
    taskType: report.taskType, price, assignedAt: task.assignedAt, approvedAt: task.approvedAt ?? '',
    breaches: penalty.breaches, penaltyUncapped: penalty.uncapped, penalty: penalty.amount, taskCapApplied: penalty.taskCapApplied,
  };
}

/** Per contract (a contract that changed mid-month caps its own tasks): the tasks total and the penalties before and after the monthly cap, in one pass over the lines. */
function groupsOf(lines: readonly StatementTaskLine[], contracts: readonly Contract[]): StatementGroup[] {
  const sums = new Map<string, { tasks: Haler; penalties: Haler }>();
  for (const line of lines) {
    let sum = sums.get(line.contractId);
    if (!sum) sums.set(line.contractId, (sum = { tasks: 0, penalties: 0 }));
    sum.tasks += line.price;
    sum.penalties += line.penalty;
  }
  return [...sums.keys()].sort().map((id) => {
    const contract = contracts.find((c) => c.id === id)!;
    const { tasks: tasksTotal, penalties: penaltiesUncapped } = sums.get(id)!;
    const cap = monthlyCap(penaltiesUncapped, tasksTotal, contract.penalties);
    return {
      contractId: id, tasksTotal, penaltiesUncapped, monthlyCap: cap.cap, monthlyCapPercent: contract.penalties.monthlyCapPercent,
      penalties: cap.amount, monthlyCapApplied: cap.applied,
    };
  });
}

/** Statement order: assigned, then task id. */
function byStatementOrder(a: StatementTaskLine, b: StatementTaskLine): number {
  return cmp(a.assignedAt, b.assignedAt) || cmp(a.taskId, b.taskId);
}

function inStatementOrder(lines: readonly StatementTaskLine[]): boolean {
  for (let i = 1; i < lines.length; i++) if (byStatementOrder(lines[i - 1]!, lines[i]!) > 0) return false;
  return true;
}

/** Code-unit order (ISO times and ids sort right by it; `localeCompare` is ten times slower for 10,000 lines). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
