import type { CategoryId } from '../../config/domain-schema.js';
import { CategoryClassifier, type ClassifierKind } from '../category-classifier.js';
import { CategoryRanker, DEFAULT_TUNING, type RankerTuning } from '../category-ranker.js';
import type { CorpusExample } from '../corpus-loader.js';
import type { KeywordRules } from '../keyword-rules.js';
import { detectLanguage } from '../language-detector.js';
import { computeMetrics } from './eval-metrics.js';
import type { LabelledMessage } from './test-set-loader.js';

export interface VariantResult { name: string; trainMs: number; accuracy: number; macroF1: number; cvAccuracy: number | null }

type Classify = (text: string) => CategoryId;
type Build = (train: readonly CorpusExample[]) => Classify;

const FOLDS = 5;

/** Bayes vs logistic regression (natural) vs keywords vs Bayes + keywords, on the test set and by 5-fold CV on the corpus. */
export function compareClassifiers(
  corpus: readonly CorpusExample[], testSet: readonly LabelledMessage[], keywords: KeywordRules, withLogistic: boolean,
): VariantResult[] {
  const natural = (kind: ClassifierKind, rules: KeywordRules | null, tuning: RankerTuning = DEFAULT_TUNING): Build => (train) => {
    const ranker = new CategoryRanker(CategoryClassifier.train(train, { kind }), rules, tuning);
    return (text) => ranker.rank(text, detectLanguage(text) ?? 'cs')[0]?.category ?? 'other';
  };
  const keywordsOnly: Build = () => (text) => {
    const best = [...keywords.hits(text)].sort((a, b) => b[1] - a[1])[0];
    return best ? best[0] : 'other';
  };
  const variants: [string, Build, boolean][] = [
    ['keywords only', keywordsOnly, true],
    ['natural BayesClassifier', natural('bayes', null), true],
    ['natural BayesClassifier + keywords (chosen)', natural('bayes', keywords), true],
  ];
  if (withLogistic) {
    variants.push(['natural LogisticRegressionClassifier', natural('logistic', null, { temperature: 1, keywordWeight: 0 }), false]);
  }
  return variants.map(([name, build, crossValidate]) => {
    const start = performance.now();
    const classify = build(corpus);
    const trainMs = performance.now() - start;
    const metrics = computeMetrics(testSet.map((m) => ({
      expected: m.category, predicted: classify(m.text), expectedPriority: m.priority, predictedPriority: m.priority,
    })));
    return { name, trainMs, accuracy: metrics.accuracy, macroF1: metrics.macroF1, cvAccuracy: crossValidate ? crossValidation(corpus, build) : null };
  });
}

function crossValidation(corpus: readonly CorpusExample[], build: Build): number {
  let correct = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const classify = build(corpus.filter((_, i) => i % FOLDS !== fold));
    for (const example of corpus.filter((_, i) => i % FOLDS === fold)) if (classify(example.text) === example.category) correct += 1;
  }
  return correct / corpus.length;
}
