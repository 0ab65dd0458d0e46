/**
 * `npm run bench`: every benchmark, printed as a table and written to bench/results.md.
 * Each figure is compared with its target; ratios are taken against floors measured in the same run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/config/project-root.js';
import type { BenchRow } from './bench-row.js';
import { runFoundationBench } from './foundation-bench.js';
import { runTriageBench } from './triage-bench.js';
import { runAccountBench } from './account-bench.js';
import { runTicketBench } from './ticket-bench.js';
import { runPagingBench } from './paging-bench.js';
import { runVendorBench } from './vendor-bench.js';
import { runIntentBench } from './intent-bench.js';
import { runReportsBench } from './reports-bench.js';

const SUITES: { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'Foundation: create-ticket turn, store', run: runFoundationBench },
  { name: 'Triage', run: runTriageBench },
  { name: 'Intent layer', run: runIntentBench },
  { name: 'Tickets: SLA tick, card actions', run: runTicketBench },
  { name: 'Accounts: password reset, policy', run: runAccountBench },
  { name: 'On-call paging: alert to card, escalation lag, simultaneous alerts', run: runPagingBench },
  { name: 'Vendors: monthly statement vs create-ticket turn and SQLite, exports', run: runVendorBench },
  { name: 'Reports: SLA by organisation and month over 100,000 tickets, against SQLite and the create-ticket turn', run: runReportsBench },
];

function table(rows: BenchRow[]): string {
  const lines = ['| measure | value | target | |', '| --- | ---: | --- | --- |'];
  for (const r of rows) lines.push(`| ${r.name} | ${r.value.toFixed(r.value < 10 ? 2 : 0)} ${r.unit} | ${r.target} | ${r.pass ? 'pass' : '**FAIL**'} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const sections: string[] = [];
  let failed = 0;
  for (const suite of SUITES.filter((s) => !only || s.name.toLowerCase().includes(only.toLowerCase()))) {
    process.stdout.write(`\n## ${suite.name}\n`);
    const rows = await suite.run();
    failed += rows.filter((r) => !r.pass).length;
    const text = table(rows);
    process.stdout.write(`${text}\n`);
    sections.push(`## ${suite.name}\n\n${text}\n`);
  }
  if (process.env.BENCH_QUICK === '1') {
    process.stdout.write('\nBENCH_QUICK: a sanity run, its figures mean nothing; bench/results.md left as it was\n');
    return;
  }
  const file = path.join(projectRoot(), 'bench', 'results.md');
  const previous = readFileSync(file, 'utf8');
  const marker = '<!-- results below are written by npm run bench -->';
  const head = previous.includes(marker) ? previous.slice(0, previous.indexOf(marker) + marker.length) : `${previous}\n${marker}`;
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  writeFileSync(file, `${head}\n\nLast run: ${new Date().toISOString()} on ${machine}.\n\n${sections.join('\n')}`);
  process.stdout.write(`\n${failed ? `${failed} figure(s) missed their target` : 'all targets met'}; written to bench/results.md\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
