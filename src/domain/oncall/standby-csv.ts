import type { Language } from '../tickets/ticket.js';

/** One person's standby month as reported to payroll. Hours are decimal. */
export interface StandbyReportLine {
  readonly personId: string;
  readonly name: string;
  /** "YYYY-MM". */
  readonly month: string;
  readonly weekdayNightHours: number;
  readonly weekendHours: number;
  readonly holidayHours: number;
  /** weekdayNight + weekend + holiday. */
  readonly standbyHours: number;
  /** From paging (none until paging reports them). */
  readonly pages: number;
  readonly incidentHours: number;
}

const HEADERS: Record<Language, string[]> = {
  cs: ['Měsíc', 'Jméno', 'ID (Entra)', 'Pohotovost celkem (h)', 'Všední dny mimo pracovní dobu (h)', 'Víkendy (h)', 'Svátky (h)', 'Počet výzev', 'Práce na incidentech (h)'],
  en: ['Month', 'Name', 'ID (Entra)', 'Standby total (h)', 'Weekday nights (h)', 'Weekends (h)', 'Public holidays (h)', 'Pages', 'Incident work (h)'],
};

/** Hours with a decimal comma, two places at most: 62.5 → "62,5". */
export function czechNumber(hours: number): string {
  return String(Math.round(hours * 100) / 100).replace('.', ',');
}

/**
 * CSV as Czech Excel opens it by double-click: UTF-8 with a byte-order mark, `;` between fields,
 * decimal comma, CRLF line ends; fields quoted when they hold `;`, quotes or line breaks.
 */
export function standbyCsv(lines: readonly StandbyReportLine[], lang: Language): string {
  const rows = [HEADERS[lang], ...lines.map((l) => [
    l.month, l.name, l.personId, czechNumber(l.standbyHours), czechNumber(l.weekdayNightHours), czechNumber(l.weekendHours),
    czechNumber(l.holidayHours), String(l.pages), czechNumber(l.incidentHours),
  ])];
  return `\uFEFF${rows.map((r) => r.map(field).join(';')).join('\r\n')}\r\n`;
}

function field(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[;"\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}
