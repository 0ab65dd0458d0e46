import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config/project-root.js';

/**
 * How `npm start` runs the bot - its environment settings (`MALLOC_ARENA_MAX=2 …`) and Node's
 * flags - read from package.json, so that the benchmark measures the bot as it ships. The Docker
 * image sets the same (test/unit/bench/production-command.test.ts holds them together).
 */
export function productionCommand(): { env: Record<string, string>; flags: string[] } {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.trim().split(/\s+/u);
  const node = words.indexOf('node');
  const env = Object.fromEntries(words.slice(0, node).map((w) => w.split('=') as [string, string]));
  const flags = words.slice(node + 1).filter((w) => w.startsWith('--'));
  return { env, flags };
}
