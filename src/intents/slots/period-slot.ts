import type { CivilDate } from '../../domain/calendar/civil-date.js';

/** Month names as people write them, folded, by month number: stems that every case of the name starts with. */
const CZECH_MONTHS: readonly RegExp[] = [
  /^led(?:en|na|nu|nem)$/u, /^unor(?:a|u|em)?$/u, /^b[rř]e(?:zen|zna|znu|znem)$/u, /^dub(?:en|na|nu|nem)$/u,
  /^kv[eě]t(?:en|na|nu|nem)$/u, /^cerv(?:en|na|nu|nem)$/u, /^cerven(?:ec|ce|ci|cem)$/u, /^srp(?:en|na|nu|nem)$/u,
  /^zari$/u, /^ri(?:jen|jna|jnu|jnem)$/u, /^listopad(?:u|em)?$/u, /^prosin(?:ec|ce|ci|cem)$/u,
];
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ENGLISH_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ORDINAL_QUARTER: Record<string, number> = { prvni: 1, druhy: 2, treti: 3, ctvrty: 4, first: 1, second: 2, third: 3, fourth: 4 };

const pad = (n: number): string => String(n).padStart(2, '0');
const month = (year: number, m: number): string => `${year}-${pad(m)}`;
const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

/** The month number of a folded word, or null: "listopadu" → 11, "zari" → 9, "october" → 10. */
export function monthOfWord(word: string): number | null {
  const i = CZECH_MONTHS.findIndex((re) => re.test(word));
  if (i >= 0) return i + 1;
  const e = ENGLISH_MONTHS.indexOf(word);
  if (e >= 0) return e + 1;
  const s = word.length === 3 ? ENGLISH_SHORT.indexOf(word) : -1;
  return s >= 0 && word !== 'may' ? s + 1 : null;
}

/**
 * A period in folded, lower-case text (words separated by single spaces), relative to `today`:
 * "2026-11", "11/2026", "za listopad" (the latest November not after this month), "listopad 2025",
 * "minulý měsíc", "tento měsíc", "Q3", "třetí kvartál", "minulé čtvrtletí", "letos", "rok 2026".
 * Returns "YYYY-MM", "YYYY-Qn" or "YYYY"; null when the text names no period.
 */
export function parsePeriod(folded: string, today: CivilDate): string | null {
  const iso = /\b(20\d{2})-(\d{1,2})\b(?!-)/u.exec(folded);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return month(Number(iso[1]), Number(iso[2]));
  const slash = /\b(\d{1,2})\/(20\d{2})\b/u.exec(folded);
  if (slash && Number(slash[1]) >= 1 && Number(slash[1]) <= 12) return month(Number(slash[2]), Number(slash[1]));
  const q = /\bq([1-4])(?:\s*(?:\/|-)?\s*(20\d{2}))?\b/u.exec(folded) ?? /\b([1-4])\.? ?(?:q|kvartal\w*|ctvrtlet\w*|quarter)\b(?: (20\d{2}))?/u.exec(folded);
  if (q) return `${q[2] ?? today.year}-Q${q[1]}`;
  const ordinal = /\b(prvni|druhy|treti|ctvrty|first|second|third|fourth)\w* (?:kvartal|ctvrtleti|quarter)\w*/u.exec(folded);
  if (ordinal) return `${today.year}-Q${ORDINAL_QUARTER[ordinal[1]!.replace(/(?:ho|m|mu)$/u, '')] ?? ORDINAL_QUARTER[ordinal[1]!]}`;
  const relative = relativePeriod(folded, today);
  if (relative) return relative;
  const words = folded.split(' ');
  for (let i = 0; i < words.length; i += 1) {
    const m = monthOfWord(words[i]!);
    if (m === null) continue;
    if (words[i] === 'may' && !/\b(?:in|for|of|during) may\b/u.test(folded)) continue;
    const year = /^20\d{2}$/u.test(words[i + 1] ?? '') ? Number(words[i + 1]) : m > today.month ? today.year - 1 : today.year;
    return month(year, m);
  }
  const year = /\b(?:rok|roku|year|za|in|for)? ?(20\d{2})\b/u.exec(folded);
  if (year && !/\d{1,2}\. ?\d{1,2}\. ?20\d{2}/u.test(folded)) return year[1]!;
  return null;
}

function relativePeriod(folded: string, today: CivilDate): string | null {
  const previous = today.month === 1 ? month(today.year - 1, 12) : month(today.year, today.month - 1);
  if (/\b(?:minul|predchoz|posledn)\w* mesic\w*|\blast month\b|\bprevious month\b/u.test(folded)) return previous;
  if (/\b(?:tento|tenhle|letosni|tomto|aktualni|soucasn)\w* mesic\w*|\bthis month\b|\bcurrent month\b/u.test(folded)) return month(today.year, today.month);
  const quarter = quarterOf(today.month);
  if (/\b(?:minul|predchoz|posledn)\w* (?:kvartal|ctvrtlet)\w*|\blast quarter\b|\bprevious quarter\b/u.test(folded)) {
    return quarter === 1 ? `${today.year - 1}-Q4` : `${today.year}-Q${quarter - 1}`;
  }
  if (/\b(?:tento|tomto|tenhle|letosni|aktualni|soucasn)\w* (?:kvartal|ctvrtlet)\w*|\bthis quarter\b|\bcurrent quarter\b/u.test(folded)) return `${today.year}-Q${quarter}`;
  if (/\b(?:minul|predchoz|loni|lonsk)\w* rok\w*|\bloni\b|\blast year\b/u.test(folded)) return String(today.year - 1);
  if (/\bletos\b|\bletosni rok\w*|\btento rok\w*|\bthis year\b/u.test(folded)) return String(today.year);
  return null;
}
