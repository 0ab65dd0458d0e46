import type { ComparisonRow, OrganisationCost } from '../src/capabilities/vendors/organisation-cost.js';
import { formatCzk } from '../src/capabilities/vendors/money.js';
import { vt } from '../src/capabilities/vendors/vendor-messages.js';
import type { Language } from '../src/domain/tickets/ticket.js';
import type { CardAction, CardElement } from './adaptive-card.js';
import { monthName } from '../src/i18n/month-names.js';

export const COST_VERBS = { export: 'vendorCost.export' } as const;

/** A decimal number as the reader writes it: "0,5" in Czech, "0.5" in English. */
export function decimal(n: number, digits: number, lang: Language): string {
  const s = n.toFixed(digits);
  return lang === 'cs' ? s.replace('.', ',') : s;
}

type Element = CardElement | { type: 'Image'; url: string; altText: string; size?: 'Auto' | 'Stretch' };

export interface CostCardModel {
  cost: OrganisationCost;
  orgName: string;
  lang: Language;
  rate: number;
  categoryName: (id: string) => string;
  trend: { month: string; total: number }[];
  chart: { dataUrl: string; altText: string } | null;
}

/** An organisation's IT cost in a month: vendor tasks less penalties, OIT's time, per user, per category, the trend (chart with a text fallback), export. */
export function renderCostCard(m: CostCardModel): { type: 'AdaptiveCard'; $schema: string; version: '1.5'; body: Element[]; actions: CardAction[] } {
  const { cost: c, lang } = m;
  const money = (h: number) => formatCzk(h, lang);
  const percent = c.resolved ? `${Math.round((100 * c.resolutionMet) / c.resolved)} % (${c.resolutionMet}/${c.resolved})` : '–';
  const body: Element[] = [
    { type: 'TextBlock', text: vt(lang, 'costTitle', { org: m.orgName, month: monthName(lang, c.month) }), weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true },
    {
      type: 'FactSet', facts: [
        { title: vt(lang, 'costVendor'), value: money(c.vendor) },
        { title: vt(lang, 'costPenalties'), value: money(-c.penalties) },
        { title: vt(lang, 'costOit', { hours: decimal(c.oitMinutes / 60, 1, lang), rate: money(m.rate) }), value: money(c.oit) },
        { title: oncallLabel(c, lang), value: money(c.oncall.share) },
        { title: vt(lang, 'costTotal'), value: money(c.total) },
        { title: vt(lang, 'costUsers'), value: String(c.users) },
        { title: vt(lang, 'costPerUser'), value: money(c.perUser) },
        { title: vt(lang, 'costTickets'), value: String(c.tickets) },
        { title: vt(lang, 'costSla'), value: percent },
      ],
    },
  ];
  if (c.categories.length) {
    body.push({ type: 'TextBlock', text: vt(lang, 'costByCategory'), weight: 'Bolder', separator: true });
    body.push({ type: 'FactSet', facts: c.categories.map((x) => ({ title: m.categoryName(x.category), value: money(x.total) })) });
  }
  body.push({ type: 'TextBlock', text: vt(lang, 'costTrend'), weight: 'Bolder', separator: true });
  if (m.chart) body.push({ type: 'Image', url: m.chart.dataUrl, altText: m.chart.altText, size: 'Stretch' });
  else body.push({ type: 'FactSet', facts: m.trend.map((t) => ({ title: t.month, value: money(t.total) })) });
  body.push({ type: 'TextBlock', text: vt(lang, 'costNote'), isSubtle: true, size: 'Small', wrap: true });
  return {
    type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body,
    actions: [{ type: 'Action.Execute', title: vt(lang, 'exportXlsx'), verb: COST_VERBS.export, data: { organisation: c.organisation, month: c.month } }],
  };
}

/** "Pohotovost (podíl podle uživatelů 120 / 550 z 49 280,00 Kč)": the card's and the export's line. */
export function oncallLabel(c: OrganisationCost, lang: Language): string {
  return vt(lang, 'costOncall', { users: c.oncall.users, all: c.oncall.allUsers, total: formatCzk(c.oncall.total, lang) });
}

/** Organisations side by side; the modelled ones marked as estimates. */
export function renderComparisonCard(rows: ComparisonRow[], month: string, lang: Language, nameOf: (id: string) => string, notes: string[]) {
  const money = (h: number) => formatCzk(h, lang);
  const body: CardElement[] = [
    { type: 'TextBlock', text: vt(lang, 'compareTitle', { month: monthName(lang, month) }), weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true },
    { type: 'TextBlock', text: vt(lang, 'compareHeader'), isSubtle: true, size: 'Small', wrap: true },
    ...rows.map((r, i): CardElement => ({
      type: 'TextBlock', separator: i === 0, wrap: true,
      text: `${nameOf(r.id)}${r.estimate ? ` ${vt(lang, 'compareEstimate')}` : ''} | ${r.users} | ${decimal(r.ticketsPerUser, 2, lang)} | ${money(r.perUser)} | ${r.slaMetPercent === null ? '–' : `${Math.round(r.slaMetPercent)} %`}`,
      ...(r.estimate ? { color: 'Warning' as const } : {}),
    })),
    ...notes.map((n): CardElement => ({ type: 'TextBlock', text: n, isSubtle: true, size: 'Small', wrap: true })),
  ];
  return { type: 'AdaptiveCard' as const, $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5' as const, body };
}
