import { DAY_MS, parseTimeOfDay, toEpochDay, fromEpochDay } from '../calendar/civil-date.js';
import type { ZonedTime } from '../calendar/zoned-time.js';

/** One team's weekly rotation as configured: members in order, first handover on `startDate` at `handoverTime`. */
export interface RotationPlan {
  readonly teamId: string;
  readonly members: readonly string[];
  /** Local "YYYY-MM-DD" of the first handover (member 0 starts then). */
  readonly startDate: string;
  /** Local "HH:MM" of every handover. */
  readonly handoverTime: string;
}

/** A scheduled stretch of on-call duty: [start, end). */
export interface Shift {
  readonly teamId: string;
  readonly personId: string;
  readonly start: Date;
  readonly end: Date;
}

const WEEK_MS = 7 * DAY_MS;

/**
 * Week k of the rotation runs from the k-th handover to the next one, on call: members[k mod n].
 * Handovers are wall-clock times in the zone, so a week across a DST change lasts 167 or 169 hours.
 * Weeks before the start date continue the cycle backwards (k < 0).
 */
export class WeeklyRotation {
  readonly teamId: string;
  private readonly startEpochDay: number;
  private readonly handoverMinute: number;
  private readonly firstHandoverMs: number;

  constructor(private readonly plan: RotationPlan, private readonly zone: ZonedTime) {
    if (plan.members.length === 0) throw new RangeError(`rotation of ${plan.teamId} has no members`);
    const [year = NaN, month = NaN, day = NaN] = plan.startDate.split('-').map(Number);
    this.startEpochDay = toEpochDay({ year, month, day });
    if (Number.isNaN(this.startEpochDay)) throw new RangeError(`not a date: ${plan.startDate}`);
    this.teamId = plan.teamId;
    this.handoverMinute = parseTimeOfDay(plan.handoverTime);
    this.firstHandoverMs = this.handover(0);
  }

  get members(): readonly string[] {
    return this.plan.members;
  }

  /** The instant (ms) of the k-th handover. */
  handover(k: number): number {
    const date = fromEpochDay(this.startEpochDay + 7 * k);
    const [ms = NaN] = this.zone.instantsOfDay(date, [this.handoverMinute]);
    return ms;
  }

  /** Index of the week containing the instant. */
  weekIndexAt(atMs: number): number {
    let k = Math.floor((atMs - this.firstHandoverMs) / WEEK_MS);
    while (atMs < this.handover(k)) k--;
    while (atMs >= this.handover(k + 1)) k++;
    return k;
  }

  shift(k: number): Shift {
    const n = this.plan.members.length;
    const personId = this.plan.members[((k % n) + n) % n]!;
    return { teamId: this.teamId, personId, start: new Date(this.handover(k)), end: new Date(this.handover(k + 1)) };
  }

  shiftAt(at: Date): Shift {
    return this.shift(this.weekIndexAt(at.getTime()));
  }

  /** The weekly shifts that overlap [from, to), unclipped, in order. */
  shiftsOverlapping(from: Date, to: Date): Shift[] {
    if (to.getTime() <= from.getTime()) return [];
    const shifts: Shift[] = [];
    for (let k = this.weekIndexAt(from.getTime()); this.handover(k) < to.getTime(); k++) shifts.push(this.shift(k));
    return shifts;
  }
}
