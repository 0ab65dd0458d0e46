import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { Ticket } from '../../domain/tickets/ticket.js';
import { isOpen } from '../../domain/tickets/ticket-lifecycle.js';
import type { Clock } from '../../services/ports.js';
import type { Op } from '../../store/json-store.js';
import { contractOn, priceOf } from './contract-rules.js';
import type { Contract } from '../../config/contract-schema.js';
import { applyTaskCommand, VendorTaskError } from './vendor-task-rules.js';
import { isOpenTask, OIT_COMMANDS, VENDOR_COMMANDS, type VendorTask, type VendorTaskCommand } from './vendor-task.js';
import type { VendorCalendars } from './vendor-month.js';
import type { VendorPeople } from './vendor-people.js';
import type { VendorRepository } from './vendor-repository.js';
import type { PendingCorrection } from './statement.js';
import { pricedLine } from './statement-builder.js';

/** What the vendor capability needs of the ticket workflow (wired in the capability's wiring). */
export interface TicketPort {
  get(ticketId: string): Ticket | undefined;
  /** Resolves the ticket as `actorId` with the vendor's work report; false when it could not (not open, not allowed). */
  resolve(ticketId: string, actorId: string, note: string): Promise<boolean>;
  /** Names the vendor whose queue the ticket's on-site work is in now; false when it could not (not open, not allowed). */
  setVendor(ticketId: string, actorId: string, vendor: string, note: string): Promise<boolean>;
}

/** Told after every durable change of a task (cards updated in place, people told). */
export interface VendorTaskListener {
  taskChanged(previous: VendorTask | null, task: VendorTask, command: VendorTaskCommand | null): Promise<void>;
}

export type TaskOutcome =
  | { kind: 'done'; task: VendorTask }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'stale'; task: VendorTask }
  | { kind: 'invalid'; task: VendorTask; code: VendorTaskError['code'] }
  | { kind: 'no-contract' };

/** Moving work to another vendor is refused while the current vendor's work report waits for OIT, or once the ticket is not open. */
export type MoveOutcome = TaskOutcome | { kind: 'refused'; reason: 'work-done' | 'not-open' | 'same' };

export interface VendorTaskDeps {
  repo: VendorRepository;
  tickets: TicketPort;
  people: VendorPeople;
  calendars: VendorCalendars;
  config: DomainConfig;
  clock: Clock;
  logger: Logger;
}

/**
 * The vendors' tasks: a ticket routed to a district vendor becomes a task under the contract in
 * force that day; the vendor's technicians accept, arrive, finish with a work report or give it
 * back to OIT; the OIT team that gave it accepts the work (billable, and the ticket is resolved)
 * or returns it. Who may do what is decided here from the actor's id and config, never from the card.
 */
export class VendorTaskService {
  private readonly listeners: VendorTaskListener[] = [];

  constructor(private readonly deps: VendorTaskDeps) {}

  subscribe(listener: VendorTaskListener): void {
    this.listeners.push(listener);
  }

  /** The task a user may see: the vendor's technicians, the deciding OIT team, the head of OIT. */
  visibleTo(taskId: string, userId: string): VendorTask | undefined {
    const task = this.deps.repo.task(taskId);
    return task && (this.deps.people.works(userId, task) || this.deps.people.decides(userId, task)) ? task : undefined;
  }

  /** The latest task of a ticket, if the user may see it. */
  latestVisible(ticketId: string, userId: string): VendorTask | undefined {
    const task = this.deps.repo.latestOf(ticketId);
    return task ? this.visibleTo(task.id, userId) : undefined;
  }

  /** The open tasks of the user's vendors, most urgent first. */
  tasksOf(userId: string): VendorTask[] {
    const vendors = new Set(this.deps.people.technicianOf(userId));
    if (vendors.size === 0) return [];
    return [...vendors].flatMap((v) => this.deps.repo.openOf(v))
      .sort((a, b) => a.priority.localeCompare(b.priority) || a.assignedAt.localeCompare(b.assignedAt));
  }

  contractOf(task: Pick<VendorTask, 'contractId'>): Contract | undefined {
    return this.deps.config.contracts.list.find((c) => c.id === task.contractId);
  }

  /** Gives a ticket's on-site work to the vendor of a district under the contract in force that day; null when none is. */
  async assign(ticket: Ticket, vendor: string, district: string, at: Date, actor: string): Promise<VendorTask | null> {
    const contract = contractOn(this.deps.config.contracts, vendor, district, this.deps.calendars.dateOf(at));
    if (!contract) {
      this.deps.logger.warn({ ticket: ticket.id, vendor, district }, 'no vendor contract in force: the task stays with OIT');
      return null;
    }
    const n = this.deps.repo.tasksOfTicket(ticket.id) + 1;
    const task: VendorTask = {
      id: `${ticket.id}/${n}`, ticketId: ticket.id, vendor, district, organisation: ticket.organisation, category: ticket.category, title: ticket.title,
      priority: ticket.priority, team: ticket.team, contractId: contract.id, status: 'assigned', version: 1,
      assignedAt: at.toISOString(), technician: null, history: [{ at: at.toISOString(), actor, action: 'assigned' }],
    };
    await this.deps.repo.saveTask(task);
    this.deps.logger.info({ task: task.id, vendor, district, contract: contract.id }, 'vendor task assigned');
    await this.tell(null, task, null);
    return task;
  }

  /**
   * OIT moves a ticket's on-site work to another district's vendor: the ticket names the new vendor,
   * the current task is withdrawn (never billed: the contract pays per task OIT accepted, and the
   * vendor finished nothing), a new task is assigned under the new vendor's contract of today.
   * Refused while the current vendor's work report waits for OIT (accept it or return it first).
   * Each step is repeatable, so a move cut short (a crash) is finished by moving again.
   */
  async move(ticketId: string, vendor: string, district: string, actorId: string): Promise<MoveOutcome> {
    const ticket = this.deps.tickets.get(ticketId);
    const current = this.deps.repo.latestOf(ticketId);
    if (!ticket) return { kind: 'not-found' };
    if (!this.deps.people.decides(actorId, { team: ticket.team }) || this.deps.people.isVendorStaff(actorId)) return { kind: 'forbidden' };
    if (!contractOn(this.deps.config.contracts, vendor, district, this.deps.calendars.dateOf(this.deps.clock.now()))) return { kind: 'no-contract' };
    if (!isOpen(ticket.status)) return { kind: 'refused', reason: 'not-open' };
    if (current?.status === 'done') return { kind: 'refused', reason: 'work-done' };
    const open = current && isOpenTask(current.status);
    if (open && current.vendor === vendor && current.district === district) return { kind: 'refused', reason: 'same' };
    const note = `→ ${this.deps.people.vendorName(vendor)}`;
    if (ticket.vendor !== vendor && !(await this.deps.tickets.setVendor(ticketId, actorId, vendor, note))) return { kind: 'refused', reason: 'not-open' };
    if (open) await this.run(current, actorId, { kind: 'withdraw', reason: note, movedTo: vendor });
    const task = await this.assign(this.deps.tickets.get(ticketId) ?? ticket, vendor, district, this.deps.clock.now(), actorId);
    return task ? { kind: 'done', task } : { kind: 'no-contract' };
  }

  async act(taskId: string, actorId: string, command: VendorTaskCommand, expectedVersion?: number): Promise<TaskOutcome> {
    const task = this.deps.repo.task(taskId);
    if (!task) return { kind: 'not-found' };
    const vendorSide = VENDOR_COMMANDS.has(command.kind) && this.deps.people.works(actorId, task);
    const oitSide = OIT_COMMANDS.has(command.kind) && this.deps.people.decides(actorId, task) && !this.deps.people.isVendorStaff(actorId);
    if (!vendorSide && !oitSide) {
      this.deps.logger.warn({ task: taskId, userId: actorId, command: command.kind }, 'vendor task action refused: not allowed');
      return { kind: 'forbidden' };
    }
    if (expectedVersion !== undefined && expectedVersion !== task.version) return { kind: 'stale', task };
    return this.run(task, actorId, command);
  }

  /** A ticket reopened after OIT accepted its vendor's work: the task goes back to the vendor; if a statement billed it, a correction credits it. */
  async reopened(ticketId: string, actorId: string, reason: string): Promise<void> {
    const task = this.deps.repo.latestOf(ticketId);
    if (!task || task.status !== 'approved') return;
    await this.run(task, actorId, { kind: 'reopen', reason }, task.billedIn ? this.creditFor(task, reason) : []);
  }

  /** A ticket cancelled (or resolved by OIT itself) while its vendor task was still being worked: withdrawn, never billed. */
  async withdrawn(ticketId: string, actorId: string, reason: string): Promise<void> {
    const task = this.deps.repo.latestOf(ticketId);
    if (!task || !isOpenTask(task.status) || task.status === 'done') return;
    await this.run(task, actorId, { kind: 'withdraw', reason });
  }

  /** The correction crediting what an approved statement billed for the task, and its counter: written with the reopen. */
  private creditFor(task: VendorTask, reason: string): Op[] {
    const statement = this.deps.repo.statement(task.billedIn!);
    const line = statement?.lines.find((l) => l.taskId === task.id);
    const billed = line ? line.price - line.penalty : priceOf(this.contractOf(task)!, task.report?.taskType ?? '') ?? 0;
    const { id, op } = this.deps.repo.nextId('vendor-correction');
    const correction: PendingCorrection = {
      id: `OPR-${id}`, kind: 'reopen', ticketId: task.ticketId, refersTo: task.billedIn!, note: reason, amount: -billed,
      createdAt: this.deps.clock.now().toISOString(), vendor: task.vendor, district: task.district,
    };
    return [op, this.deps.repo.correctionOp(correction)];
  }

  private async run(task: VendorTask, actorId: string, command: VendorTaskCommand, extra: Op[] = []): Promise<TaskOutcome> {
    let next: VendorTask;
    try {
      const contract = this.contractOf(task);
      next = applyTaskCommand(task, command, actorId, this.deps.clock.now(), Object.keys(contract?.prices ?? {}));
      if (next.status === 'approved' && contract) next.line = pricedLine(next, contract, this.deps.calendars.of(contract));
    } catch (err) {
      if (!(err instanceof VendorTaskError)) throw err;
      return { kind: 'invalid', task, code: err.code };
    }
    await this.deps.repo.saveTask(next, extra);
    this.deps.logger.info({ task: task.id, userId: actorId, action: command.kind, status: next.status, version: next.version }, 'vendor task changed');
    if (command.kind === 'approve') await this.resolveTicket(next, actorId);
    await this.tell(task, next, command);
    return { kind: 'done', task: next };
  }

  private async resolveTicket(task: VendorTask, actorId: string): Promise<void> {
    const note = `${this.deps.people.vendorName(task.vendor)}: ${task.report?.note ?? ''}`;
    const resolved = await this.deps.tickets.resolve(task.ticketId, actorId, note).catch(() => false);
    if (!resolved) this.deps.logger.info({ task: task.id, ticket: task.ticketId }, 'work accepted; the ticket was not resolved by it (not open or not allowed)');
  }

  private async tell(previous: VendorTask | null, task: VendorTask, command: VendorTaskCommand | null): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener.taskChanged(previous, task, command);
      } catch (err) {
        this.deps.logger.warn({ task: task.id, err: (err as Error).message }, 'vendor task listener failed');
      }
    }
  }
}
