import { describe, expect, it } from 'vitest';
import { ZonedTime } from '../../../src/domain/calendar/zoned-time.js';
import { SlaCalendars } from '../../../src/services/sla-calendars.js';
import { monthlyDue, weeklyDue } from '../../../src/capabilities/reports/figures/report-schedule.js';
import { config } from './report-data.js';

const zone = new ZonedTime('Europe/Prague');
const ku = new SlaCalendars(config).of('KU');

describe('when the monthly report and the weekly digest are due', () => {
  it('the first business day: 1 January 2027 is a holiday (Friday), so Monday 4 January at 08:00', () => {
    const due = monthlyDue(Date.parse('2027-01-02T10:00:00Z'), zone, ku, '08:00');
    expect(new Date(due.due).toISOString()).toBe('2027-01-04T07:00:00.000Z');
    expect(due.reportMonth).toEqual({ year: 2026, month: 12 });
  });

  it('in summer time 08:00 is 06:00 UTC; 1 June 2026 is a Monday', () => {
    expect(new Date(monthlyDue(Date.parse('2026-06-10T10:00:00Z'), zone, ku, '08:00').due).toISOString()).toBe('2026-06-01T06:00:00.000Z');
  });

  it('a month starting on a weekend: 1 November 2026 is a Sunday, so Monday 2 November', () => {
    expect(new Date(monthlyDue(Date.parse('2026-11-01T10:00:00Z'), zone, ku, '08:00').due).toISOString()).toBe('2026-11-02T07:00:00.000Z');
  });

  it('the weekly digest is due on Monday of the ISO week', () => {
    const w = weeklyDue(Date.parse('2026-12-09T10:00:00Z'), zone, '08:00');
    expect(new Date(w.due).toISOString()).toBe('2026-12-07T07:00:00.000Z');
    expect(w.key).toBe('2026-W50');
  });
});
