import { readFileSync } from 'node:fs';
import { CATEGORY_IDS, type CategoryId, PRIORITIES, type Priority } from '../../config/domain-schema.js';
import type { Language } from '../language-detector.js';

/** One labelled message of the held-out test set (`eval/test-set.jsonl`, never used for training). */
export interface LabelledMessage { text: string; language: Language; category: CategoryId; priority: Priority }

export function loadTestSet(file: string): LabelledMessage[] {
  return readFileSync(file, 'utf8').split(/\r?\n/u).filter((l) => l.trim()).map((line, i) => {
    const row = JSON.parse(line) as Partial<LabelledMessage>;
    if (typeof row.text !== 'string' || !CATEGORY_IDS.includes(row.category as CategoryId)
      || !PRIORITIES.includes(row.priority as Priority) || (row.language !== 'cs' && row.language !== 'en')) {
      throw new Error(`${file}:${i + 1}: needs text, language (cs|en), category and priority`);
    }
    return row as LabelledMessage;
  });
}
