import { pct } from '../figures/period-figures.js';
import type { Report } from '../reports-service.js';
import { tr } from '../reports-messages.js';
import { breakdownButtons, drill, exportButtons, facts, note, reportCard, scopeLine, table, title, type ReportCard } from './report-card-parts.js';
import type { ReportFormat } from './report-format.js';

type ServiceReport = Extract<Report, { kind: 'service' }>;

/** The service overview of a period: volume, backlog, SLA, MTTA/MTTR, first-assignment, reopen, CSAT, self-service, on-call. */
export function serviceReportCard(r: ServiceReport, f: ReportFormat): ReportCard {
  const { lang } = f;
  const s = r.service;
  const b = r.before;
  const vs = (now: number | null, then: number | null) => f.comparePoints(now, then, r.previous, r.period);
  const withTrend = (text: string, cmp: string | null) => (cmp ? `${text} · ${cmp}` : text);
  const growth = s.backlogEnd - s.backlogStart;
  const any = s.created + s.ended + s.backlogStart + s.backlogEnd + s.selfService + r.pages.pages > 0;
  const rows: [string, string][] = [
    [tr(lang, 'volume'), `${f.int(s.created)} / ${f.int(s.ended)}`],
    [tr(lang, 'backlog'), f.tickets(s.backlogEnd)],
    [tr(lang, 'backlogGrowth'), `${growth > 0 ? '+' : ''}${f.int(growth)}`],
    [tr(lang, 'responseMet'), withTrend(f.pct(pct(r.sla.response)), vs(pct(r.sla.response), pct(r.slaBefore.response)))],
    [tr(lang, 'resolutionMet'), withTrend(f.pct(pct(r.sla.resolution)), vs(pct(r.sla.resolution), pct(r.slaBefore.resolution)))],
    [tr(lang, 'mtta'), `${f.duration(s.mtta.median)} / ${f.duration(s.mtta.p90)}`],
    [tr(lang, 'mttr'), `${f.duration(s.mttr.median)} / ${f.duration(s.mttr.p90)}`],
    [tr(lang, 'firstAssignment'), withTrend(f.pct(pct(s.firstAssignment)), vs(pct(s.firstAssignment), pct(b.firstAssignment)))],
    [tr(lang, 'reopened'), f.pct(pct(s.reopened))],
    [tr(lang, 'csat'), s.csat.average === null ? tr(lang, 'none') : `${f.one(s.csat.average)} / 5 · ${f.pct(s.resolved ? (100 * s.csat.rated) / s.resolved : null)}`],
    [tr(lang, 'selfService'), f.int(s.selfService)],
    [tr(lang, 'pages'), `${f.int(r.pages.pages)} / ${f.one(r.pages.incidentHours)}\u00a0h`],
  ];
  const categories = s.topCategories.length
    ? [table([tr(lang, 'topCategories'), tr(lang, 'count')], s.topCategories.map((c) => [f.name('category', c.category), f.int(c.count)]))]
    : [];
  return reportCard(
    [
      ...title(tr(lang, 'serviceTitle', { period: f.period(r.period) }), [scopeLine(r.audience, r.query, f)]),
      facts(rows), ...categories, note(tr(lang, 'slaNote')), exportButtons(lang, r.query, any),
    ],
    [
      drill(lang, 'showTrend', { ...r.query, kind: 'trend', period: null }),
      drill(lang, 'showBreached', { ...r.query, kind: 'breached' }),
      ...breakdownButtons(lang, r.audience, { ...r.query, kind: 'sla' }).slice(0, 2),
    ],
  );
}
