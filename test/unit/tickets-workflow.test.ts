import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/domain/tickets/ticket.js';
import { routeTicket } from '../../src/domain/tickets/routing.js';
import {
  HEAD, ManualClock, OTHER_REQUESTER, REQUESTER, SECOND_TECHNICIAN, TECHNICIAN, TicketWorld, VENDOR_TECHNICIAN, demoConfig, requester,
} from '../support/ticket-fixtures.js';

const MONDAY_9 = '2026-03-09T08:00:00.000Z';

describe('ticket workflow service', () => {
  let clock: ManualClock;
  let world: TicketWorld;
  let ticket: Ticket;
  beforeEach(async () => {
    clock = new ManualClock(new Date(MONDAY_9));
    world = await new TicketWorld(clock).open();
    ticket = await world.create();
  });
  afterEach(async () => world.close());

  it('a technician takes the ticket: in-progress, assignee, history entry with actor, time, from → to, version + 1', async () => {
    clock.set('2026-03-09T08:10:00.000Z');
    const out = await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'take' }, 1);
    expect(out.kind).toBe('done');
    const stored = world.repo.get(ticket.id)!;
    expect(stored).toMatchObject({ status: 'in-progress', assignee: TECHNICIAN, version: 2, respondedAt: '2026-03-09T08:10:00.000Z' });
    expect(stored.history.at(-1)).toEqual({ at: '2026-03-09T08:10:00.000Z', actor: TECHNICIAN, action: 'taken', from: 'new', to: 'in-progress', assignee: TECHNICIAN });
    expect(world.listener.changes.at(-1)!.previous!.version).toBe(1);
  });

  it('numbers tickets by the year on Prague\'s clocks: 00:30 on New Year\'s Day there is still 2026 in UTC', async () => {
    clock.set('2026-12-31T23:30:00.000Z');
    expect((await world.create()).id).toMatch(/^HD-2027-\d{5}$/u);
    clock.set('2026-12-31T22:30:00.000Z');
    expect((await world.create()).id).toMatch(/^HD-2026-\d{5}$/u);
  });

  it('bumps the version on every change, including comments and priority', async () => {
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'take' }, 1);
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'comment', text: 'Jdu se podívat' }, 2);
    await world.workflow.act(ticket.id, REQUESTER, { kind: 'comment', text: 'Díky' }, 3);
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'priority', priority: 'P2' }, 4);
    const stored = world.repo.get(ticket.id)!;
    expect(stored.version).toBe(5);
    expect(stored.history.map((h) => h.action)).toEqual(['created', 'taken', 'comment', 'comment', 'priority']);
    expect(stored.priority).toBe('P2');
  });

  it('refuses a stale version and a double click acts once', async () => {
    const [a, b] = await Promise.all([
      world.workflow.act(ticket.id, TECHNICIAN, { kind: 'take' }, 1),
      world.workflow.act(ticket.id, SECOND_TECHNICIAN, { kind: 'take' }, 1),
    ]);
    expect([a.kind, b.kind].sort()).toEqual(['done', 'stale']);
    const again = await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'take' }, 1);
    expect(again.kind).toBe('stale');
    const stored = world.repo.get(ticket.id)!;
    expect(stored.version).toBe(2);
    expect(stored.history.filter((h) => h.action === 'taken')).toHaveLength(1);
  });

  it('only technicians act on tickets: a requester cannot take, resolve or reassign, even their own', async () => {
    for (const command of [{ kind: 'take' } as const, { kind: 'resolve', note: 'x', minutes: 5 } as const, { kind: 'reassign', team: 'servers' } as const]) {
      expect((await world.workflow.act(ticket.id, REQUESTER, command, 1)).kind).toBe('forbidden');
    }
    expect((await world.workflow.act(ticket.id, HEAD, { kind: 'take' }, 1)).kind).toBe('forbidden');
    expect(world.repo.get(ticket.id)!.version).toBe(1);
  });

  it('another requester cannot comment on, cancel or rate someone else\'s ticket', async () => {
    for (const command of [{ kind: 'comment', text: 'hi' } as const, { kind: 'cancel' } as const, { kind: 'expedite' } as const]) {
      expect((await world.workflow.act(ticket.id, OTHER_REQUESTER, command)).kind).toBe('forbidden');
    }
    expect(world.workflow.visibleTo(ticket.id, OTHER_REQUESTER)).toBeUndefined();
    expect(world.workflow.visibleTo(ticket.id, REQUESTER)?.id).toBe(ticket.id);
    expect(world.workflow.visibleTo(ticket.id, TECHNICIAN)?.id).toBe(ticket.id);
  });

  it('resolve needs a solution note and whole minutes; the requester rates 1–5 only after resolution', async () => {
    expect((await world.workflow.act(ticket.id, REQUESTER, { kind: 'rate', rating: 5 })).kind).toBe('invalid');
    expect((await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'resolve', note: '  ', minutes: 10 }, 1)).kind).toBe('invalid');
    expect((await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'resolve', note: 'Výměna toneru', minutes: 1.5 }, 1)).kind).toBe('invalid');
    const done = await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'resolve', note: 'Výměna toneru', minutes: 15 }, 1);
    expect(done.kind).toBe('done');
    expect(world.repo.get(ticket.id)).toMatchObject({ status: 'resolved', resolution: { note: 'Výměna toneru', minutes: 15, by: TECHNICIAN } });
    expect((await world.workflow.act(ticket.id, REQUESTER, { kind: 'rate', rating: 6 })).kind).toBe('invalid');
    expect((await world.workflow.act(ticket.id, REQUESTER, { kind: 'rate', rating: 4 })).kind).toBe('done');
    expect(world.repo.get(ticket.id)!.rating?.value).toBe(4);
  });

  it('the requester reopens a resolved ticket ("nevyřešeno") and cancels an open one, which is archived', async () => {
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'resolve', note: 'Restart', minutes: 5 }, 1);
    clock.set('2026-03-09T10:00:00.000Z');
    const reopened = await world.workflow.act(ticket.id, REQUESTER, { kind: 'reopen', comment: 'pořád nejde' });
    expect(reopened.kind).toBe('done');
    const open = world.repo.get(ticket.id)!;
    expect(open).toMatchObject({ status: 'in-progress' });
    expect(open.resolvedAt).toBeUndefined();
    expect(open.pauses).toContainEqual({ from: '2026-03-09T08:00:00.000Z', to: '2026-03-09T10:00:00.000Z' });
    expect((await world.workflow.act(ticket.id, REQUESTER, { kind: 'cancel' })).kind).toBe('done');
    expect(world.store.get('tickets', ticket.id)).toBeUndefined();
    expect(world.store.get('archive-2026-03', ticket.id)).toMatchObject({ status: 'cancelled' });
    expect((await world.workflow.act(ticket.id, REQUESTER, { kind: 'reopen' })).kind).toBe('invalid');
  });

  it('a closed ticket is archived, and its requester may reopen it within the window (it comes back)', async () => {
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'resolve', note: 'Restart', minutes: 5 }, 1);
    expect((await world.workflow.actAsSystem(ticket.id, { kind: 'close' })).kind).toBe('done');
    expect(world.store.get('tickets', ticket.id)).toBeUndefined();
    expect(world.repo.get(ticket.id)).toMatchObject({ status: 'closed', closedAt: MONDAY_9 });
    clock.set('2026-03-10T08:00:00.000Z');
    expect((await world.workflow.act(ticket.id, REQUESTER, { kind: 'reopen' })).kind).toBe('done');
    expect(world.store.get('tickets', ticket.id)).toMatchObject({ status: 'in-progress' });
    expect(world.store.get('ticketIndex', ticket.id)).toBeUndefined();
    clock.set('2026-06-10T08:00:00.000Z');
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'resolve', note: 'Restart 2', minutes: 5 });
    await world.workflow.actAsSystem(ticket.id, { kind: 'close' });
    clock.set('2026-07-10T08:00:00.000Z');
    expect((await world.workflow.act(ticket.id, REQUESTER, { kind: 'reopen' })).kind).toBe('invalid');
  });

  it('expedite at most once per configured interval', async () => {
    expect((await world.workflow.act(ticket.id, REQUESTER, { kind: 'expedite' })).kind).toBe('done');
    clock.set('2026-03-09T09:00:00.000Z');
    const early = await world.workflow.act(ticket.id, REQUESTER, { kind: 'expedite' });
    expect(early).toMatchObject({ kind: 'too-soon', nextAt: new Date('2026-03-09T12:00:00.000Z') });
    clock.set('2026-03-09T12:00:00.000Z');
    expect((await world.workflow.act(ticket.id, REQUESTER, { kind: 'expedite' })).kind).toBe('done');
  });

  it('escalate moves the ticket to the next tier from config and back to the queue; without a tier it is refused', async () => {
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'take' }, 1);
    const out = await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'escalate', comment: 'potřebuji aplikace' }, 2);
    expect(out.kind).toBe('done');
    expect(world.repo.get(ticket.id)).toMatchObject({ team: 'applications', assignee: null, status: 'assigned' });
    expect((await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'escalate' }, 3)).kind).toBe('invalid');
  });

  it('reassign hands work in progress to another team, back to the queue; status refuses resolve without a note', async () => {
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'take' }, 1);
    expect((await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'status', to: 'resolved' }, 2)).kind).toBe('invalid');
    expect((await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'reassign', team: 'network' }, 2)).kind).toBe('done');
    const stored = world.repo.get(ticket.id)!;
    expect(stored).toMatchObject({ team: 'network', assignee: null, status: 'assigned', version: 3 });
    expect(stored.history.at(-1)).toMatchObject({ actor: TECHNICIAN, action: 'reassigned', from: 'in-progress', to: 'assigned', team: 'network' });
    expect((await world.workflow.act(ticket.id, SECOND_TECHNICIAN, { kind: 'take' }, 3)).kind).toBe('done');
    expect(world.repo.get(ticket.id)).toMatchObject({ assignee: SECOND_TECHNICIAN, status: 'in-progress' });
  });

  it('the vendor of the on-site work changes only by OIT, only to another vendor, only while the ticket is open', async () => {
    const remote = await world.create('printer', 'P3', requester(OTHER_REQUESTER, 'SUS', 'sus-klatovy'));
    expect(remote.vendor).toBe('vendor-klatovy');
    expect((await world.workflow.act(remote.id, OTHER_REQUESTER, { kind: 'vendor', vendor: 'vendor-tachov' })).kind).toBe('forbidden');
    expect((await world.workflow.act(remote.id, VENDOR_TECHNICIAN, { kind: 'vendor', vendor: 'vendor-tachov' })).kind).toBe('forbidden');
    expect((await world.workflow.act(remote.id, TECHNICIAN, { kind: 'vendor', vendor: 'vendor-klatovy' })).kind).toBe('invalid');
    expect((await world.workflow.act(remote.id, TECHNICIAN, { kind: 'vendor', vendor: 'vendor-tachov', comment: 'Klatovy nestíhají' })).kind).toBe('done');
    const stored = world.repo.get(remote.id)!;
    expect(stored).toMatchObject({ vendor: 'vendor-tachov', status: remote.status, team: remote.team });
    expect(stored.history.at(-1)).toMatchObject({ actor: TECHNICIAN, action: 'vendor-changed', vendor: 'vendor-tachov', comment: 'Klatovy nestíhají' });
    await world.workflow.act(remote.id, TECHNICIAN, { kind: 'cancel' });
    expect((await world.workflow.act(remote.id, TECHNICIAN, { kind: 'vendor', vendor: 'vendor-domazlice' })).kind).toBe('invalid');
  });

  it('routes on-site work at a remote site to the district vendor, whose technician gets no OIT verb on it (issue #26: vendors work their own task)', async () => {
    const remote = await world.create('printer', 'P3', requester(OTHER_REQUESTER, 'SUS', 'sus-klatovy'));
    expect(remote).toMatchObject({ team: 'service-desk', vendor: 'vendor-klatovy' });
    expect((await world.workflow.act(remote.id, VENDOR_TECHNICIAN, { kind: 'take' }, 1)).kind).toBe('forbidden');
    expect((await world.workflow.act(remote.id, VENDOR_TECHNICIAN, { kind: 'reassign', team: 'network' }, 1)).kind).toBe('forbidden');
    expect((await world.workflow.act(ticket.id, VENDOR_TECHNICIAN, { kind: 'take' }, 1)).kind).toBe('forbidden');
  });
});

describe('routing', () => {
  const config = demoConfig();
  it.each([
    ['category team', { category: 'email', organisation: 'KU', site: 'ku-skroupova', district: 'plzen-mesto' }, { team: 'servers', vendor: null }],
    ['rule by category + organisation', { category: 'application', organisation: 'ZH', site: 'zh-plzen', district: 'plzen-mesto' }, { team: 'applications', vendor: null }],
    ['on-site at a central site stays with OIT', { category: 'hardware', organisation: 'KU', site: 'ku-skroupova', district: 'plzen-mesto' }, { team: 'service-desk', vendor: null }],
    ['on-site at a remote site → district vendor', { category: 'hardware', organisation: 'ZH', site: 'zh-tachov', district: 'tachov' }, { team: 'service-desk', vendor: 'vendor-tachov' }],
    ['not on-site at a remote site: no vendor', { category: 'account', organisation: 'SUS', site: 'sus-tachov', district: 'tachov' }, { team: 'identity', vendor: null }],
  ] as const)('%s', (_name, input, expected) => {
    expect(routeTicket(input, config)).toEqual(expected);
  });
});
