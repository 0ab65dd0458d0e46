import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../src/domain/tickets/ticket.js';
import { renderTicketCard } from '../../../cards/ticket-card.js';
import { renderTechnicianTicketCard } from '../../../cards/technician-ticket-card.js';
import { demoConfig, REQUESTER, TECHNICIAN } from '../../support/ticket-fixtures.js';

const config = demoConfig();
const at = '2026-11-27T08:05:00.000Z';

function ticket(applications: string[]): Ticket {
  return {
    id: 'HD-2026-00007', version: 1, title: 'Nejde mi spisová služba', description: 'Nejde mi spisová služba, hlásí chybu oprávnění', language: 'cs',
    requester: { id: REQUESTER, name: 'Alex Wilber', upn: 'alex@example.cz' }, organisation: 'KU', site: 'ku-skroupova', district: 'plzen-mesto',
    office: '214', category: 'application', priority: 'P3', status: 'new', team: 'applications', vendor: null, assignee: null,
    entities: { rooms: ['214'], assetTags: [], phones: [], applications }, createdAt: at, updatedAt: at,
    history: [{ at, actor: REQUESTER, action: 'created', to: 'new' }],
  };
}

const facts = (card: unknown) => JSON.stringify(card);
const noDeadlines = { responseDue: null, resolutionDue: null, paused: false };

describe('ticket cards', () => {
  it('name the application triage read, on the requester\'s and on the technicians\' card', () => {
    const t = ticket(['spisovka', 'outlook']);
    expect(facts(renderTicketCard(t, { lang: 'cs', config }, noDeadlines))).toContain('{"title":"Aplikace","value":"Spisová služba GINIS, Outlook"}');
    const view = { ticket: t, names: new Map([[REQUESTER, 'Alex Wilber']]), deadlines: noDeadlines };
    expect(facts(renderTechnicianTicketCard(view, { lang: 'en', config }, TECHNICIAN, [TECHNICIAN]))).toContain('{"title":"Application","value":"Spisová služba GINIS, Outlook"}');
  });

  it('leave the fact out when the ticket names no application', () => {
    expect(facts(renderTicketCard(ticket([]), { lang: 'cs', config }, noDeadlines))).not.toContain('"title":"Aplikace"');
  });

  it('show the new ticket\'s deadlines in the zone of the config, and the district vendor when on-site work went to one', () => {
    const onSite = { ...ticket([]), category: 'hardware' as const, team: 'service-desk', vendor: config.vendors[0]!.id };
    const deadlines = { responseDue: new Date('2026-11-27T12:05:00Z'), resolutionDue: new Date('2026-12-02T08:05:00Z'), paused: false };
    const card = facts(renderTicketCard(onSite, { lang: 'cs', config }, deadlines));
    expect(card).toContain('{"title":"Reakce do","value":"27.\u00a011.\u00a02026 13:05"}');
    expect(card).toContain('{"title":"Vyřešit do","value":"2.\u00a012.\u00a02026 9:05"}');
    expect(card).toContain(`{"title":"Dodavatel","value":"${config.vendors[0]!.name}"}`);
    expect(facts(renderTicketCard(ticket([]), { lang: 'en', config }, noDeadlines))).not.toMatch(/Respond by|Resolve by|Vendor/u);
  });
});
