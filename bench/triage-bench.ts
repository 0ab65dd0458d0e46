/**
 * Triage benchmarks: training at start, one message's triage (median over 5,000 messages),
 * a 200 KB paste, and knowledge-base search over 500 synthetic articles.
 * `bench/run.ts` calls runTriageBench(); `npx tsx bench/triage-bench.ts` prints the rows alone.
 */
import { pathToFileURL } from 'node:url';
import { loadDomainConfigFile } from '../src/triage/config-file-loader.js';
import { loadTestSet } from '../src/triage/eval/test-set-loader.js';
import { type KbArticle, KnowledgeBase } from '../src/triage/knowledge-base.js';
import { triageDataPath } from '../src/triage/project-paths.js';
import { TriageEngine } from '../src/triage/triage-engine.js';

export type { BenchRow } from './bench-row.js';
import type { BenchRow } from './bench-row.js';

const MESSAGES = 5000;
const ARTICLES = 500;
const KB_QUERIES = 1000;

/** Deterministic pseudo-random numbers (LCG), so every run measures the same inputs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown): number[] {
  return inputs.map((input) => {
    const start = performance.now();
    run(input);
    return performance.now() - start;
  });
}

/** 5,000 messages: the labelled sets, varied with rooms, sites and typos-by-truncation. */
function benchMessages(): string[] {
  const base = [...loadTestSet(triageDataPath('eval/test-set.jsonl')), ...loadTestSet(triageDataPath('eval/fresh-set.jsonl'))]
    .map((m) => m.text);
  const extras = ['', ' v kanceláři 214', ' na cestmistrovstvi v Tachove', ', volejte 777 123 456', ' SUS-01234', ' prosim rychle'];
  const next = random(7);
  return Array.from({ length: MESSAGES }, (_, i) => {
    const text = base[i % base.length] ?? '';
    return `${next() < 0.2 ? text.slice(0, -2) : text}${extras[Math.floor(next() * extras.length)] ?? ''}`;
  });
}

/** 500 articles made of the shipped articles' words, shuffled (realistic vocabulary and lengths). */
function syntheticArticles(realArticles: readonly KbArticle[]): KbArticle[] {
  const next = random(42);
  const words = realArticles.flatMap((a) => a.body.split(/\s+/u)).filter((w) => /\p{L}{3,}/u.test(w));
  const pick = (n: number): string => Array.from({ length: n }, () => words[Math.floor(next() * words.length)] ?? '').join(' ');
  return Array.from({ length: ARTICLES }, (_, i) => {
    const template = realArticles[i % realArticles.length];
    return {
      id: `synthetic-${i}`, title: pick(5), language: template?.language ?? 'cs', categories: template?.categories ?? ['other'],
      keywords: pick(6).split(' '), body: pick(120 + Math.floor(next() * 200)),
    };
  });
}

export async function runTriageBench(): Promise<BenchRow[]> {
  const config = loadDomainConfigFile();
  const trainStart = performance.now();
  const engine = TriageEngine.create(config);
  const trainMs = performance.now() - trainStart;

  const messages = benchMessages();
  timeEach(messages.slice(0, 300), (m) => engine.analyze(m));
  const triageMedian = median(timeEach(messages, (m) => engine.analyze(m)));

  const paste = 'Tiskárna v kanceláři 214 nejde, prosím o pomoc. '.repeat(4200);
  const pasteMedian = median(timeEach(Array.from({ length: 20 }, () => paste), (m) => engine.analyze(m)));

  const real = KnowledgeBase.load(triageDataPath('knowledge-base'));
  const kb = KnowledgeBase.fromArticles(syntheticArticles(real.articles));
  const queries = messages.slice(0, KB_QUERIES);
  timeEach(queries.slice(0, 100), (q) => kb.search(q, 'cs'));
  const kbMedian = median(timeEach(queries, (q) => kb.search(q, /[a-z]+ing\b|\bthe\b/u.test(q) ? 'en' : 'cs')));

  return [
    { name: 'triage: training at start', value: round(trainMs), unit: 'ms', target: '< 1000 ms', pass: trainMs < 1000 },
    { name: `triage: one message (median of ${MESSAGES})`, value: round(triageMedian), unit: 'ms', target: '< 1 ms', pass: triageMedian < 1 },
    { name: 'triage: 200 KB paste (median of 20)', value: round(pasteMedian), unit: 'ms', target: '< 5 ms', pass: pasteMedian < 5 },
    { name: `knowledge base: search in ${ARTICLES} articles (median of ${KB_QUERIES})`, value: round(kbMedian), unit: 'ms', target: '< 2 ms', pass: kbMedian < 2 },
  ];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const row of await runTriageBench()) {
    console.log(`${row.pass ? 'PASS' : 'FAIL'}  ${row.name}: ${row.value} ${row.unit} (target ${row.target})`);
  }
}
