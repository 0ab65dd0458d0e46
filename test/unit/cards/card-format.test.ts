import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { deadlinePhrase, formatTime } from '../../../cards/card-format.js';

const config = loadConfig({}).domain;

describe('formatTime', () => {
  it('writes Prague time the Czech way (no-break spaces, hour without a leading zero) and the English way', () => {
    expect(formatTime('2026-11-27T08:05:00.000Z', { lang: 'cs', config })).toBe('27.\u00a011.\u00a02026 9:05');
    expect(formatTime('2026-11-27T08:05:00.000Z', { lang: 'en', config })).toBe('27/11/2026 09:05');
    expect(formatTime('2026-07-01T22:30:00.000Z', { lang: 'cs', config })).toBe('2.\u00a07.\u00a02026 0:30');
  });

  it('follows the change of offset on the night it happens', () => {
    expect(formatTime('2026-10-25T00:59:00.000Z', { lang: 'en', config })).toBe('25/10/2026 02:59');
    expect(formatTime('2026-10-25T01:00:00.000Z', { lang: 'en', config })).toBe('25/10/2026 02:00');
    expect(formatTime('2026-03-29T00:59:00.000Z', { lang: 'en', config })).toBe('29/03/2026 01:59');
    expect(formatTime('2026-03-29T01:00:00.000Z', { lang: 'en', config })).toBe('29/03/2026 03:00');
  });

  it('shows a text that is not a time as it is', () => {
    expect(formatTime('not a time', { lang: 'cs', config })).toBe('not a time');
  });
});

describe('deadlinePhrase', () => {
  const cs = { lang: 'cs' as const, config };
  const en = { lang: 'en' as const, config };
  const friday = new Date('2026-11-27T16:05:00Z'); // Friday 17:05 in Prague

  it('says today and tomorrow by the Prague calendar day, not the UTC one', () => {
    expect(deadlinePhrase(new Date('2026-11-27T16:35:00Z'), friday, cs)).toBe('nejpozději dnes v\u00a017:35');
    expect(deadlinePhrase(new Date('2026-11-27T16:35:00Z'), friday, en)).toBe('today by 17:35');
    // 00:30 in Prague is already the 28th, while UTC still says the 27th
    expect(deadlinePhrase(new Date('2026-11-28T06:00:00Z'), new Date('2026-11-27T23:30:00Z'), cs)).toBe('nejpozději dnes v\u00a07:00');
    expect(deadlinePhrase(new Date('2026-11-28T08:05:00Z'), friday, cs)).toBe('nejpozději zítra v\u00a09:05');
    expect(deadlinePhrase(new Date('2026-11-28T08:05:00Z'), friday, en)).toBe('tomorrow by 09:05');
  });

  it('names the weekday within a week, with the Czech preposition that goes with it, and the date beyond', () => {
    expect(deadlinePhrase(new Date('2026-11-30T10:00:00Z'), friday, cs)).toBe('nejpozději v pondělí 30.\u00a011. v\u00a011:00');
    expect(deadlinePhrase(new Date('2026-12-02T14:30:00Z'), friday, cs)).toBe('nejpozději ve středu 2.\u00a012. v\u00a015:30');
    expect(deadlinePhrase(new Date('2026-12-02T14:30:00Z'), friday, en)).toBe('by Wednesday 02/12, 15:30');
    expect(deadlinePhrase(new Date('2026-12-11T14:30:00Z'), friday, cs)).toBe('nejpozději 11.\u00a012.\u00a02026 v\u00a015:30');
    expect(deadlinePhrase(new Date('2026-12-11T14:30:00Z'), friday, en)).toBe('by 11/12/2026 15:30');
  });
});
