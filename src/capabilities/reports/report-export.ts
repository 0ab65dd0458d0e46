import type { OutgoingFile } from '../../services/file-delivery-port.js';
import type { ExportRow } from './figures/fact-table.js';
import { pct, type Share } from './figures/period-figures.js';
import type { ReportFormat } from './cards/report-format.js';
import { byHeader } from './cards/status-report-card.js';
import type { Report } from './reports-service.js';
import { tr } from './reports-messages.js';

type Cell = string | number | null;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The figures of a report as label / value rows (numbers stay numbers), and its table if it has one. */
export function figureRows(r: Report, f: ReportFormat): Cell[][] {
  const { lang } = f;
  const share = (s: Share) => round(pct(s));
  switch (r.kind) {
    case 'status':
      return [
        [tr(lang, 'open'), r.status.open], [tr(lang, 'breachedNow'), r.status.breached.length], [tr(lang, 'atRisk'), r.status.atRisk.length],
        [tr(lang, 'unassigned'), r.status.unassigned.length], [tr(lang, 'waitingRequester'), r.status.waitingRequester.length], [tr(lang, 'waitingVendor'), r.status.waitingVendor.length],
        ...Object.entries(r.status.ages).map(([band, n]): Cell[] => [`${tr(lang, 'ageBands')} ${band}`, n]),
        ...Object.entries(r.status.by).map(([k, n]): Cell[] => [`${byHeader(r.query.by ?? 'status', f)}: ${f.name(r.query.by ?? 'status', k || null)}`, n]),
      ];
    case 'sla':
      return [
        [`${tr(lang, 'responseMet')} (%)`, share(r.sla.response)], [`${tr(lang, 'resolutionMet')} (%)`, share(r.sla.resolution)],
        [tr(lang, 'breachedLabel'), r.sla.breached.length],
        ...Object.entries(r.sla.by).flatMap(([k, g]): Cell[][] => [
          [`${f.name(r.query.by!, k || null)}: ${tr(lang, 'response')} (%)`, share(g.response)],
          [`${f.name(r.query.by!, k || null)}: ${tr(lang, 'resolution')} (%)`, share(g.resolution)],
        ]),
      ];
    case 'service': {
      const s = r.service;
      return [
        [tr(lang, 'created'), s.created], [tr(lang, 'closed'), s.ended], [tr(lang, 'backlog'), s.backlogEnd],
        [`${tr(lang, 'responseMet')} (%)`, share(r.sla.response)], [`${tr(lang, 'resolutionMet')} (%)`, share(r.sla.resolution)],
        ['MTTA median (min)', round(s.mtta.median)], ['MTTA p90 (min)', round(s.mtta.p90)], ['MTTR median (min)', round(s.mttr.median)], ['MTTR p90 (min)', round(s.mttr.p90)],
        [`${tr(lang, 'firstAssignment')} (%)`, share(s.firstAssignment)], [`${tr(lang, 'reopened')} (%)`, share(s.reopened)],
        ['CSAT', round(s.csat.average)], [tr(lang, 'selfService'), s.selfService], [tr(lang, 'pages'), r.pages.pages],
      ];
    }
    case 'trend':
      return [
        [tr(lang, 'month'), `${tr(lang, 'response')} (%)`, `${tr(lang, 'resolution')} (%)`, tr(lang, 'created'), tr(lang, 'closed'), tr(lang, 'backlog')],
        ...r.months.map((m, i): Cell[] => [f.monthShort(m), share(r.matrix.months[i]!.response), share(r.matrix.months[i]!.resolution), r.flow[i]!.created, r.flow[i]!.ended, r.flow[i]!.backlogEnd]),
      ];
    case 'breached':
      return [[tr(lang, 'breachedLabel'), r.total]];
  }
}

function round(v: number | null): number | null {
  return v === null ? null : Math.round(v * 10) / 10;
}

const TICKET_COLUMNS = ['id', 'organisation', 'team', 'vendor', 'district', 'category', 'priority', 'status', 'created', 'responded', 'ended',
  'responseDue', 'responseMet', 'resolutionDue', 'resolutionMet', 'responseMinutes', 'resolutionMinutes', 'reopens', 'rating'] as const;

function ticketCells(row: ExportRow, when: (ms: number) => string): Cell[] {
  const time = (v: number | null) => (v === null ? null : when(v));
  const yes = (v: boolean | null) => (v === null ? null : v ? 1 : 0);
  return [row.id, row.organisation, row.team, row.vendor, row.district, row.category, row.priority, row.status, when(row.created), time(row.responded), time(row.ended),
    time(row.responseDue), yes(row.responseMet), time(row.resolutionDue), yes(row.resolutionMet), round(row.responseMinutes), round(row.resolutionMinutes), row.reopens, row.rating];
}

/** CSV as Czech Excel opens it: UTF-8 with a BOM, `;` between fields, decimal comma, CRLF. */
export function toCsv(sections: Cell[][][]): Uint8Array {
  const field = (v: Cell) => {
    const text = v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v;
    return /[;"\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
  };
  const lines = sections.map((rows) => rows.map((r) => r.map(field).join(';')).join('\r\n'));
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n\r\n')}\r\n`);
}

/** The figures and the ticket list as a file (XLSX with two sheets, or one CSV), named after the report and period. */
export async function exportFile(r: Report, rows: ExportRow[], f: ReportFormat, format: 'xlsx' | 'csv', when: (ms: number) => string): Promise<OutgoingFile> {
  const figures = figureRows(r, f);
  const tickets: Cell[][] = [[...TICKET_COLUMNS], ...rows.map((row) => ticketCells(row, when))];
  const name = `${fileStem(r)}.${format}`;
  const description = tr(f.lang, 'exportSent', { name });
  if (format === 'csv') return { name, bytes: toCsv([figures, tickets]), contentType: 'text/csv; charset=utf-8', description };
  const { default: ExcelJS } = await import('exceljs'); // loaded on the first export: ≈ 1 s a bot start need not pay
  const book = new ExcelJS.Workbook();
  book.creator = 'Helpdesk OIT';
  const sheet = (title: string, data: Cell[][], header: boolean) => {
    const ws = book.addWorksheet(title);
    data.forEach((r) => ws.addRow(r));
    if (header) ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 18));
  };
  sheet(f.lang === 'cs' ? 'Ukazatele' : 'Figures', figures, r.kind === 'trend');
  sheet(f.lang === 'cs' ? 'Požadavky' : 'Tickets', tickets, true);
  return { name, bytes: new Uint8Array(await book.xlsx.writeBuffer()), contentType: XLSX_TYPE, description };
}

function fileStem(r: Report): string {
  const p = r.kind === 'status' ? null : r.period;
  const period = !p ? new Date(r.at).toISOString().slice(0, 10)
    : p.kind === 'month' ? `${p.year}-${String(p.month).padStart(2, '0')}`
      : p.kind === 'quarter' ? `${p.year}-q${p.quarter}` : p.kind === 'year' ? `${p.year}`
        : p.kind === 'months' ? `${p.count}m-${p.year}-${String(p.month).padStart(2, '0')}` : `${p.from}_${p.to}`;
  const org = r.query.filter.organisation ? `-${r.query.filter.organisation.toLowerCase()}` : '';
  return `${r.kind}${org}-${period}`;
}
