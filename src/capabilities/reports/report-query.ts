import { DIMENSIONS, type Dimension } from './figures/fact-table.js';
import { isPeriodSpec } from './figures/report-period.js';
import { OPEN_LISTS, type OpenList } from './figures/status-figures.js';
import type { ReportFilter } from './report-audience.js';
import type { ReportKind, ReportQuestion } from './report-question-recognizer.js';
import type { ReportQuery } from './reports-service.js';

const KINDS: readonly ReportKind[] = ['status', 'sla', 'service', 'trend', 'breached'];
const FILTER_KEYS: readonly (keyof ReportFilter)[] = ['organisation', 'team', 'vendor', 'district', 'priority', 'category'];

/** A query from a card's data (forgeable: checked field by field; authorization is checked afterwards anyway). */
export function parseReportQuery(value: unknown): ReportQuery | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const q = value as Record<string, unknown>;
  if (!KINDS.includes(q.kind as ReportKind)) return null;
  if (q.period !== null && q.period !== undefined && !isPeriodSpec(q.period)) return null;
  if (q.by !== null && q.by !== undefined && !DIMENSIONS.includes(q.by as Dimension)) return null;
  const filter: ReportFilter = {};
  if (q.filter !== undefined) {
    if (!q.filter || typeof q.filter !== 'object' || Array.isArray(q.filter)) return null;
    for (const [key, v] of Object.entries(q.filter as Record<string, unknown>)) {
      if (!FILTER_KEYS.includes(key as keyof ReportFilter) || typeof v !== 'string' || v.length > 64) return null;
      filter[key as keyof ReportFilter] = v;
    }
  }
  if (q.list !== undefined && (q.kind !== 'status' || !OPEN_LISTS.includes(q.list as OpenList))) return null;
  return { kind: q.kind as ReportKind, period: (q.period as ReportQuery['period']) ?? null, by: (q.by as Dimension | null) ?? null, filter, ...(q.list ? { list: q.list as OpenList } : {}) };
}

/**
 * The query a message asks: a new question, or a follow-up ("a za říjen?", "jen SÚS", "rozpad podle
 * priority") changing only what it says of the last one. "Ukaž porušená SLA" keeps the last period and filter.
 */
export function mergeQuestion(question: ReportQuestion, last: ReportQuery | null): ReportQuery | null {
  if (question.kind === null) {
    if (!last) return null;
    // "a za říjen?" after a trend: one month is no trend, its overview is what is asked; "rozpad podle
    // priority" of an overview (which has no breakdown) is its SLA by priority
    const oneMonth = last.kind === 'trend' && question.period?.kind === 'month';
    const breakdown = last.kind === 'service' && question.by !== null;
    return {
      kind: oneMonth ? 'service' : breakdown ? 'sla' : last.kind,
      period: question.period ?? last.period,
      by: question.by ?? last.by,
      filter: { ...last.filter, ...question.filter },
      ...(last.list ? { list: last.list } : {}),
    };
  }
  const inherit = question.kind === 'breached' && last && !question.period && !Object.keys(question.filter).length;
  return {
    kind: question.kind,
    period: question.period ?? (inherit ? last.period : null),
    by: question.by,
    filter: inherit ? { ...last.filter } : question.filter,
  };
}
