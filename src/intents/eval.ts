/**
 * `npm run eval:intents` — intent accuracy, off-topic recall, requests taken for off-topic and slot
 * accuracy on the tune set (`eval/tune.jsonl`, errors listed), the dev set (`eval/dev.jsonl`, intents
 * only, errors listed) and the held-out set (`eval/held-out.jsonl`: figures only, never its messages —
 * see README "Intent layer").
 *   --loo        also leave-one-out over the declarations' own examples (slow)
 *   --cv         also 5-fold cross-validation over the declarations' own examples (every fifth example held out in turn)
 *   --tune-only  skip the held-out set (while tuning: its figures are looked at once per change, not per trial)
 *   --show-held-out-errors  list the held-out set's misreadings too: for looking back after the
 *                figures are reported, never while tuning (off by default)
 */
import { join } from 'node:path';
import { loadDomainConfigFile } from '../triage/config-file-loader.js';
import { projectRoot } from '../triage/project-paths.js';
import { ALL_INTENTS } from './all-intents.js';
import { IntentEngine } from './intent-engine.js';
import { intentMetrics, type Outcome } from './eval/intent-metrics.js';
import { loadIntentSet, type LabelledPhrasing } from './eval/intent-set-loader.js';
import { loadTestSet } from '../triage/eval/test-set-loader.js';

const TODAY = { year: 2026, month: 12, day: 7 };
const config = loadDomainConfigFile();
const declarations = new Map(ALL_INTENTS.map((d) => [d.id, d]));
const dir = join(projectRoot(), 'src', 'intents', 'eval');
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

const start = performance.now();
const engine = IntentEngine.create(ALL_INTENTS, config);
console.log(`${ALL_INTENTS.length} intents, ${ALL_INTENTS.reduce((s, d) => s + d.examples.length, 0)} declared examples; training ${(performance.now() - start).toFixed(0)} ms`);

function run(set: LabelledPhrasing[]): Outcome[] {
  return set.map((item) => {
    const reading = engine.read(item.text, TODAY);
    const decision = engine.decide(reading);
    return {
      item, decided: decision.kind === 'run' ? decision.intent : null, clarified: decision.kind === 'clarify' ? decision.candidates : null,
      slots: engine.slotsFor(item.intent, item.text, TODAY),
    };
  });
}

function report(name: string, outcomes: Outcome[], listErrors: boolean, listSlots = true): void {
  const m = intentMetrics(outcomes, declarations);
  console.log(`\n${name}: ${m.total} phrasings`);
  console.log(`  intent accuracy: ${pct(m.accuracy)}  (asked "Myslíte…?" for ${m.clarified})`);
  console.log(`  off-topic recall: ${pct(m.offtopicRecall)} (n=${m.offtopicCount})   real requests taken for off-topic: ${pct(m.requestsAsOfftopic)}`);
  if (listSlots) console.log(`  slot accuracy: ${pct(m.slotAccuracy)} (${m.slotCount} slots)`);
  if (!listErrors) return;
  for (const p of m.perIntent.filter((x) => x.recall < 1)) console.log(`  ${p.intent.padEnd(24)} recall ${pct(p.recall)} (n=${p.n})`);
  for (const o of outcomes) {
    if (o.decided !== o.item.intent) console.log(`    [${o.item.intent} → ${o.decided ?? `? ${o.clarified?.join('/')}`}] ${o.item.text}`);
    if (!listSlots) continue;
    for (const k of new Set([...Object.keys(o.item.slots ?? {}), ...Object.keys(o.slots)])) {
      const want = (o.item.slots as Record<string, unknown> | undefined)?.[k];
      const got = (o.slots as Record<string, unknown>)[k];
      if (String(got) !== String(want)) console.log(`    slot ${k}: ${String(got)} ≠ ${String(want)}  ${o.item.text}`);
    }
  }
}

const known = new Set(declarations.keys());
report('tune set', run(loadIntentSet(join(dir, 'tune.jsonl'), known)), true);
// the dev set labels intents only (no slot figure)
report('dev set (intents only, slots not labelled)', run(loadIntentSet(join(dir, 'dev.jsonl'), known)), true, false);
if (!process.argv.includes('--tune-only')) {
  report('HELD-OUT set', run(loadIntentSet(join(dir, 'held-out.jsonl'), known)), process.argv.includes('--show-held-out-errors'));
}
// the triage test sets (written for triage, never intent training data): each should be a problem report
// (an account problem may also be read as an account action, a question about a ticket or on-call as that intent)
{
  const sets = ['test-set', 'fresh-set'].flatMap((name) => loadTestSet(join(projectRoot(), 'src', 'triage', 'eval', `${name}.jsonl`)));
  const misread = sets.filter((m) => {
    const d = engine.decide(engine.read(m.text, TODAY));
    const got = d.kind === 'run' ? d.intent : '?';
    return got !== 'problem' && !(m.category === 'account' && got.startsWith('account.')) && !(m.category === 'other' && /^(?:tickets|oncall)\./u.test(got));
  });
  console.log(`\ntriage test sets: ${sets.length - misread.length}/${sets.length} problem reports read as such (${pct(1 - misread.length / sets.length)})`);
}
if (process.argv.includes('--cv')) {
  const FOLDS = 5;
  const outcomes: Outcome[] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const out = (i: number): boolean => i % FOLDS === fold;
    const cv = IntentEngine.create(ALL_INTENTS.map((d) => ({ ...d, examples: d.examples.filter((_, i) => !out(i)) })), config);
    for (const d of ALL_INTENTS) {
      for (const example of d.examples.filter((_, i) => out(i))) {
        const decision = cv.decide(cv.read(example, TODAY));
        outcomes.push({ item: { text: example, intent: d.id }, decided: decision.kind === 'run' ? decision.intent : null, clarified: decision.kind === 'clarify' ? decision.candidates : null, slots: {} });
      }
    }
  }
  report(`${FOLDS}-fold cross-validation over declared examples`, outcomes, true, false);
}
if (process.argv.includes('--loo')) {
  const outcomes: Outcome[] = [];
  for (const d of ALL_INTENTS) {
    for (const example of d.examples) {
      const others = ALL_INTENTS.map((x) => (x.id === d.id ? { ...x, examples: x.examples.filter((e) => e !== example) } : x));
      const loo = IntentEngine.create(others, config);
      const decision = loo.decide(loo.read(example, TODAY));
      outcomes.push({ item: { text: example, intent: d.id }, decided: decision.kind === 'run' ? decision.intent : null, clarified: decision.kind === 'clarify' ? decision.candidates : null, slots: {} });
    }
  }
  report('leave-one-out over declared examples', outcomes, true);
}
