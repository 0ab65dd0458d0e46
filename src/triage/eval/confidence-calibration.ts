import { CategoryClassifier } from '../category-classifier.js';
import { CategoryRanker } from '../category-ranker.js';
import type { CorpusExample } from '../corpus-loader.js';
import type { KeywordRules } from '../keyword-rules.js';

export interface CalibrationRow {
  temperature: number; keywordWeight: number; accuracy: number;
  /** Mean negative log-likelihood of the true category (lower is better calibrated). */
  logLoss: number;
  /** Share of messages at or above the threshold, and accuracy on them. */
  coverage: number; accuracyAbove: number;
}

const FOLDS = 5;
const TEMPERATURES = [0.75, 1, 1.5, 2, 3, 4];
const KEYWORD_WEIGHTS = [0, 0.5, 1, 2, 3, 4, 5];

/** Grid search of the ranker tuning by 5-fold cross-validation on the corpus (not the test set). */
export function calibrate(corpus: readonly CorpusExample[], keywords: KeywordRules, threshold: number): CalibrationRow[] {
  const folds = Array.from({ length: FOLDS }, (_, fold) => ({
    classifier: CategoryClassifier.train(corpus.filter((_, i) => i % FOLDS !== fold)),
    held: corpus.filter((_, i) => i % FOLDS === fold),
  }));
  const rows: CalibrationRow[] = [];
  for (const temperature of TEMPERATURES) {
    for (const keywordWeight of KEYWORD_WEIGHTS) {
      let correct = 0; let loss = 0; let above = 0; let correctAbove = 0;
      for (const { classifier, held } of folds) {
        const ranker = new CategoryRanker(classifier, keywords, { temperature, keywordWeight });
        for (const example of held) {
          const ranking = ranker.rank(example.text, example.language);
          const top = ranking[0];
          const truth = ranking.find((r) => r.category === example.category)?.score ?? 0;
          loss -= Math.log(Math.max(truth, 1e-9));
          const ok = top?.category === example.category;
          if (ok) correct += 1;
          if ((top?.score ?? 0) >= threshold) { above += 1; if (ok) correctAbove += 1; }
        }
      }
      const n = corpus.length;
      rows.push({ temperature, keywordWeight, accuracy: correct / n, logLoss: loss / n, coverage: above / n, accuracyAbove: above ? correctAbove / above : 0 });
    }
  }
  return rows.sort((a, b) => a.logLoss - b.logLoss);
}
