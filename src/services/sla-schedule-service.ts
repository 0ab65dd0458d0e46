import type { DomainConfig } from '../config/domain-schema.js';
import { SlaClock, type SlaInputs } from '../domain/sla/sla-clock.js';
import { slaEvents } from '../domain/sla/sla-events.js';
import { isOpen } from '../domain/tickets/ticket-lifecycle.js';
import type { Ticket } from '../domain/tickets/ticket.js';
import type { SlaDeadlines } from '../domain/sla/sla-deadlines.js';
import type { ScheduledEvent, SlaEventStorePort, StoreOp } from './store-ports.js';
import type { SlaCalendars } from './sla-calendars.js';


type SlaConfig = Pick<DomainConfig, 'sla' | 'escalation'>;

const RECENT_CLOCKS = 256;

/**
 * A ticket's SLA on its requester organisation's business calendar (24x7 where the priority says
 * so): deadlines, and the events the scheduler fires (warnings, breaches, the head-of-OIT
 * escalation, auto-close after resolution). Recomputed from the ticket on every change.
 */
export class SlaScheduleService {
  /**
   * The clocks of the tickets seen last, by id and version (every change bumps the version): a
   * create-ticket turn asks three times (the events written with the ticket, the requester's card,
   * the channel's card) and computes it once.
   */
  private readonly clocks = new Map<string, SlaClock>();

  constructor(private readonly config: SlaConfig, private readonly calendars: SlaCalendars, private readonly events: SlaEventStorePort) {}

  clockFor(ticket: Ticket): SlaClock {
    const key = `${ticket.id}@${ticket.version}@${ticket.updatedAt}`;
    const known = this.clocks.get(key);
    if (known) return known;
    const clock = new SlaClock(this.inputs(ticket), { warnAtPercent: this.config.sla.warnAtPercent });
    if (this.clocks.size >= RECENT_CLOCKS) this.clocks.delete(this.clocks.keys().next().value!);
    this.clocks.set(key, clock);
    return clock;
  }

  deadlines(ticket: Ticket): SlaDeadlines {
    const clock = this.clockFor(ticket);
    return { responseDue: clock.respondedAt ? null : clock.responseDue, resolutionDue: clock.resolutionDue, paused: clock.isPaused(new Date(ticket.updatedAt)) };
  }

  /** What the scheduler must do for the ticket as it is now. */
  eventsFor(ticket: Ticket): ScheduledEvent[] {
    if (ticket.status === 'resolved' && ticket.resolvedAt) return [this.autoClose(ticket)];
    if (!isOpen(ticket.status)) return [];
    const clock = this.clockFor(ticket);
    const out: ScheduledEvent[] = slaEvents(clock).map((e) => ({ kind: e.kind, at: e.at.toISOString() }));
    if (clock.resolutionDue) {
      const calendar = clock.target.calendar === '24x7' ? this.calendars.alwaysOpen : this.calendars.of(ticket.organisation);
      const extra = (clock.resolutionBudgetMinutes * this.config.escalation.headAfterBreachPercent) / 100;
      out.push({ kind: 'escalation-head', at: calendar.addBusinessMinutes(clock.resolutionDue, extra).toISOString() });
    }
    return out;
  }

  /** The store operations that replace the ticket's events (to commit together with the ticket). */
  opsFor(ticket: Ticket): StoreOp[] {
    return this.events.replaceOps(ticket.id, this.eventsFor(ticket), isOpen(ticket.status) || ticket.status === 'resolved');
  }

  private autoClose(ticket: Ticket): ScheduledEvent {
    const calendar = this.calendars.of(ticket.organisation);
    const minutes = this.config.sla.autoCloseBusinessDays * calendar.businessDayMinutes;
    return { kind: 'auto-close', at: calendar.addBusinessMinutes(new Date(ticket.resolvedAt!), minutes).toISOString() };
  }

  private inputs(ticket: Ticket): SlaInputs {
    const targets = this.config.sla.priorities;
    const changes = ticket.priorityChanges ?? [];
    const original = changes[0]?.from ?? ticket.priority;
    return {
      createdAt: new Date(ticket.createdAt),
      priority: original,
      target: targets[original],
      calendar: this.calendars.of(ticket.organisation),
      pauses: (ticket.pauses ?? []).map((p) => ({ from: new Date(p.from), ...(p.to ? { to: new Date(p.to) } : {}) })),
      ...(ticket.respondedAt ? { respondedAt: new Date(ticket.respondedAt) } : {}),
      ...(ticket.resolvedAt ? { resolvedAt: new Date(ticket.resolvedAt) } : {}),
      priorityChanges: changes.map((c) => ({ at: new Date(c.at), priority: c.priority, target: targets[c.priority] })),
    };
  }
}
