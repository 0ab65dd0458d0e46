import type { Logger } from 'pino';
import { z } from 'zod';
import { AlertGuard, type AlertReply, type AlertRoute } from './alert-guard.js';
import { CATEGORY_IDS, type DomainConfig } from './config/domain-schema.js';
import type { Ticket } from './domain/tickets/ticket.js';
import { MONITORING_REQUESTER, type PagingService } from './services/paging-service.js';
import type { TicketService } from './services/ticket-service.js';

/** What monitoring posts to POST /api/alerts. */
const alertSchema = z.object({
  /** Grouping key: repeated alerts with the same key join the page that is not resolved yet. */
  key: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(300),
  description: z.string().max(4000).default(''),
  priority: z.enum(['P1', 'P2']).default('P1'),
  /** An OIT team with an on-call rotation; default: the team the ticket is routed to. */
  team: z.string().min(1).max(100).optional(),
  category: z.enum(CATEGORY_IDS).default('network'),
  organisation: z.string().min(1).max(20).optional(),
  site: z.string().min(1).max(100).optional(),
  /** Link an existing ticket instead of opening one. */
  ticketId: z.string().regex(/^HD-\d{4}-\d{5,}$/u).optional(),
}).strict();

export interface AlertEndpointDeps {
  paging: PagingService;
  tickets: TicketService;
  config: DomainConfig;
  /** ALERTS_TOKEN; undefined = the endpoint is off (503). */
  token: string | undefined;
  logger: Logger;
}

/**
 * POST /api/alerts for monitoring systems: a bearer token from config (compared in constant
 * time), a validated JSON body, then a ticket (new, or the one named) and a page; repeated
 * alerts with the same key are grouped onto the open page.
 */
export class AlertEndpoint implements AlertRoute {
  private readonly guard: AlertGuard;

  constructor(private readonly deps: AlertEndpointDeps) {
    this.guard = new AlertGuard(deps.token, deps.logger);
  }

  authorise(header: string | undefined): AlertReply | null {
    return this.guard.authorise(header);
  }

  async handle(body: unknown): Promise<AlertReply> {
    const parsed = alertSchema.safeParse(body);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return { status: 400, body: { error: 'invalid alert', reason } };
    }
    const a = parsed.data;
    const c = this.deps.config;
    if (a.team && !c.oncall.rotations.some((r) => r.team === a.team)) {
      return { status: 400, body: { error: 'invalid alert', reason: `team: no on-call rotation for "${a.team}" (${c.oncall.rotations.map((r) => r.team).join(', ')})` } };
    }
    if (a.organisation && !c.organisations.some((o) => o.id === a.organisation)) return { status: 400, body: { error: 'invalid alert', reason: `organisation: unknown "${a.organisation}"` } };
    if (a.site && !c.sites.some((s) => s.id === a.site)) return { status: 400, body: { error: 'invalid alert', reason: `site: unknown "${a.site}"` } };
    let linked: Ticket | undefined;
    if (a.ticketId) {
      linked = this.deps.tickets.get(a.ticketId);
      if (!linked) return { status: 400, body: { error: 'invalid alert', reason: `ticketId: no ticket ${a.ticketId}` } };
    }
    const { page, grouped } = await this.deps.paging.alert(
      { key: a.key, title: a.title, description: a.description, priority: a.priority, team: a.team ?? null, ticketId: linked?.id ?? null },
      async () => linked ?? this.openTicket(a),
    );
    this.deps.logger.info({ page: page.id, ticket: page.ticketId, key: a.key, grouped }, 'alert received');
    return { status: grouped ? 200 : 202, body: { pageId: page.id, ticketId: page.ticketId, grouped, status: page.status } };
  }

  private openTicket(a: z.infer<typeof alertSchema>): Promise<Ticket> {
    const site = this.deps.config.sites.find((s) => s.id === a.site);
    return this.deps.tickets.create({
      requester: {
        id: MONITORING_REQUESTER, name: 'Monitoring', upn: null, organisation: a.organisation ?? site?.organisation ?? null,
        site: site?.id ?? null, district: site?.district ?? null, jobTitle: null, directoryAvailable: true, known: true,
      },
      description: a.description ? `${a.title}\n\n${a.description}` : a.title,
      language: 'cs',
      category: a.category,
      priority: a.priority,
    });
  }
}
