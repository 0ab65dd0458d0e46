import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS, type CategoryId } from '../config/domain-schema.js';
import type { Language } from './language-detector.js';

/** One training example of the shipped corpus. */
export interface CorpusExample { text: string; language: Language; category: CategoryId }

const LANGUAGES: readonly Language[] = ['cs', 'en'];

/**
 * Reads `<dir>/<language>/<category>.txt`: one message per line, as users write it;
 * blank lines and lines starting with # are skipped.
 */
export function loadCorpus(dir: string): CorpusExample[] {
  const examples: CorpusExample[] = [];
  for (const language of LANGUAGES) {
    for (const category of CATEGORY_IDS) {
      const file = join(dir, language, `${category}.txt`);
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, 'utf8').split(/\r?\n/u)) {
        const text = line.trim();
        if (text && !text.startsWith('#')) examples.push({ text, language, category });
      }
    }
  }
  if (examples.length === 0) throw new Error(`triage corpus is empty: ${dir}`);
  return examples;
}
