import type { JsonStore } from '../../store/json-store.js';
import { parseReportQuery } from './report-query.js';
import type { ReportQuery } from './reports-service.js';

const CONTEXTS = 'reportContext';

/** The last report each user saw, for follow-ups ("a za říjen?"); kept lazily (losing the last moments is harmless). */
export class ReportContextRepository {
  constructor(private readonly store: JsonStore) {}

  last(userId: string): ReportQuery | null {
    return parseReportQuery(this.store.get(CONTEXTS, userId));
  }

  remember(userId: string, query: ReportQuery): void {
    this.store.commitLazily([{ c: CONTEXTS, k: userId, v: query }]);
  }
}
