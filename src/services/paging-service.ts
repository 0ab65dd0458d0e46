import type { Logger } from 'pino';
import type { DomainConfig, Priority } from '../config/domain-schema.js';
import { chainPeople } from '../domain/paging/escalation-plan.js';
import {
  acknowledge, escalateNow, PageActionError, record, resolve, workedMinutes, type Page, type PageAction, type PageSource, type PageStatus,
} from '../domain/paging/page.js';
import { isOpen } from '../domain/tickets/ticket-lifecycle.js';
import type { Ticket } from '../domain/tickets/ticket.js';
import type { PageStorePort } from './store-ports.js';
import type { OncallRotaService } from './oncall-rota-service.js';
import type { BackgroundTasks } from './background-tasks.js';
import type { Clock } from './ports.js';
import type { SlaCalendars } from './sla-calendars.js';
import type { TicketChange, TicketChangeListener, TicketWorkflowService } from './ticket-workflow-service.js';
import { PageEscalation, type PageDeliveryPort } from './page-escalation.js';

export type PageActOutcome =
  | { kind: 'done'; page: Page }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  /** The card showed another state than the page has now (someone else acted first). */
  | { kind: 'stale'; page: Page }
  | { kind: 'refused'; page: Page; reason: PageActionError['reason'] };

/** `onCall`: who the chain starts with (null when nobody is on call: the chain moves on). */
export type ManualPageOutcome = { kind: 'paged'; page: Page; onCall: string | null } | { kind: 'forbidden' } | { kind: 'no-rotation' };

export interface AlertInput {
  key: string;
  title: string;
  description: string;
  priority: Priority;
  /** A team with a rotation (validated by the caller); null = the team of the ticket, else the first rotation. */
  team: string | null;
  /** An existing ticket the alert names: when it is being paged already, the alert joins that page. */
  ticketId: string | null;
}

export interface PagingServiceDeps {
  pages: PageStorePort;
  rota: OncallRotaService;
  workflow: TicketWorkflowService;
  calendars: SlaCalendars;
  delivery: PageDeliveryPort;
  config: DomainConfig;
  clock: Clock;
  logger: Logger;
  /** Deliveries run here: a trigger (a user's turn, an alert request) never waits for them. */
  background: BackgroundTasks;
}

/** The requester id of tickets opened by the alert endpoint (the alert pages on its own). */
export const MONITORING_REQUESTER = 'monitoring';

/**
 * On-call paging: opens pages (a P1 ticket outside business hours, a manual page, a monitoring
 * alert), runs their escalation chains (PageEscalation: each step fired once, the next at once when
 * a delivery fails) and stops them when someone acknowledges. Everything goes into the page's
 * timeline. Read → check → write runs without an await in between, so concurrent alerts
 * with one key open one page and two clicks never both act.
 */
export class PagingService implements TicketChangeListener {
  private readonly inFlightAlerts = new Map<string, Promise<Page>>();

  private readonly escalation: PageEscalation;

  constructor(private readonly deps: PagingServiceDeps) {
    this.escalation = new PageEscalation(deps);
  }

  /** A P1 ticket (new, or raised to P1) outside its organisation's business hours pages its team. */
  async changed({ previous, ticket }: TicketChange): Promise<void> {
    if (ticket.priority !== 'P1' || !isOpen(ticket.status) || ticket.requester.id === MONITORING_REQUESTER) return;
    if (previous && previous.priority === 'P1') return;
    const now = this.deps.clock.now();
    if (this.deps.calendars.of(ticket.organisation).isOpen(now)) return;
    if (this.deps.pages.activeByTicket(ticket.id)) return;
    await this.open({ source: 'ticket', teamId: this.teamFor(ticket.team), title: ticket.title, message: ticket.description, priority: ticket.priority,
      ticket, alertKey: null, openedBy: ticket.requester.id });
  }

  /** A technician or manager pages a team's on-call with a message. */
  async manual(actorId: string, teamId: string, message: string): Promise<ManualPageOutcome> {
    if (!this.mayPage(actorId)) {
      this.deps.logger.warn({ actorId, teamId }, 'manual page refused: not a technician or manager');
      return { kind: 'forbidden' };
    }
    if (!this.escalation.rotation(teamId)) return { kind: 'no-rotation' };
    const title = message.length > 120 ? `${message.slice(0, 119)}…` : message;
    const page = await this.open({ source: 'manual', teamId, title, message, priority: 'P1', ticket: null, alertKey: null, openedBy: actorId });
    return { kind: 'paged', page, onCall: this.deps.rota.whoIsOnCall(teamId, this.deps.clock.now()) };
  }

  /**
   * A monitoring alert: joins the unresolved page with the same key (counted, cards updated), else
   * opens a page for the alert's ticket. `ticketFor` runs only when a new page is needed.
   */
  async alert(input: AlertInput, ticketFor: () => Promise<Ticket>): Promise<{ page: Page; grouped: boolean }> {
    const existing = this.deps.pages.activeByAlertKey(input.key) ?? (input.ticketId ? this.deps.pages.activeByTicket(input.ticketId) : undefined);
    if (existing) return { page: await this.repeat(existing.id, input.key), grouped: true };
    const pending = this.inFlightAlerts.get(input.key);
    if (pending) return { page: await this.repeat((await pending).id), grouped: true };
    const opening = (async () => {
      const ticket = await ticketFor();
      return this.open({ source: 'alert', teamId: input.team ?? this.teamFor(ticket.team), title: input.title, message: input.description,
        priority: input.priority, ticket, alertKey: input.key, openedBy: MONITORING_REQUESTER });
    })();
    this.inFlightAlerts.set(input.key, opening);
    try {
      return { page: await opening, grouped: false };
    } finally {
      this.inFlightAlerts.delete(input.key);
    }
  }

  get(pageId: string): Page | undefined {
    return this.deps.pages.get(pageId);
  }


  /** Paged people, their team (the rotation and the OIT team) and managers. */
  mayAct(page: Page, userId: string): boolean {
    if (page.deliveries.some((d) => d.personId === userId)) return true;
    const rotation = this.escalation.rotation(page.teamId);
    const team = this.deps.config.oit.teams.find((t) => t.id === page.teamId);
    const people = rotation ? chainPeople(rotation, { lead: team?.lead ?? null, head: this.deps.config.oit.head }) : [this.deps.config.oit.head];
    return people.includes(userId) || (team?.members.includes(userId) ?? false);
  }

  /** Acknowledge / escalate / resolve from a card. `shown` is the status the card showed. */
  async act(pageId: string, actorId: string, action: PageAction, shown: PageStatus): Promise<PageActOutcome> {
    const page = this.deps.pages.get(pageId);
    if (!page) return { kind: 'not-found' };
    if (!this.mayAct(page, actorId)) {
      this.deps.logger.warn({ page: pageId, userId: actorId, action }, 'page action refused: not paged, not in the team, not a manager');
      return { kind: 'forbidden' };
    }
    if (shown !== page.status) return { kind: 'stale', page };
    const now = this.deps.clock.now();
    let next: Page;
    try {
      next = action === 'acknowledge' ? acknowledge(page, actorId, now)
        : action === 'resolve' ? resolve(page, actorId, now)
          : escalateNow(page, actorId, now, this.escalation.steps(page).length);
    } catch (err) {
      if (!(err instanceof PageActionError)) throw err;
      return { kind: 'refused', page, reason: err.reason };
    }
    await this.deps.pages.save(next);
    this.deps.logger.info({ page: page.id, userId: actorId, action, status: next.status }, 'page changed');
    await this.followTicket(next, actorId, action);
    if (action === 'escalate') {
      // The next step goes out in the background (Teams may take seconds to refuse it); the cards follow.
      this.background(next.id, async () => {
        await this.escalation.advance(next.id, now);
        await this.deps.delivery.updateCards(this.deps.pages.get(next.id) ?? next);
      });
    } else {
      await this.deps.delivery.updateCards(next);
    }
    return { kind: 'done', page: this.deps.pages.get(next.id) ?? next };
  }

  /** Fires every due step (one page at a time, oldest due first); `only` limits it to one page. */
  fireDue(now: Date = this.deps.clock.now(), only?: string): Promise<number> {
    return this.escalation.fireDue(now, only);
  }

  private async open(o: { source: PageSource; teamId: string; title: string; message: string; priority: Priority; ticket: Ticket | null; alertKey: string | null; openedBy: string }): Promise<Page> {
    const now = this.deps.clock.now();
    const at = now.toISOString();
    const { page, durable } = this.deps.pages.create(this.deps.rota.zone.toParts(now).year, (id) => ({
      id, version: 1, teamId: o.teamId, source: o.source, alertKey: o.alertKey, ticketId: o.ticket?.id ?? null,
      title: o.title, message: o.message, priority: o.priority, organisation: o.ticket?.organisation ?? null, site: o.ticket?.site ?? null,
      status: 'open', openedAt: at, openedBy: o.openedBy, step: 0, nextStepAt: at, deliveries: [], repeats: 0,
      timeline: [{ at, kind: 'opened', personId: o.openedBy, detail: o.source }],
    }));
    await durable;
    this.deps.logger.info({ page: page.id, team: o.teamId, source: o.source, ticket: page.ticketId }, 'page opened');
    // The first step is marked fired at once (before this returns); its delivery, and the next steps
    // when deliveries fail, run in the background.
    this.background(page.id, () => this.escalation.advance(page.id, now));
    return this.deps.pages.get(page.id) ?? page;
  }

  private background(pageId: string, work: () => Promise<unknown>): void {
    this.deps.background.run('paging delivery', { page: pageId }, work);
  }

  /** Another alert for a page: counted, and from now on its key groups onto the page too. */
  private async repeat(pageId: string, key?: string): Promise<Page> {
    const page = this.deps.pages.get(pageId)!;
    const next: Page = { ...record(page, [{ at: this.deps.clock.now().toISOString(), kind: 'repeated' }]), repeats: page.repeats + 1, alertKey: page.alertKey ?? key ?? null };
    await this.deps.pages.save(next);
    this.deps.logger.info({ page: page.id, repeats: next.repeats }, 'repeated alert grouped onto the page');
    await this.deps.delivery.updateCards(next);
    return next;
  }

  private async followTicket(page: Page, actorId: string, action: PageAction): Promise<void> {
    if (!page.ticketId || action === 'escalate') return;
    const ticket = this.deps.workflow.get(page.ticketId);
    if (!ticket || !isOpen(ticket.status) || !this.deps.workflow.people.isTechnician(actorId, ticket)) return;
    const outcome = action === 'acknowledge'
      ? (ticket.assignee ? null : await this.deps.workflow.act(ticket.id, actorId, { kind: 'take' }))
      : await this.deps.workflow.act(ticket.id, actorId, { kind: 'resolve', note: `${page.id}: ${page.title}`, minutes: workedMinutes(page) });
    if (outcome && outcome.kind !== 'done') this.deps.logger.info({ page: page.id, ticket: ticket.id, outcome: outcome.kind }, 'ticket not changed from the page');
  }

  /** The ticket's team when it has a rotation, else the first rotation (the service desk in the demo). */
  private teamFor(teamId: string | null): string {
    const rotations = this.deps.config.oncall.rotations;
    return rotations.find((r) => r.team === teamId)?.team ?? rotations[0]?.team ?? teamId ?? 'service-desk';
  }

  /** Technicians (OIT teams, rotations) and managers may page manually. */
  mayPage(userId: string): boolean {
    const c = this.deps.config;
    return userId === c.oit.head || c.oit.teams.some((t) => t.lead === userId || t.members.includes(userId))
      || c.oncall.rotations.some((r) => r.members.includes(userId));
  }
}
