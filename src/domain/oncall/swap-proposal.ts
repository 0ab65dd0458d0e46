import type { SwapLeg } from './swap-plan.js';

export type SwapStatus = 'pending' | 'accepted' | 'declined' | 'expired';

/** A swap one technician proposed; it changes the rota only once the other one accepts. */
export interface SwapProposal {
  readonly id: string;
  readonly proposerId: string;
  readonly otherId: string;
  /** The local date the proposer named, "YYYY-MM-DD". */
  readonly date: string;
  readonly legs: readonly SwapLeg[];
  readonly status: SwapStatus;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly decidedAt?: string;
}
