import type { Logger } from 'pino';
import type { CategoryId, DomainConfig, Priority } from '../config/domain-schema.js';
import { formatTicketId, titleFrom, type Language, type Ticket } from '../domain/tickets/ticket.js';
import { routeTicket } from '../domain/tickets/routing.js';
import { ZonedTime } from '../domain/calendar/zoned-time.js';
import type { TicketSummary } from '../domain/tickets/ticket-summary.js';
import type { StoreOp, TicketStorePort } from './store-ports.js';
import type { BackgroundTasks } from './background-tasks.js';
import type { Clock, TriageAssessment } from './ports.js';
import type { RequesterProfile } from './requester-resolver.js';

/** What else happens when a ticket is created: store operations in the same commit, then follow-ups. */
export interface NewTicketHooks {
  opsFor(ticket: Ticket): StoreOp[];
  created(ticket: Ticket): Promise<void>;
}

export interface NewTicketInput {
  requester: RequesterProfile;
  description: string;
  language: Language;
  category: CategoryId;
  priority: Priority;
  entities?: TriageAssessment['entities'];
}

/** Use cases on tickets. Returns tickets; never builds cards. */
export class TicketService {
  /** The ticket id's year is the local one (a ticket at 00:30 on 1 January in Prague is of the new year). */
  private readonly zone: ZonedTime;

  constructor(
    private readonly tickets: TicketStorePort,
    private readonly config: DomainConfig,
    private readonly clock: Clock,
    private readonly logger: Logger,
    /** Told about each new ticket (SLA events, the team channel's card); its failure never undoes the ticket. */
    private readonly hooks: NewTicketHooks | null = null,
    /** Where the follow-ups of a new ticket run, so the requester's answer does not wait for them; none = awaited. */
    private readonly background: BackgroundTasks | null = null,
  ) {
    this.zone = new ZonedTime(config.timezone);
  }

  async create(input: NewTicketInput): Promise<Ticket> {
    return this.begin(input).saved;
  }

  /**
   * `create` without waiting for the disk: the new ticket at once, so that its answer can be
   * prepared while it is written, and `saved`, fulfilled (with the ticket) once it is on disk and
   * rejected with `StoreUnavailableError` when it could not be written. Nothing may show its id
   * to anyone before `saved` is fulfilled: the bot sends the ticket's card after awaiting it.
   */
  begin(input: NewTicketInput): { ticket: Ticket; saved: Promise<Ticket> } {
    return this.open(input, null);
  }

  /** A ticket for work the bot already did (e.g. an account action): created resolved, with what was done. */
  async createResolved(input: NewTicketInput, resolution: string): Promise<Ticket> {
    return this.open(input, resolution).saved;
  }

  private open(input: NewTicketInput, resolution: string | null): { ticket: Ticket; saved: Promise<Ticket> } {
    const now = this.clock.now();
    const { year } = this.zone.wallTime(now.getTime());
    const { requester, entities } = input;
    const site = entities?.sites[0]?.id ?? requester.site;
    const siteConfig = this.config.sites.find((s) => s.id === site);
    const organisation = requester.organisation ?? siteConfig?.organisation ?? null;
    const district = siteConfig?.district ?? entities?.districts[0]?.id ?? requester.district;
    const route = routeTicket({ category: input.category, organisation, site: site ?? null, district: district ?? null }, this.config);
    const { ticket, saved } = this.tickets.begin(year, (n) => ({
      id: formatTicketId(year, n),
      version: 1,
      title: titleFrom(input.description),
      description: input.description,
      language: input.language,
      requester: { id: requester.id, name: requester.name, upn: requester.upn },
      organisation,
      site: site ?? null,
      district,
      office: entities?.rooms[0] ?? null,
      category: input.category,
      priority: input.priority,
      status: resolution === null ? 'new' : 'resolved',
      team: route.team,
      vendor: route.vendor,
      assignee: null,
      entities: {
        rooms: entities?.rooms ?? [],
        assetTags: entities?.assetTags ?? [],
        phones: entities?.phones ?? [],
        applications: entities?.applications.map((a) => a.id) ?? [],
      },
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      history: [
        { at: now.toISOString(), actor: requester.id, action: 'created', to: 'new' },
        ...(resolution === null ? [] : [{ at: now.toISOString(), actor: 'helpdesk-bot', action: 'resolved', from: 'new' as const, to: 'resolved' as const, comment: resolution }]),
      ],
      ...(resolution === null ? {} : { resolvedAt: now.toISOString(), respondedAt: now.toISOString() }),
    }), (t) => this.hooks?.opsFor(t) ?? []);
    return { ticket, saved: saved.then(() => this.created(ticket)) };
  }

  /** After the write: the log line, and the follow-ups (SLA events' effects, the team's card). */
  private async created(ticket: Ticket): Promise<Ticket> {
    this.logger.info({ ticket: ticket.id, requester: ticket.requester.id, category: ticket.category, priority: ticket.priority, status: ticket.status }, 'ticket created');
    const hooks = this.hooks;
    if (hooks && this.background) this.background.run('new ticket follow-up', { ticket: ticket.id }, () => hooks.created(ticket));
    else await hooks?.created(ticket).catch((err: unknown) => this.logger.error({ ticket: ticket.id, err: (err as Error).message }, 'new ticket follow-up failed'));
    return ticket;
  }

  /** The requester's tickets, newest first, and how many they have in all. */
  listMine(requesterId: string, limit = 20): { tickets: TicketSummary[]; total: number } {
    return { tickets: this.tickets.listByRequester(requesterId, limit), total: this.tickets.countByRequester(requesterId) };
  }

  get(id: string): Ticket | undefined {
    return this.tickets.get(id);
  }

  /** The requester's tickets, newest first. */
  listByRequester(requesterId: string, limit: number): TicketSummary[] {
    return this.tickets.listByRequester(requesterId, limit);
  }

  /** The open tickets that match. */
  findOpen(match: (ticket: Ticket) => boolean): Ticket[] {
    return this.tickets.findOpen(match);
  }
}
