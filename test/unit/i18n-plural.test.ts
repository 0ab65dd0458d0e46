import { describe, expect, it } from 'vitest';
import { fill, plural } from '../../src/i18n/plural.js';
import { tt } from '../../src/i18n/ticket-messages.js';
import { to } from '../../src/i18n/oncall-messages.js';
import { t } from '../../src/i18n/catalogue.js';

describe('Czech and English plural forms (Intl.PluralRules)', () => {
  it.each([
    [1, 'požadavek'], [2, 'požadavky'], [4, 'požadavky'], [5, 'požadavků'], [0, 'požadavků'], [11, 'požadavků'], [22, 'požadavků'], [101, 'požadavků'],
  ])('%i %s', (n, word) => {
    expect(plural('cs', n, ['požadavek', 'požadavky', 'požadavků'])).toBe(word);
  });

  it('hours, with the decimal form', () => {
    const forms = ['hodina', 'hodiny', 'hodin', 'hodiny'];
    expect([1, 3, 5, 1.5].map((n) => `${n} ${plural('cs', n, forms)}`)).toEqual(['1 hodina', '3 hodiny', '5 hodin', '1.5 hodiny']);
  });

  it('English one/other', () => {
    expect(plural('en', 1, ['ticket', 'tickets'])).toBe('ticket');
    expect(plural('en', 3, ['ticket', 'tickets'])).toBe('tickets');
  });

  it('fills counted words in catalogue sentences', () => {
    expect(tt('cs', 'queueTitle', { count: 1 })).toBe('Fronta: 1 otevřený požadavek');
    expect(tt('cs', 'queueTitle', { count: 3 })).toBe('Fronta: 3 otevřené požadavky');
    expect(tt('cs', 'queueTitle', { count: 7 })).toBe('Fronta: 7 otevřených požadavků');
    expect(tt('en', 'queueTitle', { count: 1 })).toBe('Queue: 1 open ticket');
    expect(to('cs', 'reportExported', { lines: 2, path: 'x' })).toContain('Výkaz (2 řádky)');
    expect(to('cs', 'reportExported', { lines: 1, path: 'x' })).toContain('Výkaz (1 řádek)');
    expect(t('cs', 'myTicketsMore', { count: 5 })).toBe('a dalších 5…');
  });

  it('leaves a placeholder without its parameter as it is', () => {
    expect(fill('cs', '{count} {count:a|b|c} {other}', { count: 2 })).toBe('2 b {other}');
  });
});
