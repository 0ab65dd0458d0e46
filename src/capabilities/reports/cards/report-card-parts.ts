import type { CardAction, CardElement } from '../../../../cards/adaptive-card.js';
import type { Language } from '../../../domain/tickets/ticket.js';
import type { ReportAudience } from '../report-audience.js';
import type { ListedTicket, ReportQuery } from '../reports-service.js';
import { plainText } from '../../../../cards/adaptive-card.js';
import { tr, type ReportMessageKey } from '../reports-messages.js';
import type { ReportFormat } from './report-format.js';

/** Adaptive Card 1.5 elements the reports add to the shared ones: a table and an image. */
export interface TableCell { type: 'TableCell'; items: CardElement[] }
export interface TableElement {
  type: 'Table';
  columns: { width: number }[];
  rows: { type: 'TableRow'; cells: TableCell[]; style?: 'accent' }[];
  firstRowAsHeader: boolean;
  gridStyle?: 'accent';
  spacing?: 'Medium';
}
export interface ImageElement { type: 'Image'; url: string; altText: string; size?: 'Stretch'; spacing?: 'Medium' }
export type ReportElement = CardElement | TableElement | ImageElement;

export interface ReportCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: ReportElement[];
  actions?: CardAction[];
  msteams?: { width: 'Full' };
}

/** A rendered chart to put on a card (a data URI, so Teams shows it without reaching the bot). */
export interface CardChart { url: string; altText: string }

/** A rendered chart as an Adaptive Card image URL (Teams shows it without reaching the bot). */
export function pngDataUri(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

export const REPORT_VERBS = { show: 'report.show', ticket: 'report.ticket', export: 'report.export' } as const;

export function reportCard(body: ReportElement[], actions: CardAction[] = []): ReportCard {
  return {
    type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body,
    ...(actions.length ? { actions } : {}), msteams: { width: 'Full' },
  };
}

export function title(text: string, subtitle: string[]): ReportElement[] {
  return [
    { type: 'TextBlock', text, size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' },
    { type: 'TextBlock', text: subtitle.filter(Boolean).join(' · '), isSubtle: true, spacing: 'None', wrap: true },
  ];
}

export function facts(rows: [string, string][]): CardElement {
  return { type: 'FactSet', facts: rows.map(([t, value]) => ({ title: t, value })) };
}

/** Label / value rows like a FactSet; a row with an action opens its list on a click (its value in the accent colour, with an arrow). */
export function clickableFacts(rows: { label: string; value: string; action?: CardAction }[]): CardElement {
  return {
    type: 'Container', spacing: 'Medium',
    items: rows.map(({ label, value, action }) => ({
      type: 'Container', spacing: 'None', ...(action ? { selectAction: action } : {}),
      items: [{
        type: 'ColumnSet', spacing: 'None', columns: [
          { type: 'Column', width: '3', items: [{ type: 'TextBlock', text: label, weight: 'Bolder', wrap: true }] },
          { type: 'Column', width: '2', items: [{ type: 'TextBlock', text: action ? `${value} ›` : value, wrap: true, ...(action ? { color: 'Accent' as const } : {}) }] },
        ],
      }],
    })),
  };
}

/** Tickets of a report, each opening its detail on a click (the server re-checks who may see it). */
export function ticketList(tickets: ListedTicket[], f: ReportFormat, shown: number): CardElement[] {
  return tickets.slice(0, shown).map((t) => ({
    type: 'Container', separator: true, spacing: 'Small',
    selectAction: { type: 'Action.Execute', title: t.id, verb: REPORT_VERBS.ticket, data: { id: t.id } },
    items: [
      { type: 'TextBlock', text: `**${t.id}** · ${t.priority ?? ''} · ${plainText(t.title, 120)}`, wrap: true },
      { type: 'TextBlock', text: [f.name('organisation', t.organisation), f.name('team', t.team)].join(' · '), isSubtle: true, spacing: 'None', wrap: true },
    ],
  }));
}

/** A table with a header row; numbers right-aligned by their column being narrow; `smallHeader` for many narrow columns (no word broken in two). */
export function table(header: string[], rows: string[][], widths?: number[], smallHeader = false): TableElement {
  const cell = (text: string, bold = false): TableCell => ({
    type: 'TableCell', items: [{ type: 'TextBlock', text, wrap: true, ...(bold ? { weight: 'Bolder' as const } : {}), ...(bold && smallHeader ? { size: 'Small' as const } : {}) }],
  });
  return {
    type: 'Table', firstRowAsHeader: true, gridStyle: 'accent', spacing: 'Medium',
    columns: (widths ?? header.map((_, i) => (i === 0 ? 3 : 2))).map((width) => ({ width })),
    rows: [{ type: 'TableRow', style: 'accent', cells: header.map((h) => cell(h, true)) }, ...rows.map((r) => ({ type: 'TableRow' as const, cells: r.map((v) => cell(v)) }))],
  };
}

export function image(chart: CardChart | null): ReportElement[] {
  return chart ? [{ type: 'Image', url: chart.url, altText: chart.altText, size: 'Stretch', spacing: 'Medium' }] : [];
}

/** A bold line above a table, saying what its numbers are. */
export function caption(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium' };
}

export function note(text: string): CardElement {
  return { type: 'TextBlock', text, isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' };
}

/** A drill-down: the same report with part of the question changed (the server re-checks who may see it). */
export function drill(lang: Language, key: ReportMessageKey, query: ReportQuery): CardAction {
  return { type: 'Action.Execute', title: tr(lang, key), verb: REPORT_VERBS.show, data: { q: query } };
}

/** The export buttons; on a card with no figures (an empty period, no tickets) a plain word that there is nothing to export. */
export function exportButtons(lang: Language, query: ReportQuery, hasFigures: boolean): CardElement {
  if (!hasFigures) return note(tr(lang, 'nothingToExport'));
  return {
    type: 'ActionSet', actions: [
      { type: 'Action.Execute', title: tr(lang, 'exportXlsx'), verb: REPORT_VERBS.export, data: { q: query, format: 'xlsx' } },
      { type: 'Action.Execute', title: tr(lang, 'exportCsv'), verb: REPORT_VERBS.export, data: { q: query, format: 'csv' } },
    ],
  };
}

/**
 * Who the figures are about, saying only the scope that applies: the region, the lead's teams or the
 * manager's organisation - or what it was narrowed to instead ("jen SÚS": "Organizace: Správa údržby
 * silnic", never "Celý kraj · Jen: …"); then a priority or category it was narrowed to.
 */
export function scopeLine(audience: ReportAudience, query: ReportQuery, f: ReportFormat): string {
  const lang = f.lang;
  const { filter } = query;
  const organisation = audience.role === 'organisation' ? audience.organisation : filter.organisation ?? null;
  const narrowed = [
    organisation ? tr(lang, 'scopeOrganisation', { org: f.name('organisation', organisation) }) : null,
    filter.district ? tr(lang, 'scopeDistrict', { district: f.name('district', filter.district) }) : null,
    filter.team ? tr(lang, 'scopeTeam', { team: f.name('team', filter.team) }) : null,
    filter.vendor ? tr(lang, 'scopeVendor', { vendor: f.name('vendor', filter.vendor) }) : null,
  ].filter((p): p is string => p !== null);
  const whole = audience.role === 'lead' && !filter.team ? tr(lang, 'scopeTeams', { teams: audience.teams.map((t) => f.name('team', t)).join(', ') }) : null;
  const base = narrowed.length ? [...(whole ? [whole] : []), ...narrowed] : [whole ?? tr(lang, 'scopeAll')];
  const also = [filter.priority ?? null, filter.category ? f.name('category', filter.category) : null].filter((p): p is string => p !== null);
  return [...base, ...(also.length ? [tr(lang, 'filtered', { what: also.join(', ') })] : [])].join(' · ');
}

/** Breakdown buttons that make sense for the audience (an organisation manager has one organisation). */
export function breakdownButtons(lang: Language, audience: ReportAudience, query: ReportQuery): CardAction[] {
  const options: [ReportMessageKey, ReportQuery['by']][] = [
    ...(audience.role === 'organisation' ? [] : [['byOrganisation', 'organisation'] as [ReportMessageKey, ReportQuery['by']]]),
    ['byVendor', 'vendor'], ['byPriority', 'priority'],
    ...(audience.role === 'organisation' ? [] : [['byTeam', 'team'] as [ReportMessageKey, ReportQuery['by']]]),
  ];
  return options.filter(([, by]) => by !== query.by).map(([key, by]) => drill(lang, key, { ...query, by }));
}
