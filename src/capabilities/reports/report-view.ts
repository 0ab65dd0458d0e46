import type { DomainConfig } from '../../config/domain-schema.js';
import type { Language } from '../../domain/tickets/ticket.js';
import type { ChartPort } from '../../services/chart-port.js';
import { ZonedTime } from '../../domain/calendar/zoned-time.js';
import { breachedReportCard } from './cards/breached-report-card.js';
import { pngDataUri, type CardChart, type ReportCard } from './cards/report-card-parts.js';
import { reportCharts } from './cards/report-charts.js';
import { ReportFormat } from './cards/report-format.js';
import { serviceReportCard } from './cards/service-report-card.js';
import { slaReportCard } from './cards/sla-report-card.js';
import { statusReportCard } from './cards/status-report-card.js';
import { trendReportCard } from './cards/trend-report-card.js';
import type { Report } from './reports-service.js';
import type { Logger } from 'pino';

/** Turns a report into its card, drawing its charts first (a chart that fails leaves its table, never the answer). */
export class ReportView {
  private readonly zone: ZonedTime;

  /** `charts` null: reports without charts (their tables say the same). */
  constructor(private readonly config: DomainConfig, private readonly charts: ChartPort | null, private readonly logger: Logger) {
    this.zone = new ZonedTime(config.timezone);
  }

  format(lang: Language): ReportFormat {
    return new ReportFormat(lang, this.config);
  }

  /** Whether a report of this kind gets charts (drawing them takes a moment: the typing indicator goes first). */
  drawsCharts(kind: Report['kind']): boolean {
    return this.charts !== null && (kind === 'status' || kind === 'trend');
  }

  /** `withCharts` false: the card with its tables alone (for a client that refused it as too large). */
  async card(report: Report, lang: Language, withCharts = true): Promise<ReportCard> {
    const f = this.format(lang);
    const charts = withCharts ? await this.render(report, f) : [];
    switch (report.kind) {
      case 'status': return statusReportCard(report, f, charts[0] ?? null, this.when(report.at, lang));
      case 'sla': return slaReportCard(report, f);
      case 'service': return serviceReportCard(report, f);
      case 'trend': return trendReportCard(report, f, charts);
      case 'breached': return breachedReportCard(report, f);
    }
  }

  /** "7. 12. 2026 10:00" / "07/12/2026 10:00" in the configured zone. */
  when(ms: number, lang: Language): string {
    const w = this.zone.wallTime(ms);
    const mm = String(w.minute).padStart(2, '0');
    return lang === 'cs'
      ? `${w.day}.\u00a0${w.month}.\u00a0${w.year} ${w.hour}:${mm}`
      : `${String(w.day).padStart(2, '0')}/${String(w.month).padStart(2, '0')}/${w.year} ${String(w.hour).padStart(2, '0')}:${mm}`;
  }

  private async render(report: Report, f: ReportFormat): Promise<CardChart[]> {
    const out: CardChart[] = [];
    if (!this.charts) return out;
    for (const request of reportCharts(report, f)) {
      try {
        const chart = await this.charts.render(request);
        out.push({ url: pngDataUri(chart.png), altText: chart.altText });
      } catch (err) {
        this.logger.warn({ err: (err as Error).message }, 'chart not rendered');
      }
    }
    return out;
  }
}
