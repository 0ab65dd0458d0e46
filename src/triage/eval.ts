/**
 * `npm run eval:triage` — category and priority figures on the held-out test set
 * (`src/triage/eval/test-set.jsonl`, written apart from the training corpus).
 *   --compare            compare natural's classifiers and keyword rules (add --with-logistic: slow)
 *   --calibrate          grid-search the confidence tuning by cross-validation on the corpus
 *   --errors             list the misclassified messages (not of a held-out set: see below)
 *   --set fresh-set      evaluate `eval/fresh-set.jsonl` instead (written last, never tuned on)
 *   --set outage-dev     the outage dev set the impact cues are tuned on (errors listed with --errors)
 * The outage held-out set (`eval/outage-set.jsonl`) is printed as figures only, after the test set;
 * its messages are listed only with --show-held-out-errors, for looking back after the fact, never
 * while tuning (see the triage README).
 */
import { join } from 'node:path';
import { loadDomainConfigFile } from './config-file-loader.js';
import { loadCorpus } from './corpus-loader.js';
import { compareClassifiers } from './eval/classifier-comparison.js';
import { calibrate } from './eval/confidence-calibration.js';
import { computeMetrics, formatConfusion } from './eval/eval-metrics.js';
import { loadTestSet } from './eval/test-set-loader.js';
import { KeywordRules } from './keyword-rules.js';
import { triageDataPath } from './project-paths.js';
import { TriageEngine } from './triage-engine.js';

const args = new Set(process.argv.slice(2));
const config = loadDomainConfigFile();
const setArg = process.argv.indexOf('--set');
const setName = setArg > 0 ? process.argv[setArg + 1] ?? 'test-set' : 'test-set';
const HELD_OUT_SETS = new Set(['outage-set']);
const listErrors = args.has('--errors') && (!HELD_OUT_SETS.has(setName) || args.has('--show-held-out-errors'));
const testSet = loadTestSet(triageDataPath(join('eval', `${setName}.jsonl`)));
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

if (args.has('--calibrate') || args.has('--compare')) {
  const corpus = loadCorpus(triageDataPath('corpus'));
  const keywords = KeywordRules.load(triageDataPath(join('corpus', 'keywords.json')));
  if (args.has('--calibrate')) {
    console.log(`temperature  keywordWeight  cv-accuracy  log-loss  ≥${config.triage.lowConfidence}: share  accuracy`);
    for (const r of calibrate(corpus, keywords, config.triage.lowConfidence)) {
      console.log(`${String(r.temperature).padEnd(13)}${String(r.keywordWeight).padEnd(15)}${pct(r.accuracy).padEnd(13)}`
        + `${r.logLoss.toFixed(3).padEnd(10)}${pct(r.coverage).padEnd(13)}${pct(r.accuracyAbove)}`);
    }
  } else {
    console.log('variant                                        train ms  test acc  test macro-F1  corpus 5-fold CV acc');
    for (const r of compareClassifiers(corpus, testSet, keywords, args.has('--with-logistic'))) {
      console.log(`${r.name.padEnd(47)}${r.trainMs.toFixed(0).padStart(8)}  ${pct(r.accuracy).padStart(8)}  `
        + `${r.macroF1.toFixed(3).padStart(13)}  ${r.cvAccuracy === null ? 'n/a' : pct(r.cvAccuracy)}`);
    }
  }
} else {
  const start = performance.now();
  const engine = TriageEngine.create(config);
  const trainMs = performance.now() - start;
  const results = testSet.map((m) => ({ message: m, result: engine.analyze(m.text) }));
  const metrics = computeMetrics(results.map(({ message, result }) => ({
    expected: message.category, predicted: result.category,
    expectedPriority: message.priority, predictedPriority: result.priority,
  })));
  const cs = testSet.filter((m) => m.language === 'cs').length;
  console.log(`test set: ${metrics.total} messages (${cs} Czech, ${metrics.total - cs} English); training ${trainMs.toFixed(0)} ms`);
  console.log(`category accuracy: ${pct(metrics.accuracy)}   macro-F1: ${metrics.macroF1.toFixed(3)}`);
  console.log(`priority accuracy: ${pct(metrics.priorityAccuracy)}`);
  console.log(`P1 recall: ${pct(metrics.p1.recall)} (${metrics.p1.truePositives}/${metrics.p1.actual})   `
    + `P1 precision: ${pct(metrics.p1.precision)} (${metrics.p1.truePositives}/${metrics.p1.predicted})`);
  const language = results.filter(({ message, result }) => message.language === result.language).length;
  console.log(`language detection: ${pct(language / metrics.total)}`);
  const threshold = config.triage.lowConfidence;
  const confident = results.filter(({ result }) => result.confidence >= threshold);
  const confidentOk = confident.filter(({ message, result }) => message.category === result.category).length;
  const unsure = results.length - confident.length;
  const unsureOk = results.filter(({ message, result }) => result.confidence < threshold && message.category === result.category).length;
  console.log(`confidence ≥ ${threshold}: ${confident.length} messages, ${pct(confidentOk / Math.max(1, confident.length))} right; `
    + `below: ${unsure} (asked to pick), ${pct(unsureOk / Math.max(1, unsure))} right at top-1`);
  console.log(`\nconfusion matrix\n${formatConfusion(metrics.confusion)}`);
  console.log('\nper category: precision / recall / F1');
  for (const c of metrics.perCategory) console.log(`  ${c.category.padEnd(12)} ${c.precision.toFixed(2)} / ${c.recall.toFixed(2)} / ${c.f1.toFixed(2)}  (n=${c.support})`);
  if (setArg < 0) {
    for (const [name, label] of [['outage-dev', 'outage dev set (tuned on)'], ['outage-set', 'outage HELD-OUT set']] as const) {
      const set = loadTestSet(triageDataPath(join('eval', `${name}.jsonl`)));
      const m = computeMetrics(set.map((x) => {
        const r = engine.analyze(x.text);
        return { expected: x.category, predicted: r.category, expectedPriority: x.priority, predictedPriority: r.priority };
      }));
      console.log(`${label}: ${m.total} messages; P1 recall: ${pct(m.p1.recall)} (${m.p1.truePositives}/${m.p1.actual})   `
        + `P1 precision: ${pct(m.p1.precision)} (${m.p1.truePositives}/${m.p1.predicted})   priority accuracy: ${pct(m.priorityAccuracy)}`);
    }
  }
  if (args.has('--errors') && !listErrors) console.log('\n(held-out set: errors not listed; --show-held-out-errors lists them, after the fact only)');
  if (listErrors) {
    console.log('\nerrors');
    for (const { message, result } of results) {
      if (message.category !== result.category || message.priority !== result.priority) {
        console.log(`  [${message.category}/${message.priority} → ${result.category}/${result.priority} ${result.confidence.toFixed(2)} `
          + `${result.impact}/${result.urgency}${result.scopeKnown ? '' : '?'}] ${message.text}`);
      }
    }
  }
}
