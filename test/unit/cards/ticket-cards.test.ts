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

describe('ticket cards', () => {
  it('name the application triage read, on the requester\'s and on the technicians\' card', () => {
    const t = ticket(['spisovka', 'outlook']);
    expect(facts(renderTicketCard(t, { lang: 'cs', config }))).toContain('{"title":"Aplikace","value":"Spisová služba GINIS, Outlook"}');
    const view = { ticket: t, names: new Map([[REQUESTER, 'Alex Wilber']]), deadlines: { responseDue: null, resolutionDue: null, paused: false } };
    expect(facts(renderTechnicianTicketCard(view, { lang: 'en', config }, TECHNICIAN, [TECHNICIAN]))).toContain('{"title":"Application","value":"Spisová služba GINIS, Outlook"}');
  });

  it('leave the fact out when the ticket names no application', () => {
    expect(facts(renderTicketCard(ticket([]), { lang: 'cs', config }))).not.toContain('"title":"Aplikace"');
  });
});
