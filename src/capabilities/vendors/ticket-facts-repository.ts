import type { Ticket } from '../../domain/tickets/ticket.js';
import type { JsonStore } from '../../store/json-store.js';
import { previousMonth } from './contract-rules.js';
import type { TicketFact } from './organisation-cost.js';

/** How many months before a month a ticket resolved in it may have been created (its archive is read). */
const LOOKBACK_MONTHS = 3;

/**
 * The tickets of a month for costs and comparisons: created in it, or resolved in it with OIT's
 * minutes and whether the resolution target was met. Reads the open tickets and the monthly
 * archives of the month and the few before it (a ticket is archived by its creation month).
 */
export class TicketFactsRepository {
  constructor(private readonly store: JsonStore, private readonly resolutionDue: (ticket: Ticket) => Date | null) {}

  factsOf(month: string, start: Date, end: Date): TicketFact[] {
    const [a, b] = [start.toISOString(), end.toISOString()];
    const out: TicketFact[] = [];
    const seen = new Set<string>();
    const take = (t: Ticket) => {
      if (seen.has(t.id)) return;
      seen.add(t.id);
      const created = t.createdAt >= a && t.createdAt < b;
      const resolvedAt = t.resolution?.at ?? t.resolvedAt;
      const resolved = Boolean(resolvedAt && resolvedAt >= a && resolvedAt < b);
      if (!created && !resolved) return;
      const due = resolved ? this.resolutionDue(t) : null;
      out.push({
        organisation: t.organisation, category: t.category, created, resolved, minutes: resolved ? t.resolution?.minutes ?? 0 : 0,
        resolutionMet: resolved && due ? Date.parse(resolvedAt!) <= due.getTime() : null,
      });
    };
    for (const t of this.store.values<Ticket>('tickets')) take(t);
    let m = month;
    for (let i = 0; i <= LOOKBACK_MONTHS; i++, m = previousMonth(m)) for (const t of this.store.values<Ticket>(`archive-${m}`)) take(t);
    return out;
  }
}
