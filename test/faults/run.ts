/**
 * The reliability report (`npm run test:faults`, run by CI after `npm test`): imports every
 * `test/faults/*.fault.ts` (default export: `async () => FaultSection`), prints each section as a
 * table with its failures, then `N passed, N failed` (sections), and exits non-zero when any failed.
 * Arguments, when given, run only the sections whose file name contains one of them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FaultSection } from './fault-section.js';

export type { FaultSection } from './fault-section.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function table(section: FaultSection): string {
  const all = [section.header, ...section.rows];
  const widths = section.header.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  return [line(section.header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...section.rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(here).filter((f) => f.endsWith('.fault.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const started = Date.now();
    let section: FaultSection;
    try {
      const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: () => Promise<FaultSection> };
      section = await mod.default();
    } catch (err) {
      section = { title: file, header: ['error'], rows: [], failures: [`the section did not run to its end: ${(err as Error)?.stack ?? String(err)}`] };
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    process.stdout.write(`\n### ${section.title} (${file}, ${seconds} s)\n\n${table(section)}\n`);
    if (section.failures.length) {
      failed++;
      process.stdout.write(`\nFAILED:\n${section.failures.map((f) => `- ${f}`).join('\n')}\n`);
    } else {
      passed++;
    }
  }
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

// run when executed (`tsx test/faults/run.ts`), not when a section imports the type from here
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
