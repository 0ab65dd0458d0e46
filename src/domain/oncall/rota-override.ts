/**
 * A change to the weekly rotation for a stretch of time: while it lasts, wherever `absentId` would be
 * on call (after earlier overrides), `coverId` is instead. Covers (holiday, sickness) are added by a
 * rota administrator and apply to every team unless `teamId` is set; an accepted swap becomes two
 * team-specific overrides, one for each shift.
 */
export interface RotaOverride {
  readonly id: string;
  readonly kind: 'cover' | 'swap';
  /** Null: every team in which the absent person would be on call. */
  readonly teamId: string | null;
  /** ISO instants, [from, to). */
  readonly from: string;
  readonly to: string;
  readonly absentId: string;
  readonly coverId: string;
  /** Application order: a later override applies on top of earlier ones. */
  readonly seq: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly swapId?: string;
}

/** Overrides in the order they apply. */
export function inApplicationOrder(overrides: readonly RotaOverride[]): RotaOverride[] {
  return [...overrides].sort((a, b) => a.seq - b.seq || a.id.localeCompare(b.id));
}

/** Who is on call at `atMs` in the team, given who the rotation says, after the (ordered) overrides. */
export function holderAfterOverrides(teamId: string, rotationHolder: string, atMs: number, ordered: readonly RotaOverride[]): { personId: string; overridden: boolean } {
  let personId = rotationHolder;
  let overridden = false;
  for (const o of ordered) {
    if (o.teamId !== null && o.teamId !== teamId) continue;
    if (atMs < Date.parse(o.from) || atMs >= Date.parse(o.to)) continue;
    if (personId !== o.absentId) continue;
    personId = o.coverId;
    overridden = true;
  }
  return { personId, overridden };
}
