import type { RotaOverride } from '../domain/oncall/rota-override.js';
import type { SwapProposal } from '../domain/oncall/swap-proposal.js';
import type { JsonStore, Op } from './json-store.js';

const OVERRIDES = 'rotaOverrides';
const SWAPS = 'rotaSwaps';

/** Rota changes made in chat: overrides (covers and accepted swaps) and swap proposals. The weekly rotations live in config. */
export class RotaRepository {
  constructor(private readonly store: JsonStore) {}

  overrides(): RotaOverride[] {
    return this.store.values<RotaOverride>(OVERRIDES).map((o) => ({ ...o }));
  }

  /** The next application order number (later overrides apply on top of earlier ones). */
  nextSeq(): number {
    return this.store.values<RotaOverride>(OVERRIDES).reduce((max, o) => Math.max(max, o.seq), 0) + 1;
  }

  async addOverride(override: RotaOverride): Promise<void> {
    await this.store.commit([{ c: OVERRIDES, k: override.id, v: { ...override } }]);
  }

  getSwap(id: string): SwapProposal | undefined {
    const swap = this.store.get<SwapProposal>(SWAPS, id);
    return swap ? structuredClone(swap) : undefined;
  }

  /** Swaps waiting for `otherId`'s answer (expired ones included: the caller knows the time). */
  pendingFor(otherId: string): SwapProposal[] {
    return this.store.values<SwapProposal>(SWAPS).filter((s) => s.status === 'pending' && s.otherId === otherId).map((s) => structuredClone(s));
  }

  async saveSwap(swap: SwapProposal): Promise<void> {
    await this.store.commit([{ c: SWAPS, k: swap.id, v: structuredClone(swap) }]);
  }

  /** The decided swap and, when accepted, its overrides, in one durable commit. */
  async decideSwap(swap: SwapProposal, overrides: readonly RotaOverride[]): Promise<void> {
    const ops: Op[] = [{ c: SWAPS, k: swap.id, v: structuredClone(swap) }, ...overrides.map((o) => ({ c: OVERRIDES, k: o.id, v: { ...o } }))];
    await this.store.commit(ops);
  }
}
