/**
 * The ticket status machine.
 *
 *   new → assigned → in-progress ⇄ waiting-requester | waiting-vendor → resolved → closed
 *
 * Besides the main path:
 * - new → in-progress: a technician takes a new ticket (taking it is assigning it);
 * - new | in-progress | waiting-* → resolved: solved at once (first-contact resolution, e.g. a
 *   password reset done by the bot) or solved while waiting (the requester says it works now);
 * - in-progress → assigned: handed over to someone else / back to the queue;
 * - reopen: resolved → in-progress at any time; closed → in-progress only within the reopen
 *   window, which the caller computes (e.g. closedAt + N business days) and passes as `reopenUntil`;
 * - cancel: from any open state (new, assigned, in-progress, waiting-*) to cancelled (final).
 * Assigning to another person is not a status change (assigned → assigned is not a transition).
 */
export const TICKET_STATUSES = [
  'new', 'assigned', 'in-progress', 'waiting-requester', 'waiting-vendor', 'resolved', 'closed', 'cancelled',
] as const;

export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Needed only for closed → in-progress (reopen of a closed ticket). */
export interface TransitionContext {
  readonly now: Date;
  /** The last instant a closed ticket may be reopened. */
  readonly reopenUntil?: Date;
}

const OPEN_STATUSES: ReadonlySet<TicketStatus> = new Set<TicketStatus>([
  'new', 'assigned', 'in-progress', 'waiting-requester', 'waiting-vendor',
]);

const NEXT: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  'new': ['assigned', 'in-progress', 'resolved', 'cancelled'],
  'assigned': ['in-progress', 'resolved', 'cancelled'],
  'in-progress': ['assigned', 'waiting-requester', 'waiting-vendor', 'resolved', 'cancelled'],
  'waiting-requester': ['in-progress', 'resolved', 'cancelled'],
  'waiting-vendor': ['in-progress', 'resolved', 'cancelled'],
  'resolved': ['closed', 'in-progress'],
  'closed': ['in-progress'],
  'cancelled': [],
};

/** A status change the machine does not allow. */
export class InvalidTransitionError extends Error {
  readonly code = 'invalid-transition';

  constructor(readonly from: TicketStatus, readonly to: TicketStatus, reason?: string) {
    super(`ticket cannot go from "${from}" to "${to}"${reason ? `: ${reason}` : ''}`);
    this.name = 'InvalidTransitionError';
  }
}

export function isTicketStatus(value: unknown): value is TicketStatus {
  return typeof value === 'string' && (TICKET_STATUSES as readonly string[]).includes(value);
}

/** Open = still needs work (not resolved, closed or cancelled). */
export function isOpen(status: TicketStatus): boolean {
  return OPEN_STATUSES.has(status);
}

/**
 * Whether the SLA resolution clock stops in this status: waiting for the requester always;
 * waiting for the vendor only where the contract says so (`vendorPausesSla`, default true).
 */
export function isPaused(status: TicketStatus, options: { vendorPausesSla?: boolean } = {}): boolean {
  if (status === 'waiting-requester') return true;
  return status === 'waiting-vendor' && (options.vendorPausesSla ?? true);
}

/** The statuses reachable from `from` by the structure alone (closed → in-progress still needs the window). */
export function nextStatuses(from: TicketStatus): readonly TicketStatus[] {
  return NEXT[from];
}

export function canTransition(from: TicketStatus, to: TicketStatus, context?: TransitionContext): boolean {
  return refusal(from, to, context) === null;
}

/** Returns `to` when the change is allowed. @throws InvalidTransitionError otherwise. */
export function transition(from: TicketStatus, to: TicketStatus, context?: TransitionContext): TicketStatus {
  const reason = refusal(from, to, context);
  if (reason !== null) throw new InvalidTransitionError(from, to, reason);
  return to;
}

function refusal(from: TicketStatus, to: TicketStatus, context?: TransitionContext): string | null {
  if (!NEXT[from].includes(to)) return 'not a transition of the ticket lifecycle';
  if (from !== 'closed') return null;
  if (!context?.reopenUntil) return 'reopening a closed ticket needs the reopen window';
  if (context.now.getTime() > context.reopenUntil.getTime()) return 'the reopen window has passed';
  return null;
}
