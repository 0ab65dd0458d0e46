import { workedMinutes } from '../domain/paging/page.js';
import type { PageStorePort } from './store-ports.js';
import type { IncidentWork, IncidentWorkPort } from './oncall-report-service.js';

const WEEK_MS = 7 * 86_400_000;

/**
 * The standby report's pages and incident hours, from the pages: each person paged counts once
 * per page (by their first card); the one who acknowledged gets the time to resolution.
 */
export class PagingIncidentWork implements IncidentWorkPort {
  constructor(private readonly pages: PageStorePort) {}

  async workBetween(from: Date, to: Date): Promise<IncidentWork[]> {
    const [a, b] = [from.toISOString(), to.toISOString()];
    const out: IncidentWork[] = [];
    // A page opened shortly before the month may still page people or be resolved within it.
    for (const page of this.pages.openedBetween(new Date(from.getTime() - WEEK_MS), to)) {
      const firstPaged = new Map<string, string>();
      for (const d of page.deliveries) if (!firstPaged.has(d.personId)) firstPaged.set(d.personId, d.at);
      for (const [personId, at] of firstPaged) if (at >= a && at < b) out.push({ personId, pagedAt: at, workedMinutes: 0, paged: true });
      if (page.acknowledgedBy && page.resolvedAt && page.resolvedAt >= a && page.resolvedAt < b) {
        out.push({ personId: page.acknowledgedBy, pagedAt: page.acknowledgedAt!, workedMinutes: workedMinutes(page), paged: false });
      }
    }
    return out;
  }
}
