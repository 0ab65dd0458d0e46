import { mergeResults, type LoadResult } from './turn-load.js';

/** A server under load: runs `turnsPerConversation` turns in each of `concurrency` conversations. */
export interface Runner {
  (concurrency: number, turnsPerConversation: number): Promise<LoadResult>;
  close(): Promise<void>;
  /** CPU time the server's main thread has used so far (ms). */
  cpuMs(): number;
}

/** One server's blocks at one concurrency: each block's result, all merged, and the CPU spent per turn. */
export interface Blocks {
  blocks: LoadResult[];
  merged: LoadResult;
  cpuPerTurnMs: number;
}

/**
 * `blocks` blocks of `turnsPerBlock` turns per conversation, the runners one after another in each
 * block (echo, bot, echo, bot, …), so that all see the same moments of a shared machine.
 */
export async function alternate(runners: Runner[], concurrency: number, blocks: number, turnsPerBlock: number): Promise<Blocks[]> {
  const runs = runners.map(() => ({ blocks: [] as LoadResult[], cpuMs: 0 }));
  for (let i = 0; i < blocks; i++) {
    for (const [r, run] of runners.entries()) {
      const cpuBefore = run.cpuMs();
      runs[r]!.blocks.push(await run(concurrency, turnsPerBlock));
      runs[r]!.cpuMs += run.cpuMs() - cpuBefore;
    }
  }
  return runs.map(({ blocks: list, cpuMs }) => {
    const merged = mergeResults(list);
    return { blocks: list, merged, cpuPerTurnMs: cpuMs / merged.total };
  });
}

/** The median of the blocks' figures (the middle block; between the two middle ones for an even count). */
export function medianBlock(blocks: readonly LoadResult[], figure: (r: LoadResult) => number): number {
  return median(blocks.map(figure));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
