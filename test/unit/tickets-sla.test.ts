import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/domain/tickets/ticket.js';
import { SlaScheduler } from '../../src/jobs/sla-scheduler.js';
import type { IntervalTimer } from '../../src/jobs/interval-job.js';
import { SlaEscalationService, type SlaAlertPort } from '../../src/services/sla-escalation-service.js';
import type { ScheduledEventKind } from '../../src/store/sla-event-repository.js';
import { HEAD, ManualClock, REQUESTER, TECHNICIAN, TicketWorld, demoConfig } from '../support/ticket-fixtures.js';

class RecordingAlerts implements SlaAlertPort {
  readonly sent: { ticket: string; kind: ScheduledEventKind; to: readonly string[] }[] = [];
  async alert(ticket: Ticket, kind: ScheduledEventKind, to: readonly string[]): Promise<void> {
    this.sent.push({ ticket: ticket.id, kind, to });
  }
}

const NO_TIMER: IntervalTimer = { every: () => ({ stop: () => undefined }) };
const at = (world: TicketWorld, id: string) => Object.fromEntries(world.events.pending(id).map((e) => [e.kind, e.at]));

describe('SLA deadlines of tickets (service level)', () => {
  let clock: ManualClock;
  let world: TicketWorld;
  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-03-06T14:00:00.000Z'));
    world = await new TicketWorld(clock).open();
  });
  afterEach(async () => world.close());

  it('P3 on Friday 15:00: response Monday 10:30, resolution Wednesday 15:00 (Prague business hours), stored as due events', async () => {
    const ticket = await world.create('printer', 'P3');
    expect(at(world, ticket.id)).toMatchObject({
      'response-breach': '2026-03-09T09:30:00.000Z',
      'resolution-breach': '2026-03-11T14:00:00.000Z',
      'response-warning': '2026-03-09T08:30:00.000Z',
    });
  });

  it('P1 counts 24x7 even on a Friday evening', async () => {
    clock.set('2026-03-06T18:00:00.000Z');
    const ticket = await world.create('network', 'P1');
    expect(at(world, ticket.id)).toMatchObject({ 'response-breach': '2026-03-06T18:30:00.000Z', 'resolution-breach': '2026-03-06T22:00:00.000Z' });
  });

  it('pauses while waiting for the requester over a weekend: the deadline moves by the paused business time', async () => {
    clock.set('2026-03-06T09:00:00.000Z'); // Fri 10:00
    const ticket = await world.create('printer', 'P3');
    expect(at(world, ticket.id)['resolution-breach']).toBe('2026-03-11T09:00:00.000Z');
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'take' }, 1);
    clock.set('2026-03-06T13:00:00.000Z'); // Fri 14:00
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'status', to: 'waiting-requester', comment: 'Pošlete číslo tiskárny' }, 2);
    expect(at(world, ticket.id)['resolution-breach']).toBeUndefined();
    clock.set('2026-03-09T09:00:00.000Z'); // Mon 10:00
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'status', to: 'in-progress' }, 3);
    expect(at(world, ticket.id)['resolution-breach']).toBe('2026-03-11T13:30:00.000Z'); // Wed 14:30
    expect(world.sla.deadlines(world.repo.get(ticket.id)!).resolutionDue?.toISOString()).toBe('2026-03-11T13:30:00.000Z');
  });

  it('recomputes from the creation time when the priority is raised mid-way (P4 → P2)', async () => {
    clock.set('2026-03-09T08:00:00.000Z'); // Mon 09:00
    const ticket = await world.create('software', 'P4');
    expect(at(world, ticket.id)['resolution-breach']).toBe('2026-03-23T08:00:00.000Z');
    clock.set('2026-03-09T10:00:00.000Z'); // Mon 11:00
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'priority', priority: 'P2' }, 1);
    expect(at(world, ticket.id)).toMatchObject({ 'response-breach': '2026-03-09T09:00:00.000Z', 'resolution-breach': '2026-03-10T07:30:00.000Z' });
  });
});

describe('SLA scheduler', () => {
  let clock: ManualClock;
  let world: TicketWorld;
  let alerts: RecordingAlerts;
  let scheduler: SlaScheduler;
  const build = () => {
    scheduler = new SlaScheduler({
      events: world.events, handler: new SlaEscalationService(world.workflow, alerts, world.config, world.log.logger),
      clock, timer: NO_TIMER, logger: world.log.logger,
    });
  };
  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-03-09T08:00:00.000Z')); // Mon 09:00
    world = await new TicketWorld(clock).open();
    alerts = new RecordingAlerts();
    build();
  });
  afterEach(async () => world.close());

  it('fires each warning and escalation exactly once, also across a restart', async () => {
    const ticket = await world.create('printer', 'P3');
    clock.set('2026-03-09T11:00:00.000Z'); // Mon 12:00: response warning (75 % of 4 h) due
    expect(await scheduler.tick()).toBe(1);
    expect(await scheduler.tick()).toBe(0);
    expect(alerts.sent).toEqual([{ ticket: ticket.id, kind: 'response-warning', to: [TECHNICIAN] }]);
    await world.reopen();
    build();
    expect(await scheduler.tick()).toBe(0);
    clock.set('2026-03-09T12:00:00.000Z'); // Mon 13:00: response breached
    expect(await scheduler.tick()).toBe(1);
    await world.reopen();
    build();
    expect(await scheduler.tick()).toBe(0);
    expect(alerts.sent.map((a) => a.kind)).toEqual(['response-warning', 'response-breach']);
  });

  it('after downtime fires everything that fell due meanwhile once, in order; the head of OIT last', async () => {
    const first = await world.create('printer', 'P3');
    clock.set('2026-03-09T09:00:00.000Z');
    await world.create('printer', 'P2'); // the second ticket
    clock.set('2026-03-20T08:00:00.000Z');
    expect(await scheduler.tick()).toBe(10);
    const order = alerts.sent.map((a) => `${a.ticket === first.id ? 1 : 2}:${a.kind}`);
    expect(order).toEqual([
      '2:response-warning', '2:response-breach', '1:response-warning', '1:response-breach',
      '2:resolution-warning', '2:resolution-breach', '2:escalation-head', '1:resolution-warning', '1:resolution-breach', '1:escalation-head',
    ]);
    expect(alerts.sent.at(-1)!.to).toEqual([HEAD]);
    expect(await scheduler.tick()).toBe(0);
  });

  it('a pause does not refire the warning already sent; resolving stops the clock', async () => {
    const ticket = await world.create('printer', 'P3');
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'take' }, 1);
    clock.set('2026-03-11T10:30:00.000Z'); // Wed 11:30: resolution warning (75 % of 3 days = Wed 11:07:30) due
    expect(await scheduler.tick()).toBe(1);
    expect(alerts.sent).toEqual([{ ticket: ticket.id, kind: 'resolution-warning', to: [TECHNICIAN] }]);
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'resolve', note: 'Toner vyměněn', minutes: 20 }, 2);
    clock.set('2026-03-13T07:00:00.000Z');
    expect(await scheduler.tick()).toBe(0);
    expect(alerts.sent).toHaveLength(1);
  });

  it('auto-closes N business days after resolution and archives the ticket', async () => {
    const ticket = await world.create('printer', 'P3');
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'resolve', note: 'Hotovo', minutes: 10 }, 1);
    expect(at(world, ticket.id)).toEqual({ 'auto-close': '2026-03-12T08:00:00.000Z' }); // Mon 09:00 + 3 business days
    clock.set('2026-03-12T07:59:00.000Z');
    expect(await scheduler.tick()).toBe(0);
    clock.set('2026-03-12T08:00:00.000Z');
    expect(await scheduler.tick()).toBe(1);
    expect(world.repo.get(ticket.id)).toMatchObject({ status: 'closed', closedAt: '2026-03-12T08:00:00.000Z' });
    expect(world.store.get('tickets', ticket.id)).toBeUndefined();
    expect(world.store.get('slaEvents', ticket.id)).toBeUndefined();
    expect(world.repo.get(ticket.id)!.history.at(-1)).toMatchObject({ actor: 'system', action: 'closed', from: 'resolved', to: 'closed' });
  });

  it('reopening (nevyřešeno) cancels the auto-close', async () => {
    const ticket = await world.create('printer', 'P3');
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'resolve', note: 'Hotovo', minutes: 10 }, 1);
    await world.workflow.act(ticket.id, REQUESTER, { kind: 'reopen' });
    clock.set('2026-03-12T08:00:00.000Z');
    await scheduler.tick();
    expect(world.repo.get(ticket.id)!.status).toBe('in-progress');
  });

  it('functional escalation on a resolution breach moves the ticket to the next tier when configured', async () => {
    await world.close();
    const base = demoConfig();
    world = await new TicketWorld(clock, { ...base, escalation: { ...base.escalation, functionalOnBreach: true } }).open();
    build();
    const ticket = await world.create('printer', 'P2');
    clock.set('2026-03-10T12:00:00.000Z');
    await scheduler.tick();
    expect(world.repo.get(ticket.id)).toMatchObject({ team: 'applications' });
    expect(alerts.sent.find((a) => a.kind === 'resolution-breach')!.to).toEqual([TECHNICIAN]);
  });
});
