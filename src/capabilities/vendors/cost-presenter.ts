import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { Language } from '../../domain/tickets/ticket.js';
import type { ChartPort } from '../../services/chart-port.js';
import type { FileDeliveryPort } from '../../services/file-delivery-port.js';
import { decimal, oncallLabel, renderComparisonCard, renderCostCard } from '../../../cards/organisation-cost-card.js';
import type { ComparisonRow, OrganisationCost } from './organisation-cost.js';
import { formatCzk, toCzkNumber } from './money.js';
import { XLSX_TYPE } from './statement-export.js';
import { vt } from './vendor-messages.js';
import { monthName } from '../../i18n/month-names.js';

/** Cost cards (with a chart drawn through the chart port, a text fallback when it cannot) and the cost export. */
export class CostPresenter {
  constructor(private readonly d: { charts: ChartPort; files: FileDeliveryPort; config: DomainConfig; logger: Logger }) {}

  orgName(id: string, lang: Language): string {
    return this.d.config.organisations.find((o) => o.id === id)?.name[lang] ?? this.d.config.costs.candidates.find((c) => c.id === id)?.name[lang] ?? id;
  }

  async costCard(cost: OrganisationCost, trend: { month: string; total: number }[], lang: Language): Promise<object> {
    const org = this.orgName(cost.organisation, lang);
    const altText = vt(lang, 'costChartAlt', { org, values: trend.map((t) => `${t.month} ${formatCzk(t.total, lang)}`).join(', ') });
    let chart: { dataUrl: string; altText: string } | null = null;
    // a trend with no cost at all draws an empty plot with a meaningless axis: the months' list says it better
    if (trend.some((t) => t.total !== 0)) {
      try {
        const rendered = await this.d.charts.render({ altText, language: lang, vegaLite: trendSpec(trend, lang) });
        chart = { dataUrl: `data:image/png;base64,${Buffer.from(rendered.png).toString('base64')}`, altText: rendered.altText };
      } catch (err) {
        this.d.logger.info({ err: (err as Error).message }, 'cost chart not drawn: the card shows the figures');
      }
    }
    return renderCostCard({
      cost, orgName: org, lang, rate: this.d.config.costs.oitHourlyRate, trend, chart,
      categoryName: (id) => this.d.config.categories.find((c) => c.id === id)?.name[lang] ?? id,
    });
  }

  comparisonCard(rows: ComparisonRow[], month: string, lang: Language): object {
    const notes = this.d.config.costs.candidates.map((c) => `${c.name[lang]}: ${vt(lang, 'compareEstimateNote', { like: c.like.join(', ') })}`);
    return renderComparisonCard(rows, month, lang, (id) => this.orgName(id, lang), notes);
  }

  async deliverCost(cost: OrganisationCost, recipient: string, lang: Language): Promise<string> {
    const { default: ExcelJS } = await import('exceljs'); // loaded on first use (about a second)
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(`${cost.organisation} ${cost.month}`);
    sheet.addRow([vt(lang, 'costTitle', { org: this.orgName(cost.organisation, lang), month: monthName(lang, cost.month) })]).font = { bold: true };
    const rows: [string, number | string][] = [
      [vt(lang, 'costVendor'), toCzkNumber(cost.vendor)], [vt(lang, 'costPenalties'), toCzkNumber(-cost.penalties)],
      [vt(lang, 'costOit', { hours: decimal(cost.oitMinutes / 60, 1, lang), rate: formatCzk(this.d.config.costs.oitHourlyRate, lang) }), toCzkNumber(cost.oit)],
      [oncallLabel(cost, lang), toCzkNumber(cost.oncall.share)],
      [vt(lang, 'costTotal'), toCzkNumber(cost.total)], [vt(lang, 'costUsers'), cost.users], [vt(lang, 'costPerUser'), toCzkNumber(cost.perUser)],
    ];
    for (const r of rows) sheet.addRow(r);
    sheet.addRow([]);
    sheet.addRow([vt(lang, 'costByCategory')]).font = { bold: true };
    for (const c of cost.categories) sheet.addRow([c.category, toCzkNumber(c.vendor), toCzkNumber(-c.penalties), toCzkNumber(c.oit), toCzkNumber(c.total)]);
    sheet.getColumn(1).width = 40;
    const name = `naklady-${cost.organisation}-${cost.month}.xlsx`;
    await this.d.files.offer(recipient, {
      name, bytes: new Uint8Array(await book.xlsx.writeBuffer()), contentType: XLSX_TYPE,
      description: vt(lang, 'costTitle', { org: this.orgName(cost.organisation, lang), month: monthName(lang, cost.month) }),
    });
    return name;
  }
}

function trendSpec(trend: { month: string; total: number }[], lang: Language): Record<string, unknown> {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json', width: 400, height: 180,
    data: { values: trend.map((t) => ({ month: t.month, czk: toCzkNumber(t.total) })) },
    mark: 'bar',
    encoding: {
      x: { field: 'month', type: 'ordinal', title: lang === 'cs' ? 'Měsíc' : 'Month' },
      y: { field: 'czk', type: 'quantitative', title: lang === 'cs' ? 'Kč bez DPH' : 'CZK without VAT' },
    },
  };
}

/** Until the server-side charts are wired (issue #25), drawing fails and cards show figures instead. */
export function unwiredCharts(): ChartPort {
  return { render: async () => { throw new Error('chart rendering not wired'); } };
}
