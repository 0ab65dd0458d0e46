import type { ChartRequest } from '../../../services/chart-port.js';
import { pct } from '../figures/period-figures.js';
import { AGE_BANDS, type AgeBand } from '../figures/status-figures.js';

/** How an age band reads (business days). */
export const AGE_LABELS: Record<AgeBand, string> = { '0-1': '≤ 1', '2-5': '2–5', '6-10': '6–10', '11-30': '11–30', '31+': '> 30' };
import type { Report } from '../reports-service.js';
import { tr } from '../reports-messages.js';
import type { ReportFormat } from './report-format.js';

const WIDTH = 460;
const HEIGHT = 200;

/** Vega-Lite charts of a report (inline data, labels in the reader's language); none for reports that read better as text. */
export function reportCharts(r: Report, f: ReportFormat): ChartRequest[] {
  const cs = f.lang === 'cs';
  if (r.kind === 'status') {
    const title = tr(f.lang, 'ageBands');
    return [{
      altText: tr(f.lang, 'chartAges'), language: f.lang,
      vegaLite: {
        width: WIDTH, height: HEIGHT, title,
        data: { values: AGE_BANDS.map((band) => ({ band: AGE_LABELS[band], count: r.status.ages[band] })) },
        mark: { type: 'bar', color: '#4c78a8' },
        encoding: {
          x: { field: 'band', type: 'ordinal', sort: null, title: cs ? 'pracovní dny' : 'business days', axis: { labelAngle: 0 } },
          y: { field: 'count', type: 'quantitative', title: tr(f.lang, 'count'), axis: { tickMinStep: 1 } },
        },
      },
    }];
  }
  if (r.kind !== 'trend' || r.months.length < 2) return []; // one month is no line: its table says it
  const period = f.period(r.period);
  const months = monthLabels(r, f);
  const slaValues = r.months.flatMap((_, i) => {
    const g = r.matrix.months[i]!;
    return [
      { month: months[i], series: tr(f.lang, 'response'), value: pct(g.response) },
      { month: months[i], series: tr(f.lang, 'resolution'), value: pct(g.resolution) },
    ].filter((v) => v.value !== null);
  });
  const flow = r.months.flatMap((_, i) => [
    { month: months[i], series: tr(f.lang, 'created'), value: r.flow[i]!.created },
    { month: months[i], series: tr(f.lang, 'closed'), value: r.flow[i]!.ended },
    { month: months[i], series: tr(f.lang, 'backlogShort'), value: r.flow[i]!.backlogEnd },
  ]);
  const x = { field: 'month', type: 'ordinal', sort: months, title: null, axis: { labelAngle: -45 } };
  return [
    {
      altText: tr(f.lang, 'chartSla', { period }), language: f.lang,
      vegaLite: {
        width: WIDTH, height: HEIGHT, title: cs ? 'Plnění SLA (%)' : 'SLA met (%)',
        data: { values: slaValues },
        mark: { type: 'line', point: true },
        encoding: {
          x, y: { field: 'value', type: 'quantitative', title: '%', scale: { domain: [0, 100] } },
          color: { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom', labelLimit: 0 } },
        },
      },
    },
    {
      altText: tr(f.lang, 'chartBacklog', { period }), language: f.lang,
      vegaLite: {
        width: WIDTH, height: HEIGHT, title: cs ? 'Nové, uzavřené a nevyřízené' : 'New, closed and backlog',
        data: { values: flow },
        mark: { type: 'line', point: true },
        encoding: {
          x, y: { field: 'value', type: 'quantitative', title: tr(f.lang, 'count') },
          color: { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom', labelLimit: 0 } },
        },
      },
    },
  ];
}

type TrendReport = Extract<Report, { kind: 'trend' }>;

/** The months of a trend as its chart and table name them; the month still running is marked "*" (its figures are not final). */
export function monthLabels(r: TrendReport, f: ReportFormat): string[] {
  return r.months.map((m, i) => `${f.monthShort(m)}${r.running && i === r.months.length - 1 ? '*' : ''}`);
}
