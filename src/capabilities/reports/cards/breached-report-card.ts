import type { CardElement } from '../../../../cards/adaptive-card.js';
import type { Report } from '../reports-service.js';
import { tr } from '../reports-messages.js';
import { exportButtons, reportCard, scopeLine, ticketList, title, type ReportCard } from './report-card-parts.js';
import type { ReportFormat } from './report-format.js';

type BreachedReport = Extract<Report, { kind: 'breached' }>;

const SHOWN = 15;

/** The tickets whose SLA was missed in the period, each opening its detail on a click. */
export function breachedReportCard(r: BreachedReport, f: ReportFormat): ReportCard {
  const { lang } = f;
  return reportCard([
    ...title(tr(lang, 'breachedTitle', { period: f.period(r.period) }), [scopeLine(r.audience, r.query, f), f.tickets(r.total)]),
    ...(r.total ? ticketList(r.tickets, f, SHOWN) : [{ type: 'TextBlock', text: tr(lang, 'breachedNone'), wrap: true } as CardElement]),
    ...(r.total > SHOWN ? [{ type: 'TextBlock', text: tr(lang, 'breachedMore', { count: f.int(r.total - SHOWN), n: r.total - SHOWN }), isSubtle: true, wrap: true } as CardElement] : []),
    exportButtons(lang, r.query, r.total > 0),
  ]);
}
