import type { CardElement } from '../../../../cards/adaptive-card.js';
import { AGE_BANDS } from '../figures/status-figures.js';
import { AGE_LABELS } from './report-charts.js';
import type { Report } from '../reports-service.js';
import { tr } from '../reports-messages.js';
import { breakdownButtons, drill, exportButtons, facts, image, reportCard, scopeLine, table, title, type CardChart, type ReportCard, REPORT_VERBS } from './report-card-parts.js';
import type { ReportFormat } from './report-format.js';

type StatusReport = Extract<Report, { kind: 'status' }>;

/** Open tickets now: headline figures, the breakdown as a table, age bands (chart), the oldest and the breached with their detail. */
export function statusReportCard(r: StatusReport, f: ReportFormat, chart: CardChart | null, asOf: string): ReportCard {
  const { lang } = f;
  const s = r.status;
  const by = r.query.by ?? 'status';
  const rows = Object.entries(s.by).sort((a, b) => b[1] - a[1]).map(([k, n]) => [f.name(by, k || null), f.int(n)]);
  const body = [
    ...title(tr(lang, 'statusTitle'), [scopeLine(r.audience, r.query, f), tr(lang, 'statusAsOf', { when: asOf })]),
    facts([
      [tr(lang, 'open'), f.tickets(s.open)],
      [tr(lang, 'breachedNow'), f.int(s.breached.length)],
      [tr(lang, 'atRisk'), f.int(s.atRisk.length)],
      [tr(lang, 'unassigned'), f.int(s.unassigned)],
      [tr(lang, 'waitingRequester'), f.int(s.waitingRequester)],
      [tr(lang, 'waitingVendor'), f.int(s.waitingVendor)],
    ]),
    ...(r.region ? [{ type: 'TextBlock', text: tr(lang, 'region', { open: f.int(r.region.open), breached: f.int(r.region.breached) }), wrap: true, isSubtle: true } as CardElement] : []),
    ...(rows.length ? [table([byHeader(by, f), tr(lang, 'count')], rows)] : []),
    ...(chart ? image(chart) : [table([tr(lang, 'ageBands'), tr(lang, 'count')], AGE_BANDS.map((b) => [AGE_LABELS[b], f.int(s.ages[b])]))]),
    ...ticketButtons(r, f),
    { type: 'ActionSet', actions: exportButtons(lang, r.query) } as CardElement,
  ];
  return reportCard(body, [...breakdownButtons(lang, r.audience, r.query).slice(0, 3), drill(lang, 'showBreached', { ...r.query, kind: 'breached', period: null })]);
}

export function byHeader(by: string, f: ReportFormat): string {
  const cs = f.lang === 'cs';
  const names: Record<string, [string, string]> = {
    organisation: ['Organizace', 'Organisation'], team: ['Tým', 'Team'], vendor: ['Dodavatel', 'Vendor'], district: ['Okres', 'District'],
    category: ['Kategorie', 'Category'], priority: ['Priorita', 'Priority'], status: ['Stav', 'Status'],
  };
  return (names[by] ?? [by, by])[cs ? 0 : 1];
}

/** The oldest and the breached open tickets, each a button that opens its detail. */
function ticketButtons(r: StatusReport, f: ReportFormat): CardElement[] {
  const ids = [...new Set([...r.status.oldest.map((o) => o.id), ...r.status.breached.slice(0, 5)])].slice(0, 8);
  if (!ids.length) return [];
  return [
    { type: 'TextBlock', text: `${tr(f.lang, 'oldest')} / ${tr(f.lang, 'breachedNow')}`, weight: 'Bolder', wrap: true, spacing: 'Medium' },
    { type: 'ActionSet', actions: ids.map((id) => ({ type: 'Action.Execute' as const, title: id, verb: REPORT_VERBS.ticket, data: { id } })) },
  ];
}
