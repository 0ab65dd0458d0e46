import { plainText } from '../../../../cards/adaptive-card.js';
import type { Ticket } from '../../../domain/tickets/ticket.js';
import type { TicketFact } from '../figures/ticket-fact.js';
import { tr } from '../reports-messages.js';
import { facts, reportCard, title, type ReportCard } from './report-card-parts.js';
import type { ReportFormat } from './report-format.js';

/**
 * A ticket as a report shows it on a click: what, for whom (organisation, not the person), where it
 * is, and its SLA - without the technicians' buttons (a manager reads, does not work tickets).
 */
export function reportTicketCard(ticket: Ticket, fact: TicketFact, f: ReportFormat, when: (ms: number) => string): ReportCard {
  const { lang } = f;
  const cs = lang === 'cs';
  const verdict = (met: boolean | null, due: number | null) => {
    if (due === null) return tr(lang, 'none');
    const state = met === null ? '' : met ? (cs ? ' ✓ v termínu' : ' ✓ met') : (cs ? ' ✗ po termínu' : ' ✗ missed');
    return `${when(due)}${state}`;
  };
  return reportCard([
    ...title(tr(lang, 'ticketTitle', { id: ticket.id }), [plainText(ticket.title, 200)]),
    facts([
      [cs ? 'Stav' : 'Status', f.name('status', ticket.status)],
      [cs ? 'Priorita' : 'Priority', ticket.priority],
      [cs ? 'Organizace' : 'Organisation', f.name('organisation', ticket.organisation)],
      [cs ? 'Tým' : 'Team', f.name('team', ticket.team)],
      ...(ticket.vendor ? [[cs ? 'Dodavatel' : 'Vendor', f.name('vendor', ticket.vendor)] as [string, string]] : []),
      [cs ? 'Založeno' : 'Created', when(fact.created)],
      [cs ? 'Reakce do' : 'Response due', verdict(fact.responseMet, fact.responseDue)],
      [cs ? 'Vyřešení do' : 'Resolution due', verdict(fact.resolutionMet, fact.resolutionDue)],
    ]),
  ]);
}
