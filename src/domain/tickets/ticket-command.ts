import type { Priority } from '../../config/domain-schema.js';
import type { TicketStatus } from './ticket-lifecycle.js';

/** What someone asks to do with a ticket (technician, requester, or the scheduler as `system`). */
export type TicketCommand =
  | { kind: 'take' }
  | { kind: 'status'; to: TicketStatus; comment?: string }
  | { kind: 'comment'; text: string }
  | { kind: 'resolve'; note: string; minutes: number }
  | { kind: 'escalate'; comment?: string }
  | { kind: 'reassign'; team?: string; assignee?: string | null }
  /** The on-site work goes to another district vendor's queue (the vendors capability moves its task). */
  | { kind: 'vendor'; vendor: string; comment?: string }
  | { kind: 'priority'; priority: Priority }
  | { kind: 'cancel'; comment?: string }
  | { kind: 'reopen'; comment?: string }
  | { kind: 'rate'; rating: number }
  | { kind: 'expedite' }
  | { kind: 'close' };

export type TicketCommandKind = TicketCommand['kind'];

/** Who acts, with the roles the service found for them on this ticket. */
export interface TicketActor {
  id: string;
  /** Member of an OIT team (or a technician of the ticket's vendor). */
  technician: boolean;
  /** The ticket's requester. */
  requester: boolean;
  /** The scheduler (auto-close, functional escalation on breach). */
  system: boolean;
}

const TECHNICIAN: ReadonlySet<TicketCommandKind> = new Set(['take', 'status', 'comment', 'resolve', 'escalate', 'reassign', 'vendor', 'priority', 'cancel', 'reopen', 'close']);
const REQUESTER: ReadonlySet<TicketCommandKind> = new Set(['comment', 'cancel', 'reopen', 'rate', 'expedite']);
const SYSTEM: ReadonlySet<TicketCommandKind> = new Set(['close', 'escalate']);

/** Whether the actor's roles allow the command at all (the lifecycle decides whether it fits the status). */
export function mayRun(actor: TicketActor, kind: TicketCommandKind): boolean {
  return (actor.technician && TECHNICIAN.has(kind)) || (actor.requester && REQUESTER.has(kind)) || (actor.system && SYSTEM.has(kind));
}

/** A command that does not fit the ticket as it is now (besides lifecycle transitions). */
export class TicketCommandError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'TicketCommandError';
  }
}
