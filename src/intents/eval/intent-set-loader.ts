import { readFileSync } from 'node:fs';
import type { Slots } from '../intent-types.js';

/** One labelled phrasing: the intent it means and the slots it carries. */
export interface LabelledPhrasing { text: string; intent: string; slots?: Slots }

export function loadIntentSet(file: string, known: ReadonlySet<string>): LabelledPhrasing[] {
  return readFileSync(file, 'utf8').split(/\r?\n/u).filter((l) => l.trim()).map((line, i) => {
    const row = JSON.parse(line) as Partial<LabelledPhrasing>;
    if (typeof row.text !== 'string' || typeof row.intent !== 'string' || !known.has(row.intent)) {
      throw new Error(`${file}:${i + 1}: needs text and a declared intent (got "${String(row.intent)}")`);
    }
    return row as LabelledPhrasing;
  });
}
