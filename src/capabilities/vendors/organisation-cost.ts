import { scaled, type Haler } from './money.js';
import { NO_ONCALL, type OncallShare } from './oncall-allowance.js';

/** A vendor task OIT accepted in the month: billed for the organisation's ticket, less its penalty. */
export interface VendorCostFact {
  organisation: string | null;
  category: string;
  price: Haler;
  penalty: Haler;
}

/** A ticket of the month: created in it (counts), resolved in it with OIT's minutes and whether the resolution target was met. */
export interface TicketFact {
  organisation: string | null;
  category: string;
  created: boolean;
  resolved: boolean;
  minutes: number;
  resolutionMet: boolean | null;
}

export interface CategoryCost {
  category: string;
  vendor: Haler;
  penalties: Haler;
  oitMinutes: number;
  oit: Haler;
  total: Haler;
}

export interface OrganisationCost {
  organisation: string;
  month: string;
  users: number;
  tickets: number;
  vendor: Haler;
  penalties: Haler;
  oitMinutes: number;
  oit: Haler;
  /** Its share of the month's on-call allowance (by users; not per category). */
  oncall: OncallShare;
  /** vendor − penalties + oit + the on-call share. */
  total: Haler;
  perUser: Haler;
  resolved: number;
  resolutionMet: number;
  categories: CategoryCost[];
}

/**
 * IT cost of one organisation in one month: the vendor tasks OIT accepted for its tickets at their
 * prices, less each task's penalty (after the per-task cap; the monthly cap's relief is the
 * vendor's and is not spread over organisations), plus OIT's minutes on its tickets resolved in
 * the month × the hourly rate (rounded once per category to a whole haléř, half away from zero),
 * plus its share of the month's on-call allowance (computed by `shareByUsers`).
 */
export function organisationCost(
  organisation: string, month: string, users: number, rate: Haler, vendorFacts: readonly VendorCostFact[], tickets: readonly TicketFact[], oncall: OncallShare = NO_ONCALL,
): OrganisationCost {
  const mine = vendorFacts.filter((f) => f.organisation === organisation);
  const theirs = tickets.filter((t) => t.organisation === organisation);
  const categories = new Map<string, CategoryCost>();
  const cat = (id: string) => {
    let c = categories.get(id);
    if (!c) categories.set(id, (c = { category: id, vendor: 0, penalties: 0, oitMinutes: 0, oit: 0, total: 0 }));
    return c;
  };
  for (const f of mine) {
    const c = cat(f.category);
    c.vendor += f.price;
    c.penalties += f.penalty;
  }
  for (const t of theirs) if (t.resolved && t.minutes > 0) cat(t.category).oitMinutes += t.minutes;
  for (const c of categories.values()) {
    c.oit = scaled(rate, c.oitMinutes, 60);
    c.total = c.vendor - c.penalties + c.oit;
  }
  const list = [...categories.values()].sort((a, b) => b.total - a.total || a.category.localeCompare(b.category));
  const sum = (pick: (c: CategoryCost) => number) => list.reduce((s, c) => s + pick(c), 0);
  const total = sum((c) => c.total) + oncall.share;
  const resolved = theirs.filter((t) => t.resolved && t.resolutionMet !== null);
  return {
    organisation, month, users, tickets: theirs.filter((t) => t.created).length,
    vendor: sum((c) => c.vendor), penalties: sum((c) => c.penalties), oitMinutes: sum((c) => c.oitMinutes), oit: sum((c) => c.oit), oncall, total,
    perUser: users > 0 ? scaled(total, 1, users) : 0,
    resolved: resolved.length, resolutionMet: resolved.filter((t) => t.resolutionMet).length, categories: list,
  };
}

export interface ComparisonRow {
  id: string;
  users: number;
  ticketsPerUser: number;
  perUser: Haler;
  total: Haler;
  slaMetPercent: number | null;
  estimate: boolean;
}

/** A served organisation side by side with the others. */
export function comparisonRow(c: OrganisationCost): ComparisonRow {
  return {
    id: c.organisation, users: c.users, ticketsPerUser: c.users ? c.tickets / c.users : 0, perUser: c.perUser, total: c.total,
    slaMetPercent: c.resolved ? (100 * c.resolutionMet) / c.resolved : null, estimate: false,
  };
}

/** An organisation not served yet, modelled from its users and the pooled rates of similar served ones (an estimate). */
export function estimateRow(id: string, users: number, like: readonly OrganisationCost[]): ComparisonRow {
  const u = like.reduce((s, c) => s + c.users, 0);
  const tickets = like.reduce((s, c) => s + c.tickets, 0);
  const total = like.reduce((s, c) => s + c.total, 0);
  const resolved = like.reduce((s, c) => s + c.resolved, 0);
  const met = like.reduce((s, c) => s + c.resolutionMet, 0);
  const perUser = u ? scaled(total, 1, u) : 0;
  return {
    id, users, ticketsPerUser: u ? tickets / u : 0, perUser, total: perUser * users, slaMetPercent: resolved ? (100 * met) / resolved : null, estimate: true,
  };
}
