import type { DomainConfig } from '../../config/domain-schema.js';
import type { Ticket } from '../../domain/tickets/ticket.js';
import type { TicketChange, TicketChangeListener } from '../../services/ticket-workflow-service.js';
import type { VendorTaskService } from './vendor-task-service.js';

/**
 * Follows the tickets: a new ticket routed to a district vendor becomes the vendor's task; a
 * reopen after OIT accepted the work sends it back to the vendor (a correction if it was billed);
 * a cancel, or OIT resolving it itself, withdraws a task still being worked.
 */
export class VendorTicketListener implements TicketChangeListener {
  constructor(private readonly tasks: VendorTaskService, private readonly config: Pick<DomainConfig, 'sites'>) {}

  async changed({ previous, ticket, event }: TicketChange): Promise<void> {
    if (!previous) {
      const district = districtOf(ticket, this.config);
      if (ticket.vendor && district) await this.tasks.assign(ticket, ticket.vendor, district, new Date(ticket.createdAt), 'system');
      return;
    }
    if (event.action === 'reopened') await this.tasks.reopened(ticket.id, event.actor, event.comment ?? event.action);
    else if (event.action === 'cancelled' || event.action === 'resolved') await this.tasks.withdrawn(ticket.id, event.actor, event.comment ?? event.action);
  }
}

/** The district of a ticket's site (config), else the one triage found. */
export function districtOf(ticket: Pick<Ticket, 'site' | 'district'>, config: Pick<DomainConfig, 'sites'>): string | null {
  return config.sites.find((s) => s.id === ticket.site)?.district ?? ticket.district;
}
