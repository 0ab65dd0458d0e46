import { isOpen, isPaused, transition, type TicketStatus } from './ticket-lifecycle.js';
import type { Ticket, TicketEvent } from './ticket.js';
import { TicketCommandError, type TicketActor, type TicketCommand } from './ticket-command.js';

/** What a change needs to know beyond the ticket and the command. */
export interface ChangeContext {
  now: Date;
  /** For reopening a closed ticket: the last instant it may be reopened. */
  reopenUntil?: Date;
  /** For functional escalation: the team of the next tier, if any. */
  nextTier?: string | null;
  /** The configured team ids: a ticket is reassigned only to one of them. */
  teams: ReadonlySet<string>;
}

/** A comment's length; a longer text is cut here. */
export const MAX_COMMENT = 2000;
const MAX_MINUTES = 100_000;

/**
 * Applies a command to a copy of the ticket: new status through the lifecycle, one history entry
 * (actor, time, from → to, comment), version + 1, SLA facts (response, pauses, resolution).
 * @throws InvalidTransitionError or TicketCommandError when the command does not fit.
 */
export function applyCommand(ticket: Ticket, command: TicketCommand, actor: TicketActor, ctx: ChangeContext): { ticket: Ticket; event: TicketEvent } {
  const next = structuredClone(ticket);
  const at = ctx.now.toISOString();
  const event = changeOf(next, command, actor, ctx);
  const entry: TicketEvent = { at, actor: actor.system ? 'system' : actor.id, ...event };
  if (entry.to && entry.to !== ticket.status) setStatus(next, entry.to, ctx.now);
  if (actor.technician && !actor.system && !next.respondedAt && command.kind !== 'priority') next.respondedAt = at;
  next.history.push(entry);
  next.version = ticket.version + 1;
  next.updatedAt = at;
  return { ticket: next, event: entry };
}

type Partial = Omit<TicketEvent, 'at' | 'actor'>;

function changeOf(t: Ticket, c: TicketCommand, actor: TicketActor, ctx: ChangeContext): Partial {
  switch (c.kind) {
    case 'take': return take(t, actor);
    case 'status': {
      if (c.to === 'resolved' || c.to === 'cancelled') throw new TicketCommandError('use resolve or cancel');
      return { action: 'status', ...move(t, c.to, ctx), ...note(c.comment) };
    }
    case 'comment': return { action: 'comment', ...note(required(c.text)) };
    case 'resolve': return resolve(t, c.note, c.minutes, actor, ctx);
    case 'escalate': return escalate(t, ctx, c.comment);
    case 'reassign': return reassign(t, c.team, c.assignee, ctx.teams);
    case 'vendor': return vendor(t, c.vendor, c.comment);
    case 'priority': return priority(t, c.priority, ctx);
    case 'cancel': return { action: 'cancelled', ...move(t, 'cancelled', ctx), ...note(c.comment) };
    case 'reopen': return { action: 'reopened', ...move(t, 'in-progress', ctx), ...note(c.comment) };
    case 'rate': return rate(t, c.rating, ctx);
    case 'expedite': return expedite(t, ctx);
    case 'close': return { action: 'closed', ...move(t, 'closed', ctx) };
  }
}

function move(t: Ticket, to: TicketStatus, ctx: ChangeContext): { from: TicketStatus; to: TicketStatus } {
  return { from: t.status, to: transition(t.status, to, { now: ctx.now, ...(ctx.reopenUntil ? { reopenUntil: ctx.reopenUntil } : {}) }) };
}

function take(t: Ticket, actor: TicketActor): Partial {
  if (!isOpen(t.status)) throw new TicketCommandError('ticket is not open');
  if (t.assignee === actor.id && t.status !== 'new' && t.status !== 'assigned') throw new TicketCommandError('already yours');
  t.assignee = actor.id;
  const to = t.status === 'new' || t.status === 'assigned' ? 'in-progress' : t.status;
  return { action: 'taken', from: t.status, to, assignee: actor.id };
}

function resolve(t: Ticket, text: string, minutes: number, actor: TicketActor, ctx: ChangeContext): Partial {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_MINUTES) throw new TicketCommandError('minutes worked must be a whole number');
  const solution = required(text);
  const status = move(t, 'resolved', ctx);
  t.resolution = { note: solution, minutes, by: actor.id, at: ctx.now.toISOString() };
  return { action: 'resolved', ...status, comment: solution, minutes };
}

function escalate(t: Ticket, ctx: ChangeContext, comment?: string): Partial {
  if (!isOpen(t.status)) throw new TicketCommandError('ticket is not open');
  if (!ctx.nextTier) throw new TicketCommandError('no next tier for this team');
  t.team = ctx.nextTier;
  t.assignee = null;
  return { action: 'escalated', from: t.status, to: handedOver(t.status, false), team: ctx.nextTier, assignee: null, ...note(comment) };
}

function reassign(t: Ticket, team: string | undefined, assignee: string | null | undefined, teams: ReadonlySet<string>): Partial {
  if (!isOpen(t.status)) throw new TicketCommandError('ticket is not open');
  if (team === undefined && assignee === undefined) throw new TicketCommandError('nothing to reassign');
  // a team the config does not have would take the ticket out of every queue
  if (team !== undefined && !teams.has(team)) throw new TicketCommandError('unknown team');
  if (team !== undefined) t.team = team;
  if (assignee !== undefined) t.assignee = assignee;
  else if (team !== undefined) t.assignee = null;
  return { action: 'reassigned', from: t.status, to: handedOver(t.status, t.assignee !== null), team: t.team, assignee: t.assignee };
}

/** The vendor whose queue the ticket's on-site work is in (the ticket's status and team stay). */
function vendor(t: Ticket, to: string, comment: string | undefined): Partial {
  if (!isOpen(t.status)) throw new TicketCommandError('ticket is not open');
  if (!to || t.vendor === to) throw new TicketCommandError('same vendor');
  t.vendor = to;
  return { action: 'vendor-changed', vendor: to, ...note(comment) };
}

/** Handing a ticket over: work in progress goes back to "assigned"; a new ticket given to a person is "assigned". */
function handedOver(status: TicketStatus, toPerson: boolean): TicketStatus {
  if (status === 'in-progress') return 'assigned';
  if (status === 'new' && toPerson) return 'assigned';
  return status;
}

function priority(t: Ticket, value: Ticket['priority'], ctx: ChangeContext): Partial {
  if (!isOpen(t.status)) throw new TicketCommandError('ticket is not open');
  if (value === t.priority) throw new TicketCommandError('same priority');
  (t.priorityChanges ??= []).push({ at: ctx.now.toISOString(), from: t.priority, priority: value });
  t.priority = value;
  return { action: 'priority', priority: value };
}

function rate(t: Ticket, rating: number, ctx: ChangeContext): Partial {
  if (t.status !== 'resolved' && t.status !== 'closed') throw new TicketCommandError('only a resolved ticket can be rated');
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new TicketCommandError('rating must be 1–5');
  t.rating = { value: rating, at: ctx.now.toISOString() };
  return { action: 'rated', rating };
}

function expedite(t: Ticket, ctx: ChangeContext): Partial {
  if (!isOpen(t.status)) throw new TicketCommandError('ticket is not open');
  t.lastExpediteAt = ctx.now.toISOString();
  return { action: 'expedited' };
}

/** Keeps the SLA facts in step with the status: waiting periods, resolution, closing, reopen. */
function setStatus(t: Ticket, to: TicketStatus, now: Date): void {
  const at = now.toISOString();
  const pauses = (t.pauses ??= []);
  const open = pauses[pauses.length - 1];
  if (open && open.to === undefined && !isPaused(to)) open.to = at;
  if (isPaused(to) && !isPaused(t.status)) pauses.push({ from: at });
  if (to === 'resolved') t.resolvedAt = at;
  if (to === 'closed') t.closedAt = at;
  if (to === 'in-progress' && (t.status === 'resolved' || t.status === 'closed')) {
    if (t.resolvedAt) pauses.push({ from: t.resolvedAt, to: at });
    delete t.resolvedAt;
    delete t.closedAt;
    delete t.resolution;
    delete t.rating;
  }
  t.status = to;
}

function note(comment: string | undefined): { comment?: string } {
  const text = comment?.trim();
  return text ? { comment: text.slice(0, MAX_COMMENT) } : {};
}

function required(text: string): string {
  const clean = text.trim();
  if (!clean) throw new TicketCommandError('text is required');
  return clean.slice(0, MAX_COMMENT);
}
