import { CATEGORY_IDS, type CategoryId } from '../config/domain-schema.js';
import type { CategoryClassifier } from './category-classifier.js';
import type { KeywordRules } from './keyword-rules.js';
import type { Language } from './language-detector.js';

export interface RankedCategory { category: CategoryId; score: number }

/** How classifier scores and keyword hits are mixed; values chosen by `npm run eval:triage -- --calibrate`. */
export interface RankerTuning {
  /** Softmax temperature on the classifier's log scores (naive Bayes is over-confident). */
  temperature: number;
  /** Logit added per keyword hit of a category. */
  keywordWeight: number;
}

export const DEFAULT_TUNING: RankerTuning = { temperature: 1, keywordWeight: 3 };

/**
 * Ranks all categories: softmax(classifier log score / T + w × keyword hits). The top score is the
 * triage confidence. With no known word and no keyword, "other" comes first at a flat 1/11.
 */
export class CategoryRanker {
  constructor(
    private readonly classifier: CategoryClassifier,
    private readonly keywords: KeywordRules | null,
    private readonly tuning: RankerTuning = DEFAULT_TUNING,
  ) {}

  rank(text: string, language: Language): RankedCategory[] {
    const log = this.classifier.logScores(text, language);
    const hits = this.keywords?.hits(text) ?? new Map<CategoryId, number>();
    if (!log && hits.size === 0) return flat();
    const logits = CATEGORY_IDS.map((category) => {
      const base = log ? (log.get(category) ?? -Infinity) / this.tuning.temperature : 0;
      return base + this.tuning.keywordWeight * (hits.get(category) ?? 0);
    });
    const max = Math.max(...logits);
    const exps = logits.map((l) => Math.exp(l - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return CATEGORY_IDS.map((category, i) => ({ category, score: (exps[i] ?? 0) / sum }))
      .sort((a, b) => b.score - a.score);
  }
}

function flat(): RankedCategory[] {
  const others = CATEGORY_IDS.filter((c) => c !== 'other');
  return ['other' as const, ...others].map((category) => ({ category, score: 1 / CATEGORY_IDS.length }));
}
