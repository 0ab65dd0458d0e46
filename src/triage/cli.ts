/**
 * `npm run --silent triage [-- --config path/to/domain.yaml]`: one message per line on stdin,
 * one JSON object per line on stdout (nothing else). Deterministic for the same input.
 */
import { createInterface } from 'node:readline';
import { loadDomainConfigFile } from './config-file-loader.js';
import { TriageEngine } from './triage-engine.js';

const configArg = process.argv.indexOf('--config');
const config = loadDomainConfigFile(configArg > 0 ? process.argv[configArg + 1] : undefined);
const engine = TriageEngine.create(config);
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });

for await (const line of lines) {
  const r = engine.analyze(line);
  process.stdout.write(`${JSON.stringify({
    category: r.category, priority: r.priority, confidence: r.confidence, language: r.language, intent: r.intent,
    impact: r.impact, urgency: r.urgency, scopeKnown: r.scopeKnown, entities: r.entities, ranking: r.ranking.slice(0, 3),
  })}\n`);
}
