import type { RotationConfig } from '../../config/oncall-config.js';
import type { Rota } from '../oncall/rota.js';

export type EscalationStep = RotationConfig['escalation'][number];

export interface ChainPeople {
  /** The team lead (config.oit.teams[].lead). */
  lead: string | null;
  /** The head of OIT. */
  head: string;
}

/**
 * Who one step of a team's chain reaches at `at`: the person on call (after covers and swaps);
 * the backup (the configured one, else whoever is next in the rotation, never the one on call);
 * the team lead; the head of OIT. Resolved when the step fires, so a handover mid-chain counts.
 */
export function stepTarget(step: EscalationStep, rotation: RotationConfig, rota: Rota, people: ChainPeople, at: Date): string | null {
  const now = rota.onCallNow(rotation.team, at);
  const onCall = now?.current.personId ?? null;
  switch (step.notify) {
    case 'on-call': return onCall;
    case 'backup': {
      if (rotation.backup && rotation.backup !== onCall) return rotation.backup;
      const next = now?.next?.personId;
      if (next && next !== onCall) return next;
      return rotation.members.find((m) => m !== onCall) ?? people.head;
    }
    case 'lead': return people.lead;
    case 'head': return people.head;
  }
}

/** Everyone a team's chain can reach (they, the team and managers may see and act on its pages). */
export function chainPeople(rotation: RotationConfig, people: ChainPeople): string[] {
  return [...new Set([...rotation.members, ...(rotation.backup ? [rotation.backup] : []), ...(people.lead ? [people.lead] : []), people.head])];
}
