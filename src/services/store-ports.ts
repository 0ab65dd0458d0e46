import type { AccountAction } from '../domain/accounts/account-action.js';
import type { AccountAuditEntry } from '../domain/accounts/account-audit.js';
import type { RotaOverride } from '../domain/oncall/rota-override.js';
import type { SwapProposal } from '../domain/oncall/swap-proposal.js';
import type { Page } from '../domain/paging/page.js';
import type { Ticket } from '../domain/tickets/ticket.js';
import type { TicketSummary } from '../domain/tickets/ticket-summary.js';

/**
 * The store's side of the use cases: the repositories the services need, as ports. store/
 * implements them (its repositories match these shapes; compose.ts and the capability modules
 * hand them in), so that services never depend on the store's classes.
 */

/** One change of a durable commit (a value put, or a key deleted), committed together with others. */
export type StoreOp = { c: string; k: string; v: unknown } | { c: string; k: string; d: true };

export interface TicketStorePort {
  get(id: string): Ticket | undefined;
  listByRequester(requesterId: string, limit?: number): TicketSummary[];
  countByRequester(requesterId: string): number;
  /** The new ticket at once, and `saved`, fulfilled once it (with `extraOps`) is on disk. */
  begin(year: number, build: (n: number) => Ticket, extraOps?: (ticket: Ticket) => StoreOp[]): { ticket: Ticket; saved: Promise<void> };
  save(ticket: Ticket, extra?: StoreOp[]): Promise<void>;
  findOpen(match: (ticket: Readonly<Ticket>) => boolean, limit?: number): Ticket[];
}

export type ScheduledEventKind =
  | 'response-warning' | 'response-breach' | 'resolution-warning' | 'resolution-breach' | 'escalation-head' | 'auto-close';

/** An instant at which the scheduler acts on a ticket. */
export interface ScheduledEvent {
  kind: ScheduledEventKind;
  /** ISO instant. */
  at: string;
}

/** A due event of one ticket; `key` = ticket + kind + instant, the identity that fires once. */
export interface DueEvent extends ScheduledEvent {
  ticketId: string;
  key: string;
}

export interface SlaEventStorePort {
  /** The operations that replace the ticket's pending events (committed with the ticket). */
  replaceOps(ticketId: string, pending: readonly ScheduledEvent[], keepHistory?: boolean): StoreOp[];
}

/** An account action offered on a confirmation card, waiting for its one click. */
export interface PendingAccountAction {
  id: string;
  requesterId: string;
  targetId: string;
  action: AccountAction;
  createdAt: string;
  expiresAt: string;
}

export interface AccountConfirmationStorePort {
  add(pending: PendingAccountAction, now: Date): Promise<void>;
  waitingFor(requesterId: string, now: Date): string[];
  /** Removes and returns the entry: a card acts once. */
  take(id: string, requesterId: string, now: Date): Promise<PendingAccountAction | undefined>;
}

export interface RateLimitStorePort {
  recent(key: string, now: Date): string[];
  record(keys: readonly string[], now: Date): Promise<void>;
}

export interface AuditLogStorePort {
  /** Durable before it resolves. */
  append(entry: Omit<AccountAuditEntry, 'id'>): Promise<AccountAuditEntry>;
}

export interface RotaStorePort {
  overrides(): RotaOverride[];
  nextSeq(): number;
  addOverride(override: RotaOverride): Promise<void>;
  getSwap(id: string): SwapProposal | undefined;
  pendingFor(otherId: string): SwapProposal[];
  saveSwap(swap: SwapProposal): Promise<void>;
  decideSwap(swap: SwapProposal, overrides: readonly RotaOverride[]): Promise<void>;
}

export interface PageStorePort {
  get(id: string): Page | undefined;
  create(year: number, build: (id: string) => Page): { page: Page; durable: Promise<void> };
  save(page: Page): Promise<void>;
  activeByAlertKey(key: string): Page | undefined;
  activeByTicket(ticketId: string): Page | undefined;
  due(now: Date): Page[];
  /** Pages whose current step was started but its delivery never recorded (a crash between the two). */
  undelivered(): Page[];
  openedBetween(from: Date, to: Date): Page[];
}

/** Counters for reports (self-help deflections). */
export interface StatsPort {
  increment(key: string): void;
}

/**
 * The store refused a write (a full or broken disk): what was not written is not kept, and the
 * user is told. Recognised by name, as the store names it (`StoreUnavailableError`).
 */
export function isStoreUnavailable(err: unknown): err is Error {
  return err instanceof Error && err.name === 'StoreUnavailableError';
}
