import { describe, expect, it } from 'vitest';
import { periodOfSlot, queryForIntent } from '../../../src/capabilities/reports/report-intents.js';
import { ReportQuestionRecognizer } from '../../../src/capabilities/reports/report-question-recognizer.js';
import { demoConfig } from '../../support/ticket-fixtures.js';

const recognizer = new ReportQuestionRecognizer(demoConfig());
const today = { year: 2026, month: 12 };
const read = (text: string) => recognizer.recognise(text, today, false);

describe('a report intent as a report query', () => {
  it('reads the intent layer\'s period slot: month, quarter, year; anything else is no period', () => {
    expect(periodOfSlot('2026-11')).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(periodOfSlot('2026-Q3')).toEqual({ kind: 'quarter', year: 2026, quarter: 3 });
    expect(periodOfSlot('2025')).toEqual({ kind: 'year', year: 2025 });
    for (const bad of [undefined, '', '2026-13', '2026-Q5', 'listopad']) expect(periodOfSlot(bad)).toBeNull();
  });

  it('an overview the recogniser missed: the service overview for the slot\'s period, narrowed by the slots\' names', () => {
    expect(read('kolik toho bylo v listopadu')).toBeNull();
    expect(queryForIntent('reports.overview', { period: '2026-11', organisation: 'SUS', team: 'network' }, null))
      .toEqual({ kind: 'service', period: { kind: 'month', year: 2026, month: 11 }, by: null, filter: { organisation: 'SUS', team: 'network' } });
  });

  it('what the recogniser still read wins over the defaults (kind, period, breakdown)', () => {
    const q = queryForIntent('reports.overview', { period: '2026-10' }, read('kolik je otevřených požadavků podle týmů'));
    expect(q.kind).toBe('status');
    expect(q.by).toBe('team');
  });

  it('an SLA question stays one: "jak jsme na tom" words never turn it into an overview', () => {
    expect(queryForIntent('reports.sla', {}, { kind: 'service', period: null, by: null, filter: {}, format: null, strong: false }).kind).toBe('sla');
    expect(queryForIntent('reports.sla', {}, read('ukaž porušená SLA')).kind).toBe('breached');
  });

  it('the vendors\' SLA: broken down by vendor, or one vendor\'s when the slot names it', () => {
    expect(queryForIntent('vendor.sla', { period: '2026-11' }, null)).toMatchObject({ kind: 'sla', by: 'vendor', filter: {} });
    expect(queryForIntent('vendor.sla', { vendor: 'vendor-klatovy' }, null)).toMatchObject({ kind: 'sla', by: null, filter: { vendor: 'vendor-klatovy' } });
  });
});
