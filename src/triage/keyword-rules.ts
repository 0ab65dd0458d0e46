import { readFileSync } from 'node:fs';
import { CATEGORY_IDS, type CategoryId } from '../config/domain-schema.js';
import { foldDiacritics, normalizeText } from './text-normalizer.js';
import { UnicodeTokenizer } from './unicode-tokenizer.js';

interface CategoryKeywords { prefixes: string[]; exact: Set<string>; phrases: string[] }

/**
 * Keyword rules from `corpus/keywords.json`: strong words per category ("toner" → printer).
 * They help where the corpus is thin; the Bayes classifier does the rest (see category-ranker.ts).
 */
export class KeywordRules {
  private constructor(private readonly rules: ReadonlyMap<CategoryId, CategoryKeywords>) {}

  static load(file: string): KeywordRules {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return KeywordRules.fromLists(data);
  }

  static fromLists(data: Record<string, unknown>): KeywordRules {
    const rules = new Map<CategoryId, CategoryKeywords>();
    for (const category of CATEGORY_IDS) {
      const list = data[category];
      if (!Array.isArray(list)) continue;
      const words = list.filter((w): w is string => typeof w === 'string').map((w) => foldDiacritics(w.toLowerCase()));
      rules.set(category, {
        prefixes: words.filter((w) => !w.includes(' ') && !w.endsWith('=')),
        exact: new Set(words.filter((w) => w.endsWith('=')).map((w) => w.slice(0, -1))),
        phrases: words.filter((w) => w.includes(' ')),
      });
    }
    return new KeywordRules(rules);
  }

  /** Number of distinct words of `text` that hit each category's keywords (categories with 0 left out). */
  hits(text: string): Map<CategoryId, number> {
    const tokens = [...new Set(UnicodeTokenizer.tokens(foldDiacritics(normalizeText(text))))];
    const joined = ` ${tokens.join(' ')} `;
    const result = new Map<CategoryId, number>();
    for (const [category, rule] of this.rules) {
      let count = 0;
      for (const token of tokens) {
        if (rule.exact.has(token) || rule.prefixes.some((p) => token.startsWith(p))) count += 1;
      }
      for (const phrase of rule.phrases) if (joined.includes(` ${phrase} `)) count += 1;
      if (count > 0) result.set(category, count);
    }
    return result;
  }
}
