import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import { applyCommand } from '../domain/tickets/ticket-change.js';
import { mayRun, TicketCommandError, type TicketActor, type TicketCommand } from '../domain/tickets/ticket-command.js';
import { InvalidTransitionError } from '../domain/tickets/ticket-lifecycle.js';
import type { Ticket, TicketEvent } from '../domain/tickets/ticket.js';
import type { StoreOp, TicketStorePort } from './store-ports.js';
import type { Clock } from './ports.js';
import type { SlaCalendars } from './sla-calendars.js';
import type { SlaScheduleService } from './sla-schedule-service.js';
import { TicketPeople, nextTierOf } from './ticket-people.js';

/** A change that happened: what the ticket was, what it is, and its history entry. `previous` is null for a new ticket. */
export interface TicketChange {
  previous: Ticket | null;
  ticket: Ticket;
  event: TicketEvent;
}

/** Told after every durable change (channel card, requester message…); failures are logged, never undo the change. */
export interface TicketChangeListener {
  changed(change: TicketChange): Promise<void>;
}

export type WorkflowOutcome =
  | { kind: 'done'; ticket: Ticket; event: TicketEvent }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'stale'; ticket: Ticket }
  | { kind: 'invalid'; ticket: Ticket; reason: string }
  | { kind: 'too-soon'; ticket: Ticket; nextAt: Date };

export interface TicketWorkflowDeps {
  tickets: TicketStorePort;
  sla: SlaScheduleService;
  calendars: SlaCalendars;
  config: DomainConfig;
  clock: Clock;
  logger: Logger;
  listeners: readonly TicketChangeListener[];
}

/**
 * Changes tickets: authorisation (technicians act on tickets; requesters only on their own, and
 * only comment, cancel, reopen, rate, expedite), stale-version refusal, the lifecycle, history,
 * version bump, SLA events replaced in the same durable write, archive on close.
 * Read → check → write runs without an await in between, so two clicks can never both act.
 */
export class TicketWorkflowService {
  readonly people: TicketPeople;
  private readonly listeners: TicketChangeListener[];
  private readonly teams: ReadonlySet<string>;
  private readonly projections: ((ticket: Ticket) => StoreOp[])[] = [];

  constructor(private readonly deps: TicketWorkflowDeps) {
    this.people = new TicketPeople(deps.config);
    this.listeners = [...deps.listeners];
    this.teams = new Set(deps.config.oit.teams.map((t) => t.id));
  }

  /**
   * A projection kept in step with the tickets (the reports' facts): its operations for a ticket are
   * written in the same durable commit as every change of it, and of a new one.
   */
  project(opsFor: (ticket: Ticket) => StoreOp[]): void {
    this.projections.push(opsFor);
  }

  /** A feature built after the workflow (paging) listens too. */
  subscribe(listener: TicketChangeListener): void {
    this.listeners.push(listener);
  }

  get(id: string): Ticket | undefined {
    return this.deps.tickets.get(id);
  }

  /** A ticket a user may see: technicians see all, the head of OIT all, a team lead their teams', requesters their own. */
  visibleTo(id: string, userId: string): Ticket | undefined {
    const ticket = this.deps.tickets.get(id);
    const may = ticket && (this.people.isTechnician(userId, ticket) || this.people.oversees(userId, ticket) || ticket.requester.id === userId);
    return may ? ticket : undefined;
  }

  async act(ticketId: string, actorId: string, command: TicketCommand, expectedVersion?: number): Promise<WorkflowOutcome> {
    const ticket = this.deps.tickets.get(ticketId);
    if (!ticket) return { kind: 'not-found' };
    const actor = this.people.actorOn(ticket, actorId);
    return this.run(ticket, actor, command, expectedVersion);
  }

  /** The scheduler's own changes (auto-close, functional escalation on breach). */
  async actAsSystem(ticketId: string, command: TicketCommand): Promise<WorkflowOutcome> {
    const ticket = this.deps.tickets.get(ticketId);
    if (!ticket) return { kind: 'not-found' };
    return this.run(ticket, { id: 'system', technician: false, requester: false, system: true }, command, undefined);
  }

  /** The SLA events (and projections) of a ticket being created, written in the same durable commit as the ticket. */
  opsForNew(ticket: Ticket): StoreOp[] {
    return this.opsFor(ticket);
  }

  private opsFor(ticket: Ticket): StoreOp[] {
    return [...this.deps.sla.opsFor(ticket), ...this.projections.flatMap((project) => project(ticket))];
  }

  /** A ticket just created (TicketService): tell the listeners (the team channel card). */
  async created(ticket: Ticket): Promise<void> {
    await this.tell({ previous: null, ticket, event: ticket.history[ticket.history.length - 1]! });
  }

  private async run(ticket: Ticket, actor: TicketActor, command: TicketCommand, expectedVersion: number | undefined): Promise<WorkflowOutcome> {
    if (!mayRun(actor, command.kind)) {
      this.deps.logger.warn({ ticket: ticket.id, userId: actor.id, command: command.kind }, 'ticket action refused: not allowed');
      return { kind: 'forbidden' };
    }
    if (expectedVersion !== undefined && expectedVersion !== ticket.version) return { kind: 'stale', ticket };
    const now = this.deps.clock.now();
    const early = this.tooSoon(ticket, command, now);
    if (early) return { kind: 'too-soon', ticket, nextAt: early };
    let result: { ticket: Ticket; event: TicketEvent };
    try {
      result = applyCommand(ticket, command, actor, { now, reopenUntil: this.reopenUntil(ticket), nextTier: nextTierOf(this.deps.config, ticket.team), teams: this.teams });
    } catch (err) {
      if (!(err instanceof InvalidTransitionError || err instanceof TicketCommandError)) throw err;
      return { kind: 'invalid', ticket, reason: err.message };
    }
    await this.deps.tickets.save(result.ticket, this.opsFor(result.ticket));
    this.deps.logger.info({ ticket: ticket.id, userId: actor.id, action: result.event.action, from: result.event.from, to: result.event.to, version: result.ticket.version }, 'ticket changed');
    await this.tell({ previous: ticket, ticket: result.ticket, event: result.event });
    return { kind: 'done', ...result };
  }

  private tooSoon(ticket: Ticket, command: TicketCommand, now: Date): Date | null {
    if (command.kind !== 'expedite' || !ticket.lastExpediteAt) return null;
    const next = new Date(new Date(ticket.lastExpediteAt).getTime() + this.deps.config.escalation.expediteIntervalMinutes * 60_000);
    return next.getTime() > now.getTime() ? next : null;
  }

  private reopenUntil(ticket: Ticket): Date | undefined {
    if (!ticket.closedAt) return undefined;
    const calendar = this.deps.calendars.of(ticket.organisation);
    return calendar.addBusinessMinutes(new Date(ticket.closedAt), this.deps.config.sla.reopenBusinessDays * calendar.businessDayMinutes);
  }

  private async tell(change: TicketChange): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener.changed(change);
      } catch (err) {
        this.deps.logger.warn({ ticket: change.ticket.id, err: (err as Error).message }, 'ticket change listener failed');
      }
    }
  }
}
