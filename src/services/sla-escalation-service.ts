import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import type { Ticket } from '../domain/tickets/ticket.js';
import type { DueEvent, ScheduledEventKind } from './store-ports.js';
import { nextTierOf } from './ticket-people.js';
import type { TicketWorkflowService } from './ticket-workflow-service.js';

/** Sends an SLA alert to people (personal chats); implemented in the bot layer. */
export interface SlaAlertPort {
  alert(ticket: Ticket, kind: ScheduledEventKind, recipients: readonly string[]): Promise<void>;
}

/**
 * What a due SLA event means: warnings go to the assignee (or the team lead while unassigned);
 * a breach to the team lead and the assignee, and with `functionalOnBreach` the resolution breach
 * moves the ticket to the next tier; later the head of OIT; auto-close closes a resolved ticket.
 */
export class SlaEscalationService {
  constructor(
    private readonly workflow: TicketWorkflowService,
    private readonly alerts: SlaAlertPort,
    private readonly config: Pick<DomainConfig, 'escalation'>,
    private readonly logger: Logger,
  ) {}

  async handle(event: DueEvent): Promise<void> {
    const ticket = this.workflow.get(event.ticketId);
    if (!ticket) {
      this.logger.warn({ ticket: event.ticketId, kind: event.kind }, 'SLA event for a ticket that does not exist');
      return;
    }
    if (event.kind === 'auto-close') {
      if (ticket.status === 'resolved') await this.workflow.actAsSystem(ticket.id, { kind: 'close' });
      return;
    }
    const recipients = this.recipients(ticket, event.kind);
    if (recipients.length) await this.alerts.alert(ticket, event.kind, recipients);
    if (event.kind === 'resolution-breach' && this.config.escalation.functionalOnBreach && nextTierOf(this.config, ticket.team)) {
      await this.workflow.actAsSystem(ticket.id, { kind: 'escalate' });
    }
  }

  private recipients(ticket: Ticket, kind: ScheduledEventKind): string[] {
    const lead = this.workflow.people.team(ticket.team)?.lead;
    const people: (string | null | undefined)[] = kind === 'escalation-head'
      ? [this.workflow.people.head]
      : kind.endsWith('warning') ? [ticket.assignee ?? lead] : [lead, ticket.assignee];
    return [...new Set(people.filter((p): p is string => Boolean(p)))];
  }
}
