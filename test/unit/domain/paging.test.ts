import { describe, expect, it } from 'vitest';
import { ZonedTime } from '../../../src/domain/calendar/zoned-time.js';
import { checkOncallConfig, oncallConfigSchema, type RotationConfig } from '../../../src/config/oncall-config.js';
import { Rota } from '../../../src/domain/oncall/rota.js';
import type { RotaOverride } from '../../../src/domain/oncall/rota-override.js';
import { WeeklyRotation } from '../../../src/domain/oncall/weekly-rotation.js';
import { stepTarget } from '../../../src/domain/paging/escalation-plan.js';
import { acknowledge, escalateNow, exhaust, PageActionError, resolve, startStep, workedMinutes, type Page } from '../../../src/domain/paging/page.js';

const zone = new ZonedTime('Europe/Prague');
const [LYNNE, MEGAN, HEAD, LEAD] = ['lynne', 'megan', 'head', 'lead'];
const people = { lead: LEAD, head: HEAD };
const rotationConfig = (extra: Partial<RotationConfig> = {}): RotationConfig => oncallConfigSchema.parse({
  rotations: [{ team: 'network', members: ['00000000-0000-0000-0000-000000000001'], startWeek: '2026-01-05', ...extra }],
}).rotations[0]!;
const rotation: RotationConfig = { ...rotationConfig(), members: [LYNNE, MEGAN] };
const weekly = new WeeklyRotation({ teamId: 'network', members: [LYNNE, MEGAN], startDate: '2026-01-05', handoverTime: '07:00' }, zone);
const NIGHT = new Date('2026-11-25T21:00:00Z'); // Wednesday 22:00 in Prague, Lynne's week

function page(patch: Partial<Page> = {}): Page {
  return {
    id: 'PG-2026-00001', version: 1, teamId: 'network', source: 'ticket', alertKey: null, ticketId: 'HD-2026-00001', title: 't', message: 'm',
    priority: 'P1', organisation: 'KU', site: null, status: 'open', openedAt: NIGHT.toISOString(), openedBy: 'alex', step: 0,
    nextStepAt: NIGHT.toISOString(), deliveries: [], repeats: 0, timeline: [], ...patch,
  };
}

describe('escalation chain targets', () => {
  const rota = new Rota([weekly], []);
  const step = (notify: 'on-call' | 'backup' | 'lead' | 'head') => ({ notify, waitMinutes: 10, via: 'chat' as const });

  it('on-call is who holds the week, backup the next in rotation, then the lead and the head of OIT', () => {
    expect(stepTarget(step('on-call'), rotation, rota, people, NIGHT)).toBe(LYNNE);
    expect(stepTarget(step('backup'), rotation, rota, people, NIGHT)).toBe(MEGAN);
    expect(stepTarget(step('lead'), rotation, rota, people, NIGHT)).toBe(LEAD);
    expect(stepTarget(step('head'), rotation, rota, people, NIGHT)).toBe(HEAD);
  });

  it('resolves at the time the step fires: after the Monday 07:00 handover the roles swap', () => {
    const monday = new Date('2026-11-30T06:00:00Z'); // 07:00 Prague
    expect(stepTarget(step('on-call'), rotation, rota, people, new Date(monday.getTime() - 60_000))).toBe(LYNNE);
    expect(stepTarget(step('on-call'), rotation, rota, people, monday)).toBe(MEGAN);
    expect(stepTarget(step('backup'), rotation, rota, people, monday)).toBe(LYNNE);
  });

  it('a cover counts, and a configured backup wins unless they are the one on call', () => {
    const cover: RotaOverride = {
      id: 'c1', kind: 'cover', teamId: null, from: '2026-11-25T00:00:00Z', to: '2026-11-26T23:00:00Z', absentId: LYNNE, coverId: HEAD,
      seq: 1, createdAt: '2026-11-01T00:00:00Z', createdBy: 'admin',
    };
    const covered = new Rota([weekly], [cover]);
    expect(stepTarget(step('on-call'), rotation, covered, people, NIGHT)).toBe(HEAD);
    expect(stepTarget(step('backup'), { ...rotation, backup: LEAD }, rota, people, NIGHT)).toBe(LEAD);
    expect(stepTarget(step('backup'), { ...rotation, backup: LYNNE }, rota, people, NIGHT)).toBe(MEGAN);
  });

  it('the default chain pages the on-call twice, then the backup, then the head of OIT', () => {
    expect(rotationConfig().escalation.map((s) => s.notify)).toEqual(['on-call', 'on-call', 'backup', 'head']);
  });

  it('a mail step needs a sender mailbox in the config', () => {
    const config = oncallConfigSchema.parse({ rotations: [{ team: 'network', members: ['00000000-0000-0000-0000-000000000001'], startWeek: '2026-01-05',
      escalation: [{ notify: 'head', waitMinutes: 5, via: 'mail' }] }] });
    const issues: string[] = [];
    checkOncallConfig(config, new Set(['network']), { addIssue: (i) => issues.push(`${i.path.join('.')}: ${i.message}`) });
    expect(issues).toEqual(['oncall.mailFrom: is required when an escalation step is sent by mail']);
  });
});

describe('page transitions', () => {
  it('a step moves the index on and sets the next due time from when it fired', () => {
    const fired = startStep(page(), new Date(NIGHT.getTime() + 3 * 60_000), 10);
    expect(fired).toMatchObject({ step: 1, nextStepAt: '2026-11-25T21:13:00.000Z', version: 2 });
  });

  it('acknowledge stops the chain; a second acknowledge and anything after resolve are refused', () => {
    const acked = acknowledge(page(), MEGAN, NIGHT);
    expect(acked).toMatchObject({ status: 'acknowledged', acknowledgedBy: MEGAN, nextStepAt: null });
    expect(() => acknowledge(acked, LYNNE, NIGHT)).toThrow(PageActionError);
    const done = resolve(acked, MEGAN, new Date(NIGHT.getTime() + 90 * 60_000));
    expect(workedMinutes(done)).toBe(90);
    expect(() => resolve(done, MEGAN, NIGHT)).toThrow(PageActionError);
    expect(() => escalateNow(done, MEGAN, NIGHT, 4)).toThrow(PageActionError);
  });

  it('escalate re-opens the chain at once; at the end of the chain there is nobody further', () => {
    const acked = acknowledge(page({ step: 1 }), LYNNE, NIGHT);
    expect(escalateNow(acked, LYNNE, NIGHT, 4)).toMatchObject({ status: 'open', nextStepAt: NIGHT.toISOString(), acknowledgedBy: undefined });
    expect(() => escalateNow(page({ step: 4 }), LYNNE, NIGHT, 4)).toThrow(/chain-exhausted/u);
    expect(exhaust(page({ step: 4 }), NIGHT)).toMatchObject({ nextStepAt: null, timeline: [{ kind: 'chain-exhausted' }] });
  });

  it('resolving an open page counts as acknowledging it: no incident time', () => {
    expect(workedMinutes(resolve(page(), LYNNE, NIGHT))).toBe(0);
  });
});
