import type { Rota, RotaSegment } from './rota.js';

/** One half of a swap: in the team, from `from` to `to`, `coverId` stands in for `absentId`. */
export interface SwapLeg {
  readonly teamId: string;
  readonly from: string;
  readonly to: string;
  readonly absentId: string;
  readonly coverId: string;
}

export type SwapPlan =
  | { readonly ok: true; readonly legs: SwapLeg[] }
  | { readonly ok: false; readonly reason: 'same-person' | 'no-shift-on-date' | 'shift-over' | 'no-counterpart' };

/** How many weeks after (or before) the chosen shift to look for the other person's shift. */
const SEARCH_WEEKS = 12;

/**
 * A swap of the shift on `at` (held by the proposer or by the other person, in any team) for the
 * other one's nearest shift in the same team: first the weeks after it, then the weeks between now
 * and it. Each shift is limited to its rotation week and to the future (history is never rewritten).
 */
export function planSwap(rota: Rota, proposerId: string, otherId: string, at: Date, now: Date): SwapPlan {
  if (proposerId === otherId) return { ok: false, reason: 'same-person' };
  const legs: SwapLeg[] = [];
  let sawShift = false;
  let sawOver = false;
  for (const teamId of rota.teamIds) {
    const holder = rota.whoIsOnCall(teamId, at);
    if (holder !== proposerId && holder !== otherId) continue;
    sawShift = true;
    const partner = holder === proposerId ? otherId : proposerId;
    const chosen = segmentIn(rota, teamId, holder, at);
    if (!chosen || chosen.end.getTime() <= now.getTime()) {
      sawOver = true;
      continue;
    }
    const counterpart = findCounterpart(rota, teamId, partner, chosen, now);
    if (!counterpart) continue;
    legs.push(leg(teamId, chosen, holder, partner, now), leg(teamId, counterpart, partner, holder, now));
  }
  if (legs.length > 0) return { ok: true, legs };
  if (!sawShift) return { ok: false, reason: 'no-shift-on-date' };
  return { ok: false, reason: sawOver ? 'shift-over' : 'no-counterpart' };
}

function leg(teamId: string, s: RotaSegment, absentId: string, coverId: string, now: Date): SwapLeg {
  const from = Math.max(s.start.getTime(), now.getTime());
  return { teamId, from: new Date(from).toISOString(), to: s.end.toISOString(), absentId, coverId };
}

/** The person's segment containing `at`, limited to the rotation week. */
function segmentIn(rota: Rota, teamId: string, personId: string, at: Date): RotaSegment | null {
  const week = rota.weekAt(teamId, at);
  if (!week) return null;
  return rota.shiftsBetween(teamId, week.start, week.end)
    .find((s) => s.personId === personId && s.start.getTime() <= at.getTime() && at.getTime() < s.end.getTime()) ?? null;
}

function findCounterpart(rota: Rota, teamId: string, partnerId: string, chosen: RotaSegment, now: Date): RotaSegment | null {
  const weekMs = 7 * 86_400_000;
  const after = (k: number) => new Date(chosen.end.getTime() + k * weekMs);
  const before = (k: number) => new Date(chosen.start.getTime() - 1 - k * weekMs);
  for (const probe of [after, before]) {
    for (let k = 0; k < SEARCH_WEEKS; k++) {
      const week = rota.weekAt(teamId, probe(k));
      if (!week || week.end.getTime() <= now.getTime()) break;
      const mine = rota.shiftsBetween(teamId, week.start, week.end)
        .find((s) => s.personId === partnerId && s.end.getTime() > now.getTime() && !overlaps(s, chosen));
      if (mine) return mine;
    }
  }
  return null;
}

function overlaps(a: RotaSegment, b: RotaSegment): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}
