import { pct } from '../figures/period-figures.js';
import type { Report } from '../reports-service.js';
import { tr } from '../reports-messages.js';
import { breakdownButtons, caption, exportButtons, image, note, reportCard, scopeLine, table, title, type CardChart, type ReportCard } from './report-card-parts.js';
import type { ReportFormat } from './report-format.js';
import { byHeader } from './status-report-card.js';
import { monthLabels } from './report-charts.js';

type TrendReport = Extract<Report, { kind: 'trend' }>;

/** Month by month: SLA met % (chart), new / closed / backlog (chart), and a table; by a dimension, a table of resolution met % per group and month. */
export function trendReportCard(r: TrendReport, f: ReportFormat, charts: CardChart[]): ReportCard {
  const { lang } = f;
  const labels = monthLabels(r, f);
  const rows = r.months.map((_, i) => {
    const sla = r.matrix.months[i]!;
    const s = r.flow[i]!;
    return [labels[i]!, f.share(pct(sla.response)), f.share(pct(sla.resolution)), f.int(s.created), f.int(s.ended), f.int(s.backlogEnd)];
  });
  const any = r.flow.some((m) => m.created + m.ended + m.backlogEnd > 0) || r.matrix.months.some((m) => m.response.total + m.resolution.total > 0);
  const by = r.query.by;
  const groups = by ? Object.entries(r.matrix.by).sort((a, b) => a[0].localeCompare(b[0])) : [];
  const groupTable = by && groups.length ? [caption(tr(lang, 'groupCaption', { by: byHeader(by, f).toLowerCase() })), table(
    [byHeader(by, f), ...labels.slice(-6)],
    groups.map(([k, months]) => [f.name(by, k || null), ...months.slice(-6).map((g) => f.share(pct(g.resolution)))]),
    [3, ...r.months.slice(-6).map(() => 2)], true,
  )] : [];
  return reportCard(
    [
      ...title(tr(lang, 'trendTitle', { period: f.period(r.period) }), [scopeLine(r.audience, r.query, f)]),
      ...charts.flatMap((c) => image(c)),
      table([tr(lang, 'month'), tr(lang, 'responseShort'), tr(lang, 'resolutionShort'), tr(lang, 'created'), tr(lang, 'closedShort'), tr(lang, 'backlogAbbr')], rows, [3, 2, 2, 2, 2, 2], true),
      note([tr(lang, 'trendLegend'), ...(r.running ? [tr(lang, 'runningMonth', { month: f.monthName(r.months[r.months.length - 1]!) })] : [])].join(' ')),
      ...groupTable,
      exportButtons(lang, r.query, any),
    ],
    breakdownButtons(lang, r.audience, r.query).slice(0, 4),
  );
}
