import { describe, expect, it } from 'vitest';
import {
  canTransition, InvalidTransitionError, isOpen, isPaused, isTicketStatus, nextStatuses, TICKET_STATUSES, transition,
  type TicketStatus,
} from '../../../src/domain/tickets/ticket-lifecycle.js';

/** Every allowed (from → to); everything else must be refused. */
const ALLOWED: Record<TicketStatus, TicketStatus[]> = {
  'new': ['assigned', 'in-progress', 'resolved', 'cancelled'],
  'assigned': ['in-progress', 'resolved', 'cancelled'],
  'in-progress': ['assigned', 'waiting-requester', 'waiting-vendor', 'resolved', 'cancelled'],
  'waiting-requester': ['in-progress', 'resolved', 'cancelled'],
  'waiting-vendor': ['in-progress', 'resolved', 'cancelled'],
  'resolved': ['closed', 'in-progress'],
  'closed': ['in-progress'],
  'cancelled': [],
};
const window = { now: new Date('2026-03-10T10:00:00Z'), reopenUntil: new Date('2026-03-12T14:30:00Z') };
const pairs = TICKET_STATUSES.flatMap((from) => TICKET_STATUSES.map((to) => [from, to, ALLOWED[from].includes(to)] as const));

describe('ticket lifecycle', () => {
  it.each(pairs)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to, window)).toBe(allowed);
    if (allowed) expect(transition(from, to, window)).toBe(to);
    else expect(() => transition(from, to, window)).toThrow(InvalidTransitionError);
  });

  it('nextStatuses lists the structural transitions', () => {
    for (const status of TICKET_STATUSES) expect([...nextStatuses(status)].sort()).toEqual([...ALLOWED[status]].sort());
  });

  it('a closed ticket reopens only within the window, and only with one', () => {
    expect(canTransition('closed', 'in-progress')).toBe(false);
    expect(canTransition('closed', 'in-progress', { now: window.reopenUntil, reopenUntil: window.reopenUntil })).toBe(true);
    const late = { now: new Date('2026-03-12T14:30:00.001Z'), reopenUntil: window.reopenUntil };
    expect(canTransition('closed', 'in-progress', late)).toBe(false);
    expect(() => transition('closed', 'in-progress', late)).toThrow(/reopen window has passed/);
    expect(canTransition('resolved', 'in-progress')).toBe(true);
  });

  it('the error carries a code and both statuses', () => {
    try {
      transition('cancelled', 'in-progress');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidTransitionError);
      expect(error).toMatchObject({ code: 'invalid-transition', from: 'cancelled', to: 'in-progress', name: 'InvalidTransitionError' });
    }
  });

  it.each([
    ['new', true, false], ['assigned', true, false], ['in-progress', true, false],
    ['waiting-requester', true, true], ['waiting-vendor', true, true],
    ['resolved', false, false], ['closed', false, false], ['cancelled', false, false],
  ] as const)('%s: open %s, paused %s', (status, open, paused) => {
    expect(isOpen(status)).toBe(open);
    expect(isPaused(status)).toBe(paused);
  });

  it('waiting for the vendor pauses only where the contract says so', () => {
    expect(isPaused('waiting-vendor', { vendorPausesSla: false })).toBe(false);
    expect(isPaused('waiting-requester', { vendorPausesSla: false })).toBe(true);
  });

  it('isTicketStatus guards unknown strings', () => {
    expect(isTicketStatus('waiting-vendor')).toBe(true);
    expect(isTicketStatus('open')).toBe(false);
    expect(isTicketStatus(3)).toBe(false);
  });
});
