import type { CardElement } from '../../../../cards/adaptive-card.js';
import type { Report } from '../reports-service.js';
import { tr } from '../reports-messages.js';
import { exportButtons, reportCard, scopeLine, title, type ReportCard, REPORT_VERBS } from './report-card-parts.js';
import type { ReportFormat } from './report-format.js';
import { plainText } from '../../../../cards/adaptive-card.js';

type BreachedReport = Extract<Report, { kind: 'breached' }>;

const SHOWN = 15;

/** The tickets whose SLA was missed in the period, each opening its detail on a click. */
export function breachedReportCard(r: BreachedReport, f: ReportFormat): ReportCard {
  const { lang } = f;
  const list: CardElement[] = r.tickets.slice(0, SHOWN).map((t) => ({
    type: 'Container', separator: true, spacing: 'Small',
    selectAction: { type: 'Action.Execute', title: t.id, verb: REPORT_VERBS.ticket, data: { id: t.id } },
    items: [
      { type: 'TextBlock', text: `**${t.id}** · ${t.priority ?? ''} · ${plainText(t.title, 120)}`, wrap: true },
      { type: 'TextBlock', text: [f.name('organisation', t.organisation), f.name('team', t.team)].join(' · '), isSubtle: true, spacing: 'None', wrap: true },
    ],
  }));
  return reportCard([
    ...title(tr(lang, 'breachedTitle', { period: f.period(r.period) }), [scopeLine(r.audience, r.query, f), f.tickets(r.total)]),
    ...(r.total ? list : [{ type: 'TextBlock', text: tr(lang, 'breachedNone'), wrap: true } as CardElement]),
    ...(r.total > SHOWN ? [{ type: 'TextBlock', text: tr(lang, 'breachedMore', { count: f.int(r.total - SHOWN) }), isSubtle: true, wrap: true } as CardElement] : []),
    { type: 'ActionSet', actions: exportButtons(lang, r.query) },
  ]);
}
