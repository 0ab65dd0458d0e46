import type { Language } from '../domain/tickets/ticket.js';

type Params = Record<string, string | number>;

/**
 * The form of a counted word, by the language's plural rules (Intl.PluralRules):
 * Czech forms are [one, few, other] and optionally [many] for decimals — 1 požadavek, 2–4
 * požadavky, 0 and 5+ požadavků, 1,5 hodiny; English [one, other].
 */
export function plural(lang: Language, count: number, forms: readonly string[]): string {
  const category = new Intl.PluralRules(lang).select(count);
  if (lang === 'cs') {
    if (category === 'one') return forms[0]!;
    if (category === 'few') return forms[1]!;
    if (category === 'many') return forms[3] ?? forms[1]!;
    return forms[2] ?? forms[1]!;
  }
  return category === 'one' ? forms[0]! : forms[1] ?? forms[0]!;
}

/** "{count} {count:požadavek|požadavky|požadavků}": a placeholder with forms is the counted word's form. */
const PLACEHOLDER = /\{(\w+)(?::([^{}]+))?\}/gu;

/** Fills a catalogue sentence: `{name}` by the parameter, `{name:one|few|other}` by the plural form for it. One helper for every catalogue. */
export function fill(lang: Language, text: string, params: Params = {}): string {
  return text.replace(PLACEHOLDER, (m, name: string, forms: string | undefined) => {
    if (!(name in params)) return m;
    const value = params[name]!;
    return forms === undefined ? String(value) : plural(lang, Number(value), forms.split('|'));
  });
}
