import type { WorkCalendar } from '../../domain/calendar/work-calendar.js';
import { slaDurationMinutes } from '../../domain/sla/sla-duration.js';
import type { ContractTargets, PenaltyRules } from '../../config/contract-schema.js';
import { percentOf, type Haler } from './money.js';

export const TARGETS = ['accept', 'onSite', 'resolved'] as const;
export type VendorTarget = (typeof TARGETS)[number];

/** When the vendor was given the task and when it met each target (null: not yet). */
export interface TaskTimes {
  assignedAt: Date;
  acceptedAt: Date | null;
  onSiteAt: Date | null;
  doneAt: Date | null;
}

/** A target met late: when it was due, when it was met, by how many business minutes, and the penalty. */
export interface Breach {
  target: VendorTarget;
  dueAt: string;
  metAt: string;
  lateMinutes: number;
  /** Started business hours late: ceil(lateMinutes / 60). */
  startedHours: number;
  /** startedHours × percentPerStartedHour % of the price, rounded once. */
  percentAmount: Haler;
  fixedAmount: Haler;
  /** percentAmount + fixedAmount. */
  amount: Haler;
}

export interface TaskPenalty {
  breaches: Breach[];
  /** Sum of the breaches' amounts. */
  uncapped: Haler;
  /** After the per-task cap. */
  amount: Haler;
  taskCapApplied: boolean;
}

/**
 * The instant each target was met: accepting is also met by arriving or finishing, arriving by
 * finishing (a vendor who fixed it without pressing "accept" did accept it).
 */
function metAt(times: TaskTimes, target: VendorTarget): Date | null {
  if (target === 'accept') return times.acceptedAt ?? times.onSiteAt ?? times.doneAt;
  if (target === 'onSite') return times.onSiteAt ?? times.doneAt;
  return times.doneAt;
}

/** When each target falls due: the duration counted in the district's business time from the assignment. */
export function dueTimes(assignedAt: Date, targets: ContractTargets, calendar: WorkCalendar): Record<VendorTarget, Date> {
  const due = (d: string) => calendar.addBusinessMinutes(assignedAt, slaDurationMinutes(d, calendar));
  return { accept: due(targets.accept), onSite: due(targets.onSite), resolved: due(targets.resolved) };
}

/**
 * The targets a finished task missed, each priced: lateness in the district's business minutes
 * between the due time and the time met (a target met outside business hours but before the next
 * business minute is not late), every started business hour late costs `percentPerStartedHour` % of
 * the task's price, plus `fixedPerBreach`; the task's penalties are capped at `taskCapPercent` % of its price.
 */
export function taskPenalty(price: Haler, times: TaskTimes, targets: ContractTargets, rules: PenaltyRules, calendar: WorkCalendar): TaskPenalty {
  const due = dueTimes(times.assignedAt, targets, calendar);
  const breaches: Breach[] = [];
  for (const target of TARGETS) {
    const met = metAt(times, target);
    if (!met) continue;
    const lateMinutes = Math.max(0, calendar.businessMinutesBetween(due[target], met));
    if (lateMinutes <= 0) continue;
    const startedHours = Math.ceil(lateMinutes / 60);
    const percentAmount = percentOf(price, rules.percentPerStartedHour, startedHours);
    breaches.push({
      target, dueAt: due[target].toISOString(), metAt: met.toISOString(), lateMinutes: Math.round(lateMinutes), startedHours,
      percentAmount, fixedAmount: rules.fixedPerBreach, amount: percentAmount + rules.fixedPerBreach,
    });
  }
  const uncapped = breaches.reduce((s, b) => s + b.amount, 0);
  const cap = percentOf(price, rules.taskCapPercent);
  return { breaches, uncapped, amount: Math.min(uncapped, cap), taskCapApplied: uncapped > cap };
}

/** The month's penalties after the monthly cap (`monthlyCapPercent` % of the month's tasks total). */
export function monthlyCap(penalties: Haler, tasksTotal: Haler, rules: Pick<PenaltyRules, 'monthlyCapPercent'>): { amount: Haler; cap: Haler; applied: boolean } {
  const cap = percentOf(tasksTotal, rules.monthlyCapPercent);
  return { amount: Math.min(penalties, cap), cap, applied: penalties > cap };
}
