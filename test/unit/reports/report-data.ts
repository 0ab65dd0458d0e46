/** Tickets for the reports' tests, built through the real domain rules (applyCommand), and their facts. */
import type { Priority, CategoryId } from '../../../src/config/domain-schema.js';
import { applyCommand } from '../../../src/domain/tickets/ticket-change.js';
import type { TicketCommand } from '../../../src/domain/tickets/ticket-command.js';
import type { Ticket } from '../../../src/domain/tickets/ticket.js';
import { routeTicket } from '../../../src/domain/tickets/routing.js';
import { SlaCalendars } from '../../../src/services/sla-calendars.js';
import { SlaScheduleService } from '../../../src/services/sla-schedule-service.js';
import { SlaEventRepository } from '../../../src/store/sla-event-repository.js';
import type { JsonStore } from '../../../src/store/json-store.js';
import { FactTable } from '../../../src/capabilities/reports/figures/fact-table.js';
import { ticketFact } from '../../../src/capabilities/reports/figures/ticket-fact.js';
import { demoConfig } from '../../support/ticket-fixtures.js';
import { seededRandom } from '../../../src/services/ticket-stories.js';

export const config = demoConfig();
export const TECH = '00000000-0000-0000-0000-0000000000021';
export const REQ = '00000000-0000-0000-0000-0000000000020';
/** The SLA schedule without a store: only its clock is used. */
export const sla = new SlaScheduleService(config, new SlaCalendars(config), new SlaEventRepository({} as JsonStore));

export interface NewTicket { id: string; at: string; priority?: Priority; category?: CategoryId; organisation?: string; site?: string | null; district?: string | null }

export function newTicket(o: NewTicket): Ticket {
  const organisation = o.organisation ?? 'KU';
  const site = o.site === undefined ? (organisation === 'KU' ? 'ku-skroupova' : null) : o.site;
  const category = o.category ?? 'software';
  const district = o.district ?? config.sites.find((s) => s.id === site)?.district ?? null;
  const route = routeTicket({ category, organisation, site, district }, config);
  return {
    id: o.id, version: 1, title: o.id, description: o.id, language: 'cs', requester: { id: REQ, name: 'R', upn: null },
    organisation, site, district, office: null, category, priority: o.priority ?? 'P3', status: 'new', team: route.team, vendor: route.vendor,
    assignee: null, entities: { rooms: [], assetTags: [], phones: [], applications: [] }, createdAt: o.at, updatedAt: o.at,
    history: [{ at: o.at, actor: REQ, action: 'created', to: 'new' }],
  };
}

/** Applies commands in order, each at its time, as a technician (or the requester for rate/reopen). */
export function run(ticket: Ticket, steps: [string, TicketCommand][]): Ticket {
  let t = ticket;
  for (const [at, command] of steps) {
    const requesterCommand = command.kind === 'rate';
    const actor = { id: requesterCommand ? REQ : TECH, technician: !requesterCommand, requester: requesterCommand, system: false };
    t = applyCommand(t, command, actor, { now: new Date(at), reopenUntil: new Date('2100-01-01'), nextTier: config.escalation.nextTier[t.team ?? ''] ?? null, teams: new Set(config.oit.teams.map((x) => x.id)) }).ticket;
  }
  return t;
}

export function factOf(ticket: Ticket) {
  return ticketFact(ticket, sla.clockFor(ticket), config);
}

export function tableOf(tickets: Ticket[]): FactTable {
  const table = new FactTable();
  for (const t of tickets) table.put(factOf(t));
  return table;
}

/** A seeded pseudo-random generator (mulberry32): the same data set every run. */
export const random = seededRandom;
