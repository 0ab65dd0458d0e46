/**
 * Intent layer benchmarks: training at start; what the layer adds to the create-ticket turn (the
 * confirming "ano" while the report dialog waits: only the one-word check, the message is not
 * read); and one message's reading (the describing turn), beside triage's analysis of the same
 * messages as the reference, in alternating blocks (median block). `npx tsx bench/intent-bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { loadDomainConfigFile } from '../src/triage/config-file-loader.js';
import { loadTestSet } from '../src/triage/eval/test-set-loader.js';
import { triageDataPath } from '../src/triage/project-paths.js';
import { TriageEngine } from '../src/triage/triage-engine.js';
import { ALL_INTENTS } from '../src/intents/all-intents.js';
import { IntentEngine } from '../src/intents/intent-engine.js';
import type { BenchRow } from './bench-row.js';

const BLOCKS = 6;
const TODAY = { year: 2026, month: 12, day: 7 };
/** What the create-ticket turn's intent step is: the router's one-word check before any reading. */
const oneWord = (text: string): boolean => (text.match(/\p{L}{2,}/gu) ?? []).length < 2;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function time(inputs: readonly string[], run: (text: string) => unknown): number[] {
  return inputs.map((text) => {
    const start = performance.now();
    run(text);
    return performance.now() - start;
  }).sort((a, b) => a - b);
}

function medianOf(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

export async function runIntentBench(): Promise<BenchRow[]> {
  const config = loadDomainConfigFile();
  const start = performance.now();
  const engine = IntentEngine.create(ALL_INTENTS, config);
  const trainMs = performance.now() - start;
  const triage = TriageEngine.create(config);
  const texts = loadTestSet(triageDataPath('eval/test-set.jsonl')).map((m) => m.text);
  const read = (text: string) => engine.decide(engine.read(text, TODAY));
  for (const text of texts) read(text); // warm up
  const blocks: { readP50: number; readP99: number; triageP50: number; triageP99: number; confirmP99: number }[] = [];
  for (let b = 0; b < BLOCKS; b += 1) {
    const triaged = time(texts, (text) => triage.analyze(text));
    const intents = time(texts, read);
    const confirm = time(Array.from({ length: 1000 }, () => 'ano'), oneWord);
    blocks.push({ readP50: quantile(intents, 0.5), readP99: quantile(intents, 0.99), triageP50: quantile(triaged, 0.5), triageP99: quantile(triaged, 0.99), confirmP99: quantile(confirm, 0.99) });
  }
  const m = (key: keyof (typeof blocks)[number]) => medianOf(blocks.map((x) => x[key]));
  return [
    { name: 'intent layer: training (after the server listens: not on the start path)', value: trainMs, unit: 'ms', target: '< 2,000 ms', pass: trainMs < 2000 },
    { name: 'create-ticket turn: intent step p99 (one-word check, no reading)', value: m('confirmP99') * 1000, unit: 'µs', target: '< 10 % of the turn (≈ 300 µs)', pass: m('confirmP99') < 0.3 },
    { name: 'describing turn: one reading p50 (median block)', value: m('readP50'), unit: 'ms', target: '< 1 ms', pass: m('readP50') < 1 },
    { name: 'describing turn: one reading p99 (median block)', value: m('readP99'), unit: 'ms', target: '< 3 ms', pass: m('readP99') < 3 },
    { name: 'triage analysis of the same messages p50 / p99 (reference)', value: m('triageP50'), unit: `ms / ${m('triageP99').toFixed(2)} ms`, target: 'reference', pass: true },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const row of await runIntentBench()) console.log(`${row.name}: ${row.value.toFixed(3)} ${row.unit} (${row.target}) ${row.pass ? 'pass' : 'FAIL'}`);
}
