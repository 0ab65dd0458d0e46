import { addMonths, type PeriodSpec, type YearMonth } from './figures/report-period.js';

/** Folded forms of the month names (Czech in the cases people use: "za listopad", "v listopadu", "do října"; English). */
const MONTHS: Record<string, number> = {};
const FORMS: string[][] = [
  ['leden', 'ledna', 'lednu', 'january', 'jan'], ['unor', 'unora', 'unoru', 'february', 'feb'], ['brezen', 'brezna', 'breznu', 'march'],
  ['duben', 'dubna', 'dubnu', 'april', 'apr'], ['kveten', 'kvetna', 'kvetnu', 'may'], ['cerven', 'cervna', 'cervnu', 'june', 'jun'],
  ['cervenec', 'cervence', 'cervenci', 'july', 'jul'], ['srpen', 'srpna', 'srpnu', 'august', 'aug'], ['zari', 'september', 'sep', 'sept'],
  ['rijen', 'rijna', 'rijnu', 'october', 'oct'], ['listopad', 'listopadu', 'november', 'nov'], ['prosinec', 'prosince', 'prosinci', 'december', 'dec'],
];
FORMS.forEach((forms, i) => forms.forEach((f) => (MONTHS[f] = i + 1)));

const QUARTER_WORDS = ['ctvrtleti', 'kvartal', 'kvartalu', 'quarter'];
const ORDINALS: Record<string, number> = { prvni: 1, first: 1, druhe: 2, druhy: 2, second: 2, treti: 3, third: 3, ctvrte: 4, ctvrty: 4, fourth: 4 };

/**
 * The period a message names, resolved against the current month `today` (a month without a year
 * is the latest one not in the future): this/last month, a named month (and year), a quarter
 * ("3. čtvrtletí", "Q3", "last quarter"), a year ("2025", "letos", "loni"), the last N months,
 * or a range "od 1. 10. do 15. 11." / "from 2026-10-01 to 2026-11-15". Marks the words it used.
 */
export function parsePeriod(words: string[], today: YearMonth, used: Set<number>): PeriodSpec | null {
  const mark = (...at: number[]) => at.forEach((i) => i >= 0 && used.add(i));
  const has = (...forms: string[]) => words.findIndex((w) => forms.includes(w));
  const range = rangeOf(words, today, mark);
  if (range) return range;
  const year = words.findIndex((w) => /^20\d\d$/u.test(w));
  const yearValue = year >= 0 ? Number(words[year]) : null;
  const last = has('minuly', 'minuleho', 'minulem', 'minulý', 'predchozi', 'predchoziho', 'last', 'previous', 'lonsky');
  const lastN = words.findIndex((w, i) => /^\d{1,2}$/u.test(w) && /^(mesic|month)/u.test(words[i + 1] ?? ''));
  if (lastN >= 0) {
    mark(lastN, lastN + 1, has('poslednich', 'last', 'past', 'za'));
    return { kind: 'months', ...today, count: Math.min(36, Math.max(1, Number(words[lastN]))) };
  }
  const quarter = quarterOf(words, mark);
  if (quarter !== null) {
    if (quarter === 0) {
      const current = Math.ceil(today.month / 3);
      mark(last);
      return last >= 0 ? (current === 1 ? { kind: 'quarter', year: today.year - 1, quarter: 4 } : { kind: 'quarter', year: today.year, quarter: current - 1 }) : { kind: 'quarter', year: today.year, quarter: current };
    }
    mark(year);
    const q = { kind: 'quarter' as const, year: yearValue ?? today.year, quarter };
    return yearValue === null && q.quarter > Math.ceil(today.month / 3) ? { ...q, year: today.year - 1 } : q;
  }
  const month = words.findIndex((w) => MONTHS[w] !== undefined && (w !== 'may' || /^(in|for|of)$/u.test(words[words.indexOf(w) - 1] ?? '')));
  if (month >= 0) {
    mark(month, year);
    const m = MONTHS[words[month]!]!;
    const y = yearValue ?? (m > today.month ? today.year - 1 : today.year);
    return { kind: 'month', year: y, month: m };
  }
  const monthWord = words.findIndex((w) => /^(mesic|month)/u.test(w));
  if (monthWord >= 0 && last >= 0) {
    mark(monthWord, last);
    return { kind: 'month', ...addMonths(today, -1) };
  }
  if (monthWord >= 0) {
    mark(monthWord, has('tento', 'tenhle', 'tomto', 'this', 'aktualni', 'current'));
    return { kind: 'month', ...today };
  }
  const thisYear = has('letos', 'letosni', 'letosek');
  if (thisYear >= 0) {
    mark(thisYear);
    return { kind: 'year', year: today.year };
  }
  const lastYear = has('loni', 'vloni', 'lonsky', 'lonskem');
  const yearWord = words.findIndex((w) => /^(rok|roce|year)$/u.test(w));
  if (lastYear >= 0 || (yearWord >= 0 && last >= 0)) {
    mark(lastYear, yearWord, last);
    return { kind: 'year', year: today.year - 1 };
  }
  if (yearValue !== null) {
    mark(year, yearWord);
    return { kind: 'year', year: yearValue };
  }
  if (yearWord >= 0) {
    mark(yearWord, has('tento', 'tenhle', 'this'));
    return { kind: 'year', year: today.year };
  }
  return null;
}

/** 1–4 for a named quarter, 0 for "this/last quarter", null when none is named. */
function quarterOf(words: string[], mark: (...at: number[]) => void): number | null {
  const q = words.findIndex((w) => /^q[1-4]$/u.test(w));
  if (q >= 0) {
    mark(q);
    return Number(words[q]!.slice(1));
  }
  const at = words.findIndex((w) => QUARTER_WORDS.includes(w) || /^(ctvrtleti|kvartal|quarter)/u.test(w));
  if (at < 0) return null;
  mark(at);
  const before = words[at - 1] ?? '';
  if (/^[1-4]$/u.test(before)) {
    mark(at - 1);
    return Number(before);
  }
  if (ORDINALS[before]) {
    mark(at - 1);
    return ORDINALS[before]!;
  }
  return 0;
}

/** "od 1.10. do 15.11.", "1.10.2026–15.11.2026", "from 2026-10-01 to 2026-11-15". */
function rangeOf(words: string[], today: YearMonth, mark: (...at: number[]) => void): PeriodSpec | null {
  const dates: { at: number; iso: string }[] = [];
  words.forEach((w, at) => {
    const iso = dateOf(w, today);
    if (iso) dates.push({ at, iso });
  });
  if (dates.length < 2) return null;
  const [a, b] = [dates[0]!, dates[1]!];
  if (a.iso > b.iso) return null;
  mark(a.at, b.at, words.indexOf('od'), words.indexOf('do'), words.indexOf('from'), words.indexOf('to'));
  return { kind: 'range', from: a.iso, to: b.iso };
}

function dateOf(word: string, today: YearMonth): string | null {
  const iso = /^(20\d\d)-(\d\d)-(\d\d)$/u.exec(word);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const cz = /^(\d{1,2})\.(\d{1,2})(?:\.(20\d\d))?$/u.exec(word);
  if (!cz) return null;
  const month = Number(cz[2]);
  const year = cz[3] ? Number(cz[3]) : month > today.month ? today.year - 1 : today.year;
  return valid(year, month, Number(cz[1]));
}

function valid(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}
