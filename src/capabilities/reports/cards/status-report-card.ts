import type { CardElement } from '../../../../cards/adaptive-card.js';
import { AGE_BANDS, OPEN_LISTS, type OpenList } from '../figures/status-figures.js';
import { AGE_LABELS } from './report-charts.js';
import type { Report, TicketList } from '../reports-service.js';
import { tr } from '../reports-messages.js';
import { breakdownButtons, clickableFacts, drill, exportButtons, image, note, reportCard, scopeLine, table, ticketList, title, type CardChart, type ReportCard, REPORT_VERBS } from './report-card-parts.js';
import type { ReportFormat } from './report-format.js';

type StatusReport = Extract<Report, { kind: 'status' }>;

const SHOWN = 15;

/**
 * Open tickets now: headline figures (each list of tickets - breached, over 75 %, unassigned, waiting
 * on the requester or on a vendor - opens on a click), the breakdown as a table, age bands (chart),
 * the oldest and the breached with their detail. With `query.list`: that list.
 */
export function statusReportCard(r: StatusReport, f: ReportFormat, chart: CardChart | null, asOf: string): ReportCard {
  if (r.list) return listCard(r, r.list, f, asOf);
  const { lang } = f;
  const s = r.status;
  const by = r.query.by ?? 'status';
  const rows = Object.entries(s.by).sort((a, b) => b[1] - a[1]).map(([k, n]) => [f.name(by, k || null), f.int(n)]);
  const listRow = (which: OpenList) => ({
    label: tr(lang, which === 'breached' ? 'breachedNow' : which), value: f.int(s[which].length),
    ...(s[which].length ? { action: drill(lang, which === 'breached' ? 'breachedNow' : which, { ...r.query, list: which }) } : {}),
  });
  const body = [
    ...title(tr(lang, 'statusTitle'), [scopeLine(r.audience, r.query, f), tr(lang, 'statusAsOf', { when: asOf })]),
    clickableFacts([{ label: tr(lang, 'open'), value: f.tickets(s.open) }, ...OPEN_LISTS.map(listRow)]),
    ...(r.region ? [{ type: 'TextBlock', text: tr(lang, 'region', { open: f.int(r.region.open), o: r.region.open, breached: f.int(r.region.breached) }), wrap: true, isSubtle: true } as CardElement] : []),
    ...(rows.length ? [table([byHeader(by, f), tr(lang, 'count')], rows)] : []),
    ...(!s.open ? [] : chart ? image(chart) : [table([tr(lang, 'ageBands'), tr(lang, 'count')], AGE_BANDS.map((b) => [AGE_LABELS[b], f.int(s.ages[b])]))]),
    ...ticketButtons(r, f),
    exportButtons(lang, r.query, s.open > 0),
  ];
  return reportCard(body, [...breakdownButtons(lang, r.audience, r.query).slice(0, 3), drill(lang, 'showBreached', { ...r.query, kind: 'breached', period: null })]);
}

/** One list of "status now" (waiting on a vendor…): its tickets, oldest first, each opening its detail. */
function listCard(r: StatusReport, list: TicketList, f: ReportFormat, asOf: string): ReportCard {
  const { lang } = f;
  const { list: _which, ...overview } = r.query;
  const what = tr(lang, list.which === 'breached' ? 'breachedNow' : list.which);
  const more = list.total - SHOWN;
  return reportCard([
    ...title(tr(lang, 'listTitle', { what }), [scopeLine(r.audience, r.query, f), tr(lang, 'statusAsOf', { when: asOf }), f.tickets(list.total)]),
    ...(list.total ? ticketList(list.tickets, f, SHOWN) : [{ type: 'TextBlock', text: tr(lang, 'listNone'), wrap: true } as CardElement]),
    ...(more > 0 ? [note(tr(lang, 'listMore', { count: f.int(more), n: more }))] : []),
  ], [drill(lang, 'backToStatus', overview)]);
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
