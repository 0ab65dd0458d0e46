import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { RotaOverride } from '../domain/oncall/rota-override.js';
import { planSwap, type SwapPlan } from '../domain/oncall/swap-plan.js';
import type { SwapProposal } from '../domain/oncall/swap-proposal.js';
import type { RotaStorePort } from './store-ports.js';
import type { OncallRotaService } from './oncall-rota-service.js';

/** Tells people about swaps in their personal chats (implemented in bot/ with stored conversation references). */
export interface SwapNotifier {
  /** Asks the other person to accept or decline; false when they cannot be reached (never wrote to the bot). */
  askToAccept(swap: SwapProposal): Promise<boolean>;
  /** Tells the proposer the answer. */
  tellProposer(swap: SwapProposal): Promise<boolean>;
}

export type ProposeResult =
  | { kind: 'proposed'; swap: SwapProposal; delivered: boolean }
  | { kind: 'refused'; reason: Extract<SwapPlan, { ok: false }>['reason'] | 'not-in-rota' };

export type DecideResult =
  | { kind: 'accepted' | 'declined'; swap: SwapProposal }
  | { kind: 'not-yours' | 'stale' };

const NOON = 12 * 60;

/** Swaps: proposed by one technician in chat, applied only when the other accepts (checked against the acting user). */
export class OncallSwapService {
  constructor(
    private readonly rota: OncallRotaService,
    private readonly repository: RotaStorePort,
    private readonly notifier: SwapNotifier,
    private readonly expiresHours: number,
    private readonly logger: Logger,
  ) {}

  /** Proposes swapping the shift on `date` (local, taken at noon) with `otherId`'s nearest shift in the same team. */
  async propose(proposerId: string, otherId: string, date: string): Promise<ProposeResult> {
    const people = this.rota.rotaPeople();
    if (!people.includes(proposerId) || !people.includes(otherId)) return { kind: 'refused', reason: 'not-in-rota' };
    const now = this.rota.now();
    const plan = planSwap(this.rota.rota(), proposerId, otherId, this.rota.instantOf(date, NOON), now);
    if (!plan.ok) return { kind: 'refused', reason: plan.reason };
    const swap: SwapProposal = {
      id: randomUUID(), proposerId, otherId, date, legs: plan.legs, status: 'pending',
      createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + this.expiresHours * 3_600_000).toISOString(),
    };
    await this.repository.saveSwap(swap);
    const delivered = await this.notifier.askToAccept(swap);
    this.logger.info({ swapId: swap.id, proposerId, otherId, legs: swap.legs.length, delivered }, 'shift swap proposed');
    return { kind: 'proposed', swap, delivered };
  }

  /** The other person's answer. `actorId` comes from the activity, never from the card. */
  async decide(actorId: string, swapId: string, accept: boolean): Promise<DecideResult> {
    const swap = this.repository.getSwap(swapId);
    if (!swap) return { kind: 'stale' };
    if (swap.otherId !== actorId) {
      this.logger.warn({ swapId, actorId }, 'swap answer refused: not the person asked');
      return { kind: 'not-yours' };
    }
    const now = this.rota.now();
    if (swap.status !== 'pending') return { kind: 'stale' };
    const lapsed = swap.expiresAt <= now.toISOString() || swap.legs.some((l) => Date.parse(l.to) <= now.getTime());
    if (lapsed) {
      await this.repository.decideSwap({ ...swap, status: 'expired', decidedAt: now.toISOString() }, []);
      return { kind: 'stale' };
    }
    const decided: SwapProposal = { ...swap, status: accept ? 'accepted' : 'declined', decidedAt: now.toISOString() };
    await this.repository.decideSwap(decided, accept ? this.overridesOf(decided, actorId, now) : []);
    await this.notifier.tellProposer(decided);
    this.logger.info({ swapId, actorId, accepted: accept }, 'shift swap answered');
    return { kind: accept ? 'accepted' : 'declined', swap: decided };
  }

  /** Swaps waiting for this person's answer, still answerable. */
  pendingFor(userId: string): SwapProposal[] {
    const now = this.rota.now().toISOString();
    return this.repository.pendingFor(userId).filter((s) => s.expiresAt > now);
  }

  private overridesOf(swap: SwapProposal, actorId: string, now: Date): RotaOverride[] {
    const seq = this.repository.nextSeq();
    return swap.legs.map((leg, i) => ({
      id: randomUUID(), kind: 'swap' as const, teamId: leg.teamId, absentId: leg.absentId, coverId: leg.coverId,
      from: new Date(Math.max(Date.parse(leg.from), now.getTime())).toISOString(), to: leg.to,
      seq: seq + i, createdAt: now.toISOString(), createdBy: actorId, swapId: swap.id,
    }));
  }
}
