import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { formatTime } from '../../../cards/card-format.js';

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
