import { createRequire } from 'node:module';
import { toCzkNumber } from './money.js';
import type { ApprovedStatement } from './statement.js';
import type { StatementText } from './statement-text.js';
import { vt } from './vendor-messages.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

const require = createRequire(import.meta.url);
/** DejaVu Sans: a TrueType font with every Czech letter (pdfkit's built-in Helvetica has no ě, ř, ů…). */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** The statement as a workbook: one row per task (price, penalty, how), the caps, the corrections, the totals; amounts as CZK numbers with 2 decimals. */
export async function statementXlsx(s: ApprovedStatement, text: StatementText): Promise<Uint8Array> {
  // loaded on first use: exceljs and pdfkit take about a second to load, which the bot's start need not pay
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Helpdesk OIT';
  const sheet = book.addWorksheet(s.number);
  sheet.addRow([text.title(s)]).font = { bold: true, size: 13 };
  sheet.addRow([`${s.number} · SHA-256 ${s.sha256}`]);
  sheet.addRow([]);
  const header = text.lang === 'cs'
    ? ['Požadavek', 'Typ úkonu', 'Smlouva', 'Cena bez DPH', 'Sankce', 'Výpočet sankce']
    : ['Ticket', 'Task type', 'Contract', 'Price without VAT', 'Penalty', 'How the penalty was computed'];
  sheet.addRow(header).font = { bold: true };
  for (const line of s.lines) {
    const how = [...line.breaches.map((b) => text.breach(b, line)), ...(line.taskCapApplied ? [text.taskCap(line)] : [])].join('; ');
    sheet.addRow([line.ticketId, text.taskType(line.taskType), line.contractId, toCzkNumber(line.price), toCzkNumber(-line.penalty), how]);
  }
  for (const g of s.groups.filter((x) => x.monthlyCapApplied)) sheet.addRow([text.monthCap(g)]);
  for (const c of s.corrections) sheet.addRow([c.id, c.kind, c.refersTo ?? '', toCzkNumber(c.amount), '', `${c.ticketId ?? ''} ${c.note}`.trim()]);
  sheet.addRow([]);
  const amounts = [s.totals.tasks, -s.totals.penalties, s.totals.corrections, s.totals.net, s.totals.vat, s.totals.gross];
  text.totals(s).forEach(([label], i) => {
    const row = sheet.addRow([label, '', '', toCzkNumber(amounts[i]!)]);
    if (i >= 3) row.font = { bold: true };
  });
  sheet.addRow([vt(text.lang, 'rounding')]);
  for (const col of [4, 5]) sheet.getColumn(col).numFmt = '#,##0.00';
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 26;
  sheet.getColumn(3).width = 14;
  sheet.getColumn(4).width = 16;
  sheet.getColumn(5).width = 12;
  sheet.getColumn(6).width = 90;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The statement as a PDF with DejaVu Sans (Czech diacritics), amounts printed as on the card. */
export async function statementPdf(s: ApprovedStatement, text: StatementText): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `${s.number} ${text.title(s)}`, Author: 'Helpdesk OIT' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.registerFont('body', FONT);
    doc.registerFont('bold', FONT_BOLD);
    doc.font('bold').fontSize(13).text(text.title(s));
    doc.font('body').fontSize(8).text(`${s.number} · SHA-256 ${s.sha256}`).moveDown(0.8);
    doc.fontSize(9);
    for (const line of s.lines) {
      doc.font('bold').text(`${line.ticketId} · ${text.taskType(line.taskType)} · ${text.money(line.price)}${line.penalty ? ` · −${text.money(line.penalty)}` : ''}`);
      doc.font('body');
      for (const b of line.breaches) doc.text(`   ${text.breach(b, line)}`);
      if (line.taskCapApplied) doc.text(`   ${text.taskCap(line)}`);
    }
    doc.moveDown(0.5);
    for (const g of s.groups.filter((x) => x.monthlyCapApplied)) doc.text(text.monthCap(g));
    for (const c of s.corrections) doc.text(text.correction(c));
    doc.moveDown(0.5);
    text.totals(s).forEach(([label, amount], i) => doc.font(i >= 3 ? 'bold' : 'body').text(`${label}: ${amount}`));
    doc.moveDown(0.5).font('body').fontSize(7).text(vt(text.lang, 'rounding'));
    doc.end();
  });
}
