import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root: the nearest folder above this module that holds package.json. Works from
 * `src/triage/` (tsx, vitest) and from `dist/src/triage/` after tsc, which does not copy data files.
 */
export function projectRoot(moduleUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(moduleUrl)}`);
    dir = parent;
  }
}

/** Shipped triage data, always read from the source tree: `<root>/src/triage/<name>`. */
export function triageDataPath(name: string): string {
  return join(projectRoot(), 'src', 'triage', name);
}
