import type { Language } from '../domain/tickets/ticket.js';

/** Czech month names in the cases the bot's sentences need, and English. */
export const MONTH_NOMINATIVE = ['leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen', 'listopad', 'prosinec'];
export const MONTH_GENITIVE = ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'];
export const MONTH_DATIVE = ['lednu', 'únoru', 'březnu', 'dubnu', 'květnu', 'červnu', 'červenci', 'srpnu', 'září', 'říjnu', 'listopadu', 'prosinci'];
export const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "listopad 2026" / "November 2026", from a year and month or from "2026-11". */
export function monthName(lang: Language, ym: { year: number; month: number } | string): string {
  const { year, month } = typeof ym === 'string' ? { year: Number(ym.slice(0, 4)), month: Number(ym.slice(5, 7)) } : ym;
  return `${(lang === 'cs' ? MONTH_NOMINATIVE : MONTH_EN)[month - 1]} ${year}`;
}
