import { DAY_MS } from '../calendar/civil-date.js';
import { holderAfterOverrides, inApplicationOrder, type RotaOverride } from './rota-override.js';
import type { WeeklyRotation } from './weekly-rotation.js';

/** A stretch during which one person is on call for a team; `overridden` when a cover or swap put them there. */
export interface RotaSegment {
  readonly teamId: string;
  readonly personId: string;
  readonly start: Date;
  readonly end: Date;
  readonly overridden: boolean;
}

export interface OnCallNow {
  readonly teamId: string;
  readonly current: RotaSegment;
  /** The next person to take over (null when no change within the look-ahead). */
  readonly next: RotaSegment | null;
}

const LOOK_BACK_MS = 35 * DAY_MS;
const LOOK_AHEAD_MS = 10 * 7 * DAY_MS;
const MAX_HORIZON_MS = 400 * DAY_MS;

/**
 * The effective rota of all teams: weekly rotations with the overrides applied. Pure: time is
 * always passed in. Segments of the same person next to each other are merged, so a segment's
 * end is the moment the duty really passes to someone else.
 */
export class Rota {
  private readonly rotations: ReadonlyMap<string, WeeklyRotation>;
  private readonly overrides: RotaOverride[];

  constructor(rotations: readonly WeeklyRotation[], overrides: readonly RotaOverride[]) {
    this.rotations = new Map(rotations.map((r) => [r.teamId, r]));
    this.overrides = inApplicationOrder(overrides);
  }

  get teamIds(): string[] {
    return [...this.rotations.keys()];
  }

  hasTeam(teamId: string): boolean {
    return this.rotations.has(teamId);
  }

  /** The rotation week [handover, next handover) of the team containing the instant. */
  weekAt(teamId: string, at: Date): { start: Date; end: Date } | null {
    const shift = this.rotations.get(teamId)?.shiftAt(at);
    return shift ? { start: shift.start, end: shift.end } : null;
  }

  /** Who is on call for the team at the instant; null for a team without a rotation. */
  whoIsOnCall(teamId: string, at: Date): string | null {
    const rotation = this.rotations.get(teamId);
    if (!rotation) return null;
    return holderAfterOverrides(teamId, rotation.shiftAt(at).personId, at.getTime(), this.overrides).personId;
  }

  /** The team's segments covering [from, to), clipped to it, in order. */
  shiftsBetween(teamId: string, from: Date, to: Date): RotaSegment[] {
    const rotation = this.rotations.get(teamId);
    if (!rotation || to.getTime() <= from.getTime()) return [];
    const a = from.getTime();
    const b = to.getTime();
    const cuts = new Set<number>([a, b]);
    for (const s of rotation.shiftsOverlapping(from, to)) for (const t of [s.start.getTime(), s.end.getTime()]) if (t > a && t < b) cuts.add(t);
    for (const o of this.overrides) for (const t of [Date.parse(o.from), Date.parse(o.to)]) if (t > a && t < b) cuts.add(t);
    const points = [...cuts].sort((x, y) => x - y);
    const segments: RotaSegment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const { personId, overridden } = holderAfterOverrides(teamId, rotation.shiftAt(new Date(start)).personId, start, this.overrides);
      const last = segments.at(-1);
      if (last && last.personId === personId) {
        segments[segments.length - 1] = { ...last, end: new Date(end), overridden: last.overridden || overridden };
      } else {
        segments.push({ teamId, personId, start: new Date(start), end: new Date(end), overridden });
      }
    }
    return segments;
  }

  /** Who is on call now (with since when and until when) and who comes next. */
  onCallNow(teamId: string, at: Date): OnCallNow | null {
    const segments = this.shiftsBetween(teamId, new Date(at.getTime() - LOOK_BACK_MS), new Date(at.getTime() + LOOK_AHEAD_MS));
    const index = segments.findIndex((s) => s.start.getTime() <= at.getTime() && at.getTime() < s.end.getTime());
    const current = segments[index];
    if (!current) return null;
    const next = segments[index + 1] ?? null;
    return { teamId, current, next };
  }

  /**
   * The person's next `count` segments in any team that end after `from` (the one in progress
   * included, with its real start up to 35 days back), by start time.
   */
  nextShifts(personId: string, from: Date, count: number): RotaSegment[] {
    if (count <= 0) return [];
    const begin = new Date(from.getTime() - LOOK_BACK_MS);
    for (let span = LOOK_AHEAD_MS; ; span *= 2) {
      const windowEnd = from.getTime() + Math.min(span, MAX_HORIZON_MS);
      const found = this.teamIds
        .flatMap((team) => this.shiftsBetween(team, begin, new Date(windowEnd)))
        .filter((s) => s.personId === personId && s.end.getTime() > from.getTime())
        .sort((x, y) => x.start.getTime() - y.start.getTime() || x.teamId.localeCompare(y.teamId));
      const enough = found.length > count || (found.length === count && found[count - 1]!.end.getTime() < windowEnd);
      if (enough || span >= MAX_HORIZON_MS) return found.slice(0, count);
    }
  }
}
