import type { CardElement } from '../../../../cards/adaptive-card.js';
import { pct, type SlaGroup } from '../figures/period-figures.js';
import type { Report } from '../reports-service.js';
import { tr } from '../reports-messages.js';
import { breakdownButtons, drill, exportButtons, facts, note, reportCard, scopeLine, table, title, type ReportCard } from './report-card-parts.js';
import type { ReportFormat } from './report-format.js';
import { byHeader } from './status-report-card.js';

type SlaReport = Extract<Report, { kind: 'sla' }>;

/** SLA met % for a period: response and resolution, the change against the previous period, a table per group. */
export function slaReportCard(r: SlaReport, f: ReportFormat): ReportCard {
  const { lang } = f;
  const { sla, before } = r;
  const share = (g: SlaGroup['response']) => (g.total ? tr(lang, 'metOf', { pct: f.pct(pct(g)), met: f.int(g.met), total: f.int(g.total) }) : tr(lang, 'none'));
  const trend = (now: SlaGroup['response'], then: SlaGroup['response']) => f.comparePoints(pct(now), pct(then), r.previous, r.period);
  const due = sla.response.total + sla.resolution.total > 0;
  const rows: CardElement[] = !due
    ? [{ type: 'TextBlock', text: tr(lang, 'nothingDue'), wrap: true }]
    : [facts([
      [tr(lang, 'responseMet'), [share(sla.response), trend(sla.response, before.response)].filter(Boolean).join(' · ')],
      [tr(lang, 'resolutionMet'), [share(sla.resolution), trend(sla.resolution, before.resolution)].filter(Boolean).join(' · ')],
      [tr(lang, 'breachedLabel'), f.int(sla.breached.length)],
    ])];
  if (r.region) rows.push({ type: 'TextBlock', text: tr(lang, 'regionSla', { response: f.pct(pct(r.region.response)), resolution: f.pct(pct(r.region.resolution)) }), isSubtle: true, wrap: true });
  const by = r.query.by;
  const groups = Object.entries(sla.by).sort((a, b) => a[0].localeCompare(b[0]));
  const breakdown = by && groups.length ? [table(
    [byHeader(by, f), tr(lang, 'response'), tr(lang, 'resolution')],
    groups.map(([k, g]) => [f.name(by, k || null), `${f.pct(pct(g.response))} (${f.int(g.response.total)})`, `${f.pct(pct(g.resolution))} (${f.int(g.resolution.total)})`]),
  )] : [];
  return reportCard(
    [...title(tr(lang, 'slaTitle', { period: f.period(r.period) }), [scopeLine(r.audience, r.query, f)]), ...rows, ...breakdown, note(tr(lang, 'slaNote')), exportButtons(lang, r.query, due)],
    [
      ...breakdownButtons(lang, r.audience, r.query).slice(0, 3),
      drill(lang, 'showBreached', { ...r.query, kind: 'breached' }),
      drill(lang, 'showTrend', { ...r.query, kind: 'trend', period: null }),
    ],
  );
}
