import { CATEGORY_IDS, type CategoryId } from '../../config/domain-schema.js';

export interface Prediction { expected: CategoryId; predicted: CategoryId; expectedPriority: string; predictedPriority: string }

export interface EvalMetrics {
  total: number;
  accuracy: number;
  macroF1: number;
  perCategory: { category: CategoryId; precision: number; recall: number; f1: number; support: number }[];
  /** confusion[expected][predicted] */
  confusion: Record<CategoryId, Record<CategoryId, number>>;
  priorityAccuracy: number;
  p1: { recall: number; precision: number; truePositives: number; actual: number; predicted: number };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Accuracy, macro-F1, confusion matrix and P1 recall/precision of a run over the test set. */
export function computeMetrics(predictions: readonly Prediction[]): EvalMetrics {
  const confusion = Object.fromEntries(CATEGORY_IDS.map((e) => [e, Object.fromEntries(CATEGORY_IDS.map((p) => [p, 0]))])) as
    Record<CategoryId, Record<CategoryId, number>>;
  for (const p of predictions) confusion[p.expected][p.predicted] += 1;
  const perCategory = CATEGORY_IDS.map((category) => {
    const tp = confusion[category][category];
    const support = CATEGORY_IDS.reduce((s, p) => s + confusion[category][p], 0);
    const predicted = CATEGORY_IDS.reduce((s, e) => s + confusion[e][category], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    return { category, precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  });
  const present = perCategory.filter((c) => c.support > 0);
  const correct = predictions.filter((p) => p.expected === p.predicted).length;
  const p1Actual = predictions.filter((p) => p.expectedPriority === 'P1');
  const p1Predicted = predictions.filter((p) => p.predictedPriority === 'P1');
  const p1Hits = p1Actual.filter((p) => p.predictedPriority === 'P1').length;
  return {
    total: predictions.length,
    accuracy: ratio(correct, predictions.length),
    macroF1: ratio(present.reduce((s, c) => s + c.f1, 0), present.length),
    perCategory,
    confusion,
    priorityAccuracy: ratio(predictions.filter((p) => p.expectedPriority === p.predictedPriority).length, predictions.length),
    p1: {
      recall: ratio(p1Hits, p1Actual.length), precision: ratio(p1Hits, p1Predicted.length),
      truePositives: p1Hits, actual: p1Actual.length, predicted: p1Predicted.length,
    },
  };
}

/** The confusion matrix as a fixed-width text table (rows: expected, columns: predicted). */
export function formatConfusion(confusion: EvalMetrics['confusion']): string {
  const short = (c: string): string => c.slice(0, 5).padStart(6);
  const header = `${'expected\\got'.padEnd(12)}${CATEGORY_IDS.map(short).join('')}`;
  const rows = CATEGORY_IDS.map((e) => `${e.padEnd(12)}${CATEGORY_IDS.map((p) => String(confusion[e][p] || '.').padStart(6)).join('')}`);
  return [header, ...rows].join('\n');
}
