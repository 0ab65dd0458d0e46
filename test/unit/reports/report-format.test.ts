import { describe, expect, it } from 'vitest';
import { ReportFormat } from '../../../src/capabilities/reports/cards/report-format.js';
import { config } from './report-data.js';

const cs = new ReportFormat('cs', config);
const en = new ReportFormat('en', config);
const plain = (s: string) => s.replace(/\u00a0/gu, ' ');

describe('report formats: Czech numbers, plurals, periods and comparisons', () => {
  it('Czech plural forms by Intl.PluralRules', () => {
    expect([1, 2, 4, 5, 0, 1234].map((n) => plain(cs.tickets(n)))).toEqual(['1 požadavek', '2 požadavky', '4 požadavky', '5 požadavků', '0 požadavků', '1 234 požadavků']);
    expect(plain(cs.plural(1.5, { one: 'den', few: 'dny', many: 'dne', other: 'dní' }))).toBe('1,5 dne');
    expect(en.tickets(1)).toBe('1 ticket');
    expect(en.tickets(3)).toBe('3 tickets');
  });

  it('percentages and durations with a decimal comma', () => {
    expect(plain(cs.pct(93.456))).toBe('93,5 %');
    expect(en.pct(93.456)).toBe('93.5%');
    expect(plain(cs.duration(45))).toBe('45 min');
    expect(plain(cs.duration(150))).toBe('2,5 h');
    expect(cs.pct(null)).toBe('–');
  });

  it('periods and the comparison with the previous one, in the right case', () => {
    expect(cs.period({ kind: 'month', year: 2026, month: 11 })).toBe('listopad 2026');
    expect(cs.period({ kind: 'quarter', year: 2026, quarter: 3 })).toBe('3. čtvrtletí 2026');
    expect(plain(cs.period({ kind: 'months', year: 2026, month: 11, count: 12 }))).toBe('12 měsíců do listopadu 2026');
    expect(plain(cs.comparePoints(91.5, 87.5, { kind: 'month', year: 2026, month: 10 }, { kind: 'month', year: 2026, month: 11 })!)).toBe('↑ 4,0 p. b. proti říjnu');
    expect(plain(cs.comparePoints(80, 85, { kind: 'month', year: 2025, month: 12 }, { kind: 'month', year: 2026, month: 1 })!)).toBe('↓ 5,0 p. b. proti prosinci 2025');
    expect(en.comparePoints(91.5, 87.5, { kind: 'month', year: 2026, month: 10 }, { kind: 'month', year: 2026, month: 11 })).toBe('↑ 4.0 pp vs October');
    expect(cs.comparePoints(null, 80, { kind: 'year', year: 2025 }, { kind: 'year', year: 2026 })).toBeNull();
  });
});
