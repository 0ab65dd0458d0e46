import { describe, expect, it } from 'vitest';
import { taskCount, vt } from '../../../src/capabilities/vendors/vendor-messages.js';

describe('the vendors\' sentences count in Czech as people do (the project\'s one plural helper)', () => {
  it.each([[1, '1 úkol'], [3, '3 úkoly'], [5, '5 úkolů'], [0, '0 úkolů']])('taskCount(%i) → "%s"', (n, text) => {
    expect(taskCount(n, 'cs')).toBe(text);
  });

  it('the lines a statement card leaves out', () => {
    expect(vt('cs', 'moreLines', { count: 3 })).toBe('… a další 3 úkony (celý výpis v XLSX a PDF).');
    expect(vt('cs', 'moreLines', { count: 12 })).toBe('… a dalších 12 úkonů (celý výpis v XLSX a PDF).');
    expect(vt('en', 'moreLines', { count: 1 })).toBe('… and 1 more task (the whole list in the XLSX and PDF).');
    expect(taskCount(2, 'en')).toBe('2 tasks');
  });
});
