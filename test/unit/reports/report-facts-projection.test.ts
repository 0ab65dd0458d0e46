import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportFactsProjection, factsCollection } from '../../../src/capabilities/reports/report-facts-projection.js';
import type { TicketFact } from '../../../src/capabilities/reports/figures/ticket-fact.js';
import { ManualClock, TECHNICIAN, TicketWorld } from '../../support/ticket-fixtures.js';

/** The projection as the reports wire it: hooked into the workflow, over the real store in a temp dir. */
function project(world: TicketWorld): ReportFactsProjection {
  const facts = new ReportFactsProjection({ store: world.store, tickets: world.repo, clockFor: (t) => world.sla.clockFor(t), config: world.config, logger: world.log.logger });
  world.workflow.project((t) => facts.opsFor(t));
  return facts;
}

describe('the reports\' facts: written with every ticket change, durable, rebuilt when missing', () => {
  let world: TicketWorld;
  afterEach(async () => world.close());

  it('a new ticket and each change write its fact in the same commit; the table follows', async () => {
    world = await new TicketWorld(new ManualClock(new Date('2026-11-02T08:00:00Z'))).open();
    const facts = project(world);
    const table = await facts.table(); // empty store: built (and versioned) at once
    const ticket = await world.create('software', 'P3');
    const stored = () => world.store.get<TicketFact>(factsCollection(ticket.createdAt), ticket.id);
    expect(stored()).toMatchObject({ id: ticket.id, status: 'new', responded: null });
    expect(table.size).toBe(1);
    world.clock.set('2026-11-02T08:30:00Z');
    await world.workflow.act(ticket.id, TECHNICIAN, { kind: 'take' });
    expect(stored()).toMatchObject({ status: 'in-progress', responded: Date.parse('2026-11-02T08:30:00Z'), responseMet: true });
    expect(table.row(0)).toMatchObject({ status: 'in-progress', responseMet: true });
  });

  it('after a restart the facts load from the store; a store from before the reports is rebuilt from its tickets, archived ones too', async () => {
    world = await new TicketWorld(new ManualClock(new Date('2026-11-02T08:00:00Z'))).open();
    // tickets made before the reports existed: no projection hooked
    const first = await world.create('software', 'P3');
    world.clock.set('2026-11-02T09:00:00Z');
    await world.workflow.act(first.id, TECHNICIAN, { kind: 'resolve', note: 'ok', minutes: 5 });
    await world.workflow.act(first.id, TECHNICIAN, { kind: 'close' });
    const second = await world.create('network', 'P2');
    expect(world.store.get('tickets', first.id)).toBeUndefined(); // archived
    await world.reopen();
    let facts = project(world);
    const rebuilt = await facts.table();
    expect(rebuilt.size).toBe(2);
    const loads = () => world.log.lines.filter((l) => l.msg === 'report facts loaded');
    expect(loads().at(-1)).toMatchObject({ rebuilt: true, tickets: 2 });
    expect(world.store.get<TicketFact>(factsCollection(first.createdAt), first.id)).toMatchObject({ status: 'closed', resolutionMet: true });
    // the rebuild folds the journal: every month's facts are in their archive file, which can leave memory
    expect(existsSync(join(world.temp.dir, 'archive', `${factsCollection(first.createdAt)}.json`))).toBe(true);
    await world.reopen();
    facts = project(world);
    const loaded = await facts.table();
    expect(loaded.size).toBe(2);
    expect([loaded.row(0).id, loaded.row(1).id].sort()).toEqual([first.id, second.id].sort());
    expect(loads().at(-1)).toMatchObject({ rebuilt: false, tickets: 2 });
    // the SLA targets changed in the config: the facts are derived again
    const config = structuredClone(world.config);
    config.sla.priorities.P3.response = '2h';
    await new ReportFactsProjection({ store: world.store, tickets: world.repo, clockFor: (t) => world.sla.clockFor(t), config, logger: world.log.logger }).table();
    expect(loads().at(-1)).toMatchObject({ rebuilt: true, tickets: 2 });
  });
});
