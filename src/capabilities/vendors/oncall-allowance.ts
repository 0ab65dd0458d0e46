import { scaled, type Haler } from './money.js';

/** Standby minutes of a month by kind, and the allowance per standby hour of each kind (haléře). */
export interface StandbyKinds<T> {
  weekdayNight: T;
  weekend: T;
  holiday: T;
}

/** An organisation's share of the month's on-call allowance, with what it was computed from (printed on the card). */
export interface OncallShare {
  share: Haler;
  /** The allowance paid to the whole rota in the month. */
  total: Haler;
  /** The organisation's users, and all served organisations' users. */
  users: number;
  allUsers: number;
}

export const NO_ONCALL: OncallShare = { share: 0, total: 0, users: 0, allUsers: 0 };

/**
 * The month's on-call allowance paid to the rota: per kind, its standby minutes × the allowance per
 * hour, rounded once per kind to a whole haléř (half away from zero, as `scaled` rounds).
 */
export function standbyAllowance(minutes: StandbyKinds<number>, perHour: StandbyKinds<Haler>): Haler {
  const kinds = ['weekdayNight', 'weekend', 'holiday'] as const;
  return kinds.reduce((sum, k) => sum + scaled(perHour[k], Math.round(minutes[k]), 60), 0);
}

/**
 * The allowance shared by the served organisations in proportion to their users (largest
 * remainder): each gets amount × users / all users rounded down to a whole haléř, and the haléře
 * left over go one each to the largest remainders (ties by id), so the shares add up to exactly
 * the allowance paid. An organisation with no users configured gets nothing.
 */
export function shareByUsers(amount: Haler, users: Readonly<Record<string, number>>): Map<string, Haler> {
  const ids = Object.keys(users).filter((id) => (users[id] ?? 0) > 0).sort();
  const all = ids.reduce((s, id) => s + users[id]!, 0);
  const shares = new Map<string, Haler>();
  if (all === 0 || amount <= 0) return shares;
  const remainders = ids.map((id) => {
    const exact = amount * users[id]!;
    shares.set(id, Math.floor(exact / all));
    return { id, remainder: exact % all };
  });
  let left = amount - [...shares.values()].reduce((s, v) => s + v, 0);
  for (const r of remainders.sort((a, b) => b.remainder - a.remainder || (a.id < b.id ? -1 : 1))) {
    if (left-- <= 0) break;
    shares.set(r.id, shares.get(r.id)! + 1);
  }
  return shares;
}
