import type { CategoryId, DomainConfig, Priority } from '../../../config/domain-schema.js';
import type { SlaClock } from '../../../domain/sla/sla-clock.js';
import { routeTicket } from '../../../domain/tickets/routing.js';
import type { TicketStatus } from '../../../domain/tickets/ticket-lifecycle.js';
import type { Ticket } from '../../../domain/tickets/ticket.js';

/** Bumped when the way facts are derived changes: stored facts of another version are derived again. */
export const FACT_VERSION = 1;

/** The actor the bot records when it resolves a request itself (account self-service). */
const BOT_ACTOR = 'helpdesk-bot';

/**
 * What the reports need of one ticket, derived from its own facts and its SLA clock whenever it
 * changes. Times are epoch milliseconds; minutes are the SLA clock's running minutes (business
 * minutes of the requester organisation's calendar, wall-clock for 24x7 priorities, pauses
 * excluded from the resolution clock).
 */
export interface TicketFact {
  id: string;
  v: number;
  org: string | null;
  district: string | null;
  /** The team it is with now, and the team it was first routed to. */
  team: string | null;
  firstTeam: string | null;
  vendor: string | null;
  /** Whether a person (technician) has it now. */
  assigned: boolean;
  category: CategoryId;
  priority: Priority;
  status: TicketStatus;
  created: number;
  responded: number | null;
  /** When it left the backlog: resolved, or cancelled; null while open. */
  ended: number | null;
  responseDue: number | null;
  resolutionDue: number | null;
  /** When the resolution clock passes the warning share (75 %) of its budget. */
  resolutionWarn: number | null;
  /** Decided only once the clock stopped: true = within target. */
  responseMet: boolean | null;
  resolutionMet: boolean | null;
  responseMinutes: number | null;
  resolutionMinutes: number | null;
  reopens: number;
  rating: number | null;
  workedMinutes: number;
  /** Resolved by the team it was first routed to (never moved to another team). */
  firstTeamResolved: boolean;
  /** Resolved by the bot itself (account self-service), no technician involved. */
  selfService: boolean;
}

type FactConfig = Pick<DomainConfig, 'routing' | 'categories' | 'sites' | 'districts'>;

const ms = (iso: string | undefined): number | null => (iso ? Date.parse(iso) : null);

/** The facts of `ticket`, with `clock` its SLA clock (SlaScheduleService.clockFor). Pure. */
export function ticketFact(ticket: Ticket, clock: SlaClock, config: FactConfig): TicketFact {
  const responded = ms(ticket.respondedAt);
  const resolved = ms(ticket.resolvedAt);
  const cancelled = ticket.status === 'cancelled' ? ms(lastEvent(ticket, 'cancelled')?.at) : null;
  const { firstTeam, moved } = teamsOf(ticket, config);
  const minutes = (value: number): number => Math.round(value * 100) / 100;
  return {
    id: ticket.id,
    v: FACT_VERSION,
    org: ticket.organisation,
    district: ticket.district,
    team: ticket.team,
    firstTeam,
    vendor: ticket.vendor ?? null,
    assigned: ticket.assignee !== null,
    category: ticket.category,
    priority: ticket.priority,
    status: ticket.status,
    created: Date.parse(ticket.createdAt),
    responded,
    ended: resolved ?? cancelled,
    responseDue: clock.responseDue?.getTime() ?? null,
    resolutionDue: clock.resolutionDue?.getTime() ?? null,
    resolutionWarn: clock.resolutionWarnAt?.getTime() ?? null,
    responseMet: responded === null || clock.responseDue === null ? null : responded <= clock.responseDue.getTime(),
    resolutionMet: resolved === null || clock.resolutionDue === null ? null : resolved <= clock.resolutionDue.getTime(),
    responseMinutes: responded === null ? null : minutes(clock.responseElapsedMinutes(new Date(responded))),
    resolutionMinutes: resolved === null ? null : minutes(clock.resolutionElapsedMinutes(new Date(resolved))),
    reopens: ticket.history.filter((e) => e.action === 'reopened').length,
    rating: ticket.rating?.value ?? null,
    workedMinutes: ticket.history.reduce((sum, e) => sum + (e.action === 'resolved' ? e.minutes ?? 0 : 0), 0),
    firstTeamResolved: resolved !== null && !moved,
    selfService: resolved !== null && ticket.history.some((e) => e.action === 'resolved' && e.actor === BOT_ACTOR),
  };
}

function lastEvent(ticket: Ticket, action: string): Ticket['history'][number] | undefined {
  for (let i = ticket.history.length - 1; i >= 0; i--) if (ticket.history[i]!.action === action) return ticket.history[i];
  return undefined;
}

/**
 * The team the ticket was first routed to (routing is a pure function of its category, organisation
 * and site, which never change), and whether any later event gave it to another team.
 */
function teamsOf(ticket: Ticket, config: FactConfig): { firstTeam: string | null; moved: boolean } {
  const firstTeam = routeTicket({ category: ticket.category, organisation: ticket.organisation, site: ticket.site, district: ticket.district }, config).team;
  const moved = ticket.history.some((e) => e.team !== undefined && e.team !== firstTeam) || ticket.team !== firstTeam;
  return { firstTeam, moved };
}
