import type { SlaClock } from './sla-clock.js';

export type SlaEventKind = 'response-warning' | 'response-breach' | 'resolution-warning' | 'resolution-breach';

/** An instant at which the scheduler must act on a ticket's SLA. */
export interface SlaEvent {
  readonly kind: SlaEventKind;
  readonly at: Date;
}

const ORDER: readonly SlaEventKind[] = ['response-warning', 'response-breach', 'resolution-warning', 'resolution-breach'];

/**
 * The warning and breach instants of the clocks still running, sorted by time. Instants in the
 * past are included (the scheduler fires them at once; key them by ticket + kind + at to stay
 * idempotent). A clock that has stopped (responded / resolved) has no events; a resolution clock
 * that is paused has no breach event until it runs again. Recompute after every change of
 * status, priority or response, and replace the ticket's stored events.
 */
export function slaEvents(clock: SlaClock): SlaEvent[] {
  const events: SlaEvent[] = [];
  const add = (kind: SlaEventKind, at: Date | null): void => {
    if (at) events.push({ kind, at });
  };
  if (!clock.respondedAt) {
    add('response-warning', clock.responseWarnAt);
    add('response-breach', clock.responseDue);
  }
  if (!clock.resolvedAt) {
    add('resolution-warning', clock.resolutionWarnAt);
    add('resolution-breach', clock.resolutionDue);
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
