import { describe, expect, it } from 'vitest';
import { parseOncallCommand } from '../../src/capabilities/oncall/oncall-command-parser.js';
import { ZonedTime } from '../../src/domain/calendar/zoned-time.js';
import { parseUserDate, parseUserMonth } from '../../src/domain/oncall/oncall-date.js';
import { Rota } from '../../src/domain/oncall/rota.js';
import { planSwap } from '../../src/domain/oncall/swap-plan.js';
import { WeeklyRotation } from '../../src/domain/oncall/weekly-rotation.js';

describe('on-call commands', () => {
  it.each([
    ['kdo má pohotovost?', { kind: 'who', team: null }],
    ['Kdo ma pohotovost', { kind: 'who', team: null }],
    ['who is on call?', { kind: 'who', team: null }],
    ['who is on call for network?', { kind: 'who', team: 'network' }],
    ['kdo má pohotovost na síti?', { kind: 'who', team: 'siti' }],
    ['moje služby', { kind: 'myShifts' }],
    ['my shifts', { kind: 'myShifts' }],
    ['vyměnit službu s Lynne 18.11.2026', { kind: 'swap', name: 'lynne', date: '18.11.2026' }],
    ['swap shift with Megan Bowen 2026-12-01', { kind: 'swap', name: 'megan bowen', date: '2026-12-01' }],
    ['zástup Megan za Lynne od 1.12.2026 do 14.12.2026', { kind: 'cover', cover: 'megan', absent: 'lynne', from: '1.12.2026', to: '14.12.2026' }],
    ['substitute Megan for Lynne from 2026-12-01 to 2026-12-14', { kind: 'cover', cover: 'megan', absent: 'lynne', from: '2026-12-01', to: '2026-12-14' }],
    ['výkaz pohotovosti 2026-11', { kind: 'report', month: '2026-11', csv: false }],
    ['standby report 2026-11 csv', { kind: 'report', month: '2026-11', csv: true }],
    ['zavolej pohotovost síť: Na celém úřadě nejde internet!', { kind: 'page', team: 'sit', message: 'Na celém úřadě nejde internet!' }],
    ['Vyvolej pohotovost pro servery:   padá VMware cluster ', { kind: 'page', team: 'servery', message: 'padá VMware cluster' }],
    ['page network: core switch down', { kind: 'page', team: 'network', message: 'core switch down' }],
    ['page the on-call for servers: storage array offline', { kind: 'page', team: 'servers', message: 'storage array offline' }],
    ['zavolej pohotovost', { kind: 'pageHelp' }],
    ['zavolej pohotovost síť', { kind: 'pageHelp' }],
    ['page network:', { kind: 'pageHelp' }],
    ['výzva PG-2026-00012', { kind: 'showPage', id: 'PG-2026-00012' }],
    ['page pg-2026-00012', { kind: 'showPage', id: 'PG-2026-00012' }],
  ])('%s', (text, expected) => {
    expect(parseOncallCommand(text)).toEqual(expected);
  });

  it('leaves ordinary requests alone', () => {
    for (const text of ['nefunguje mi tiskárna', 'my tickets', 'pohotovost je hrozná věc, nejde internet', 'swap the toner', 'page not loading', 'the page is blank']) {
      expect(parseOncallCommand(text)).toBeNull();
    }
  });

  it('reads dates as users type them, and refuses impossible ones', () => {
    const today = { year: 2026, month: 11, day: 27 };
    expect(parseUserDate('18.11.2026', today)).toBe('2026-11-18');
    expect(parseUserDate('1. 12.', today)).toBe('2026-12-01');
    expect(parseUserDate('3.1.', today)).toBe('2027-01-03');
    expect(parseUserDate('2026-2-29', today)).toBeNull();
    expect(parseUserDate('31.4.2026', today)).toBeNull();
    expect(parseUserMonth('2026-11')).toEqual({ year: 2026, month: 11 });
    expect(parseUserMonth('2026-13')).toBeNull();
  });
});

describe('swap planning', () => {
  const zone = new ZonedTime('Europe/Prague');
  const rota = new Rota([new WeeklyRotation({ teamId: 'network', members: ['l', 'm'], startDate: '2026-01-05', handoverTime: '07:00' }, zone)], []);
  const now = new Date('2026-11-18T09:00:00Z');

  it('swaps the proposer\'s week for the other person\'s next week in the same team', () => {
    const plan = planSwap(rota, 'l', 'm', new Date('2026-11-25T11:00:00Z'), now);
    expect(plan).toEqual({
      ok: true, legs: [
        { teamId: 'network', from: '2026-11-23T06:00:00.000Z', to: '2026-11-30T06:00:00.000Z', absentId: 'l', coverId: 'm' },
        { teamId: 'network', from: '2026-11-30T06:00:00.000Z', to: '2026-12-07T06:00:00.000Z', absentId: 'm', coverId: 'l' },
      ],
    });
  });

  it('never reaches into the past: the running week is swapped from now on', () => {
    const plan = planSwap(rota, 'l', 'm', new Date('2026-11-18T11:00:00Z'), now);
    expect(plan.ok && plan.legs[0]).toMatchObject({ absentId: 'm', coverId: 'l', from: now.toISOString(), to: '2026-11-23T06:00:00.000Z' });
  });

  it('refuses a swap with oneself, a date nobody of the two is on call, and a shift that is over', () => {
    expect(planSwap(rota, 'l', 'l', now, now)).toEqual({ ok: false, reason: 'same-person' });
    expect(planSwap(rota, 'l', 'x', new Date('2026-11-25T11:00:00Z'), now)).toEqual({ ok: false, reason: 'no-counterpart' });
    expect(planSwap(rota, 'l', 'm', new Date('2026-11-04T11:00:00Z'), now)).toEqual({ ok: false, reason: 'shift-over' });
    expect(planSwap(rota, 'x', 'y', now, now)).toEqual({ ok: false, reason: 'no-shift-on-date' });
  });
});
