/**
 * Money is kept exact, in whole haléře (1 CZK = 100 haléřů), as integers.
 *
 * Rounding, stated once: an amount computed from a percentage (a penalty from a price, a cap, the
 * VAT) is rounded to the nearest whole haléř, halves away from zero, at the moment it is computed,
 * and never again; sums of rounded amounts are exact. An amount shared out (the on-call allowance
 * among organisations, `shareByUsers`) is rounded down for each share and the haléře left over go
 * one each to the largest remainders, so the shares add up exactly. The card, the XLSX and the PDF
 * all print these same integers.
 */
export type Haler = number;

/** `percent` % of `amount`, rounded half away from zero to a whole haléř. Percent may have up to 4 decimals. */
export function percentOf(amount: Haler, percent: number, times = 1): Haler {
  const basisPoints = Math.round(percent * 10_000); // 1 % = 10 000 units (4 decimals of a percent)
  const numerator = Math.abs(amount) * basisPoints * times;
  const denominator = 1_000_000; // 100 % × 10 000
  const rounded = Math.floor((2 * numerator + denominator) / (2 * denominator));
  return amount < 0 ? -rounded : rounded;
}

/** "1 234,50 Kč" (cs) or "CZK 1,234.50" (en), from haléře, without floating point. */
export function formatCzk(amount: Haler, lang: 'cs' | 'en'): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const crowns = String(Math.floor(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  const group = lang === 'cs' ? '\u00a0' : ',';
  const grouped = crowns.replace(/\B(?=(\d{3})+(?!\d))/gu, group);
  return lang === 'cs' ? `${sign}${grouped},${cents}\u00a0Kč` : `${sign}CZK ${grouped}.${cents}`;
}

/** Haléře as a decimal number of CZK for a spreadsheet cell (two decimals, exact for display). */
export function toCzkNumber(amount: Haler): number {
  return Number((amount / 100).toFixed(2));
}

/** amount × num / den, rounded half away from zero to a whole haléř (integers only: exact). */
export function scaled(amount: Haler, num: number, den: number): Haler {
  if (!Number.isInteger(num) || !Number.isInteger(den) || den <= 0) throw new RangeError('scaled: integer num and positive den');
  const n = Math.abs(amount) * Math.abs(num);
  const rounded = Math.floor((2 * n + den) / (2 * den));
  return (amount < 0) !== (num < 0) && rounded !== 0 ? -rounded : rounded;
}
