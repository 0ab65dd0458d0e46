import { describe, expect, it } from 'vitest';
import { czechPublicHolidays, easterSunday } from '../../../src/domain/calendar/czech-holidays.js';

describe('easterSunday', () => {
  it.each([
    [2008, 3, 23], [2011, 4, 24], [2019, 4, 21], [2024, 3, 31], [2025, 4, 20],
    [2026, 4, 5], [2027, 3, 28], [2038, 4, 25], [2285, 3, 22],
  ])('%i → %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe('czechPublicHolidays', () => {
  it('2026: Good Friday 3 April, Easter Monday 6 April, sorted', () => {
    expect(czechPublicHolidays(2026)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-08', '2026-07-05', '2026-07-06',
      '2026-09-28', '2026-10-28', '2026-11-17', '2026-12-24', '2026-12-25', '2026-12-26',
    ]);
  });

  it('2027: Good Friday 26 March, Easter Monday 29 March, sorted', () => {
    expect(czechPublicHolidays(2027)).toEqual([
      '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-08', '2027-07-05', '2027-07-06',
      '2027-09-28', '2027-10-28', '2027-11-17', '2027-12-24', '2027-12-25', '2027-12-26',
    ]);
  });

  it('no Good Friday before 2016 (added by the 2015 amendment)', () => {
    expect(czechPublicHolidays(2015)).toContain('2015-04-06');
    expect(czechPublicHolidays(2015)).not.toContain('2015-04-03');
    expect(czechPublicHolidays(2016)).toContain('2016-03-25');
    expect(czechPublicHolidays(2015)).toHaveLength(12);
  });

  it('rejects a year that is not an integer', () => {
    expect(() => czechPublicHolidays(2026.5)).toThrow(RangeError);
  });
});
