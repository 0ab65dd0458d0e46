import type { Priority, SlaTarget } from '../../config/domain-schema.js';
import { AlwaysOpenCalendar } from '../calendar/always-open-calendar.js';
import type { WorkCalendar } from '../calendar/work-calendar.js';
import { slaDurationMinutes } from './sla-duration.js';
import { SlaTimeline, type SlaPause } from './sla-timeline.js';

/** A change of a ticket's priority, with the SLA target of the new priority. */
export interface SlaPriorityChange {
  readonly at: Date;
  readonly priority: Priority;
  readonly target: SlaTarget;
}

/** What the SLA of one ticket depends on. */
export interface SlaInputs {
  readonly createdAt: Date;
  /** The priority the ticket was created with, and its target from config. */
  readonly priority: Priority;
  readonly target: SlaTarget;
  /** Business calendar of the requester's organisation; used when a target says "business". */
  readonly calendar: WorkCalendar;
  /** Waiting states (waiting-requester, and waiting-vendor where the contract says so). */
  readonly pauses?: readonly SlaPause[];
  /** First human response or acknowledgement. */
  readonly respondedAt?: Date;
  /** When the ticket was resolved. After a reopen, omit it and pass the resolved period as a pause. */
  readonly resolvedAt?: Date;
  readonly priorityChanges?: readonly SlaPriorityChange[];
}

export interface SlaClockOptions {
  /** Warn when this share of the time is used (1–100); default 75. */
  readonly warnAtPercent?: number;
  /** Whether pauses also stop the response clock; default false. */
  readonly pauseResponse?: boolean;
}

/** One clock (response or resolution) of a ticket. */
interface Stage {
  readonly budget: number;
  readonly timeline: SlaTimeline;
  readonly due: Date | null;
  readonly warnAt: Date | null;
  readonly doneAt: Date | undefined;
}

const DEFAULT_WARN_PERCENT = 75;
/** Stateless and immutable, so one instance serves every clock. */
const ALWAYS_OPEN = new AlwaysOpenCalendar();

/**
 * The SLA of one ticket: deadlines, warning times, breaches, used and remaining minutes.
 * Minutes are business minutes of the target's calendar (wall-clock minutes for 24x7).
 *
 * Rules:
 * - Pauses stop the resolution clock; the deadline moves by the business time spent paused.
 *   While a pause is open the resolution deadline is unknown (null), unless it had already
 *   passed before the pause began. The response clock ignores pauses unless `pauseResponse`.
 * - Priority change (ITIL practice, as in ServiceNow's "retroactive start"): the deadlines are
 *   recomputed from the ORIGINAL creation time with the new priority's target and calendar, so a
 *   ticket raised from P4 to P2 late may be breached at once. A clock already stopped keeps the
 *   target in force when it stopped: the response is judged by the priority at `respondedAt`,
 *   the resolution by the priority at `resolvedAt`.
 * - A deadline is the earliest instant the budget is used up; landing exactly on the end of a
 *   business day it stays there (15:30). Responding or resolving AT the deadline meets it; a
 *   ticket still open AT the deadline is breached.
 */
export class SlaClock {
  /** Current priority and target (after the last change). */
  readonly priority: Priority;
  readonly target: SlaTarget;
  /** Null only with `pauseResponse` while paused before the deadline. */
  readonly responseDue: Date | null;
  readonly responseWarnAt: Date | null;
  /** Null while paused (see the class comment). */
  readonly resolutionDue: Date | null;
  readonly resolutionWarnAt: Date | null;
  readonly respondedAt: Date | undefined;
  readonly resolvedAt: Date | undefined;
  private readonly response: Stage;
  private readonly resolution: Stage;
  private readonly resolutionTimeline: SlaTimeline;

  constructor(inputs: SlaInputs, options: SlaClockOptions = {}) {
    const percent = options.warnAtPercent ?? DEFAULT_WARN_PERCENT;
    if (!(percent > 0 && percent <= 100)) throw new RangeError(`warnAtPercent must be in (0, 100], got ${percent}`);
    const current = targetAt(inputs);
    this.priority = current.priority;
    this.target = current.target;
    this.respondedAt = inputs.respondedAt;
    this.resolvedAt = inputs.resolvedAt;
    const pauses = inputs.pauses ?? [];
    this.response = stage(inputs, 'response', options.pauseResponse ? pauses : [], inputs.respondedAt, percent);
    this.resolution = stage(inputs, 'resolution', pauses, inputs.resolvedAt, percent);
    this.resolutionTimeline = this.resolution.timeline;
    this.responseDue = this.response.due;
    this.responseWarnAt = this.response.warnAt;
    this.resolutionDue = this.resolution.due;
    this.resolutionWarnAt = this.resolution.warnAt;
  }

  /** Whether the resolution clock stands still at `at`. */
  isPaused(at: Date): boolean {
    return this.resolutionTimeline.isPausedAt(at);
  }

  responseBreached(now: Date): boolean {
    return breached(this.response, now);
  }

  resolutionBreached(now: Date): boolean {
    return breached(this.resolution, now);
  }

  /** The response target in minutes (of the priority that judges the response). */
  get responseBudgetMinutes(): number {
    return this.response.budget;
  }

  get resolutionBudgetMinutes(): number {
    return this.resolution.budget;
  }

  /** Running minutes used until `now` (or until the response, if earlier). */
  responseElapsedMinutes(now: Date): number {
    return elapsed(this.response, now);
  }

  /** Minutes left until the response deadline; negative once breached. */
  responseRemainingMinutes(now: Date): number {
    return this.response.budget - elapsed(this.response, now);
  }

  resolutionElapsedMinutes(now: Date): number {
    return elapsed(this.resolution, now);
  }

  resolutionRemainingMinutes(now: Date): number {
    return this.resolution.budget - elapsed(this.resolution, now);
  }
}

/** The priority and target in force at `at` (the latest change not after it), or the current one. */
function targetAt(inputs: SlaInputs, at?: Date): { priority: Priority; target: SlaTarget } {
  let found: { priority: Priority; target: SlaTarget; at?: Date } = inputs;
  for (const change of inputs.priorityChanges ?? []) {
    if (at && change.at.getTime() > at.getTime()) continue;
    if (!found.at || change.at.getTime() >= found.at.getTime()) found = change;
  }
  return { priority: found.priority, target: found.target };
}

function stage(
  inputs: SlaInputs, kind: 'response' | 'resolution', pauses: readonly SlaPause[], doneAt: Date | undefined, percent: number,
): Stage {
  const { target } = targetAt(inputs, doneAt);
  const calendar = target.calendar === '24x7' ? ALWAYS_OPEN : inputs.calendar;
  const budget = slaDurationMinutes(target[kind], calendar);
  const timeline = new SlaTimeline(calendar, inputs.createdAt, pauses);
  const [warnAt = null, due = null] = timeline.deadlines([(budget * percent) / 100, budget]);
  return { budget, timeline, due, warnAt, doneAt };
}

function breached(s: Stage, now: Date): boolean {
  if (s.due === null) return false;
  if (s.doneAt && s.doneAt.getTime() <= now.getTime()) return s.doneAt.getTime() > s.due.getTime();
  return now.getTime() >= s.due.getTime();
}

function elapsed(s: Stage, now: Date): number {
  const until = s.doneAt && s.doneAt.getTime() < now.getTime() ? s.doneAt : now;
  return s.timeline.consumedMinutes(until);
}
