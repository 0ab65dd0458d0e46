import type { DomainConfig } from '../../config/domain-schema.js';
import type { Language, Ticket } from '../../domain/tickets/ticket.js';
import type { DirectoryPort } from '../../services/ports.js';
import type { SlaScheduleService } from '../../services/sla-schedule-service.js';
import type { TicketPeople } from '../../services/ticket-people.js';
import { renderRequesterTicketCard, type RequesterTicketCard } from '../../../cards/requester-ticket-card.js';
import { renderTechnicianTicketCard, type TechnicianTicketCard } from '../../../cards/technician-ticket-card.js';
import type { TicketCardView } from '../../../cards/ticket-card-parts.js';
import { formatTime } from '../../../cards/card-format.js';

/** Builds ticket cards with display names (directory, cached) and SLA deadlines. */
export class TicketCardRenderer {
  constructor(
    private readonly directory: DirectoryPort,
    private readonly sla: SlaScheduleService,
    private readonly people: TicketPeople,
    private readonly config: DomainConfig,
  ) {}

  async technician(ticket: Ticket, lang: Language, viewer: string | null): Promise<TechnicianTicketCard> {
    return renderTechnicianTicketCard(await this.view(ticket), { lang, config: this.config }, viewer, this.technicianIds(ticket));
  }

  async requester(ticket: Ticket, lang: Language): Promise<RequesterTicketCard> {
    return renderRequesterTicketCard(await this.view(ticket), { lang, config: this.config });
  }

  /** An instant as the reader reads it (configured zone). */
  time(at: Date, lang: Language): string {
    return formatTime(at.toISOString(), { lang, config: this.config });
  }

  /** Who gets their own buttons: the team's members and lead, and the vendor's technicians. */
  technicianIds(ticket: Ticket): string[] {
    const team = this.people.team(ticket.team);
    const vendor = this.config.vendors.find((v) => v.id === ticket.vendor);
    const ids = [...(team?.members ?? []), ...(vendor?.technicians ?? []), ...(ticket.assignee ? [ticket.assignee] : [])];
    return [...new Set(ids)].filter((id) => this.people.isTechnician(id, ticket));
  }

  private async view(ticket: Ticket): Promise<TicketCardView> {
    const ids = new Set([ticket.requester.id, ...(ticket.assignee ? [ticket.assignee] : []), ...ticket.history.slice(-4).map((h) => h.actor)]);
    const names = new Map<string, string>([[ticket.requester.id, ticket.requester.name]]);
    for (const id of ids) {
      if (names.has(id) || id === 'system' || id === 'helpdesk-bot') continue;
      const user = await this.directory.getUser(id).catch(() => null);
      if (user) names.set(id, user.displayName);
    }
    return { ticket, names, deadlines: this.sla.deadlines(ticket) };
  }
}
