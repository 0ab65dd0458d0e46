import type { DomainConfig, Team } from '../config/domain-schema.js';
import type { TicketActor } from '../domain/tickets/ticket-command.js';
import type { Ticket } from '../domain/tickets/ticket.js';

/** Who is who for tickets, from config: OIT team members (technicians), leads, the head of OIT, vendor technicians. */
export class TicketPeople {
  private readonly technicians: ReadonlySet<string>;

  constructor(private readonly config: Pick<DomainConfig, 'oit' | 'vendors'>) {
    this.technicians = new Set(config.oit.teams.flatMap((t) => t.members));
  }

  /**
   * An OIT technician. A vendor's technician is not one, not even on a ticket in the vendor's queue:
   * vendors work their task (src/capabilities/vendors) with their own card and verbs, and the
   * workflow refuses them every OIT verb (take, reassign, escalate…).
   */
  isTechnician(userId: string, _ticket?: Pick<Ticket, 'vendor'>): boolean {
    return this.technicians.has(userId);
  }

  /** The head of OIT (every ticket) or the lead of the ticket's team: sees it, without working it unless also a technician. */
  oversees(userId: string, ticket: Pick<Ticket, 'team'>): boolean {
    return userId === this.config.oit.head || this.team(ticket.team)?.lead === userId;
  }

  actorOn(ticket: Ticket, userId: string): TicketActor {
    return { id: userId, technician: this.isTechnician(userId, ticket), requester: ticket.requester.id === userId, system: false };
  }

  team(id: string | null): Team | undefined {
    return this.config.oit.teams.find((t) => t.id === id);
  }

  /** Teams whose queue the user sees: the head of OIT every team's, a lead their teams', a technician their own. */
  queueTeamsOf(userId: string): Team[] {
    if (userId === this.config.oit.head) return [...this.config.oit.teams];
    return this.config.oit.teams.filter((t) => t.members.includes(userId) || t.lead === userId);
  }

  /** Vendors the user works for. */
  vendorsOf(userId: string): string[] {
    return this.config.vendors.filter((v) => v.technicians.includes(userId)).map((v) => v.id);
  }

  get head(): string {
    return this.config.oit.head;
  }
}

/** The next tier's team of `team` (functional escalation), only from the config's own entries: a team id is never looked up on Object.prototype. */
export function nextTierOf(config: Pick<DomainConfig, 'escalation'>, team: string | null): string | null {
  const tiers = config.escalation.nextTier;
  return team !== null && Object.hasOwn(tiers, team) ? tiers[team] ?? null : null;
}
