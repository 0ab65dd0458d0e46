import { describe, expect, it } from 'vitest';
import { loadDomainConfigFile } from '../../../src/triage/config-file-loader.js';
import { SlotExtractor, foldForSlots } from '../../../src/intents/slots/slot-extractor.js';
import { parsePeriod } from '../../../src/intents/slots/period-slot.js';
import { parseDate } from '../../../src/intents/slots/date-slot.js';
import { findPerson } from '../../../src/intents/slots/person-slot.js';

const TODAY = { year: 2026, month: 12, day: 7 };
const period = (text: string, today = TODAY) => parsePeriod(foldForSlots(text).replace(/[.:]/gu, ' '), today);

describe('period slot', () => {
  it.each([
    ['za listopad', '2026-11'], ['přehled za listopadu 2025', '2025-11'], ['v říjnu', '2026-10'], ['minulý měsíc', '2026-11'], ['za minulý měsíc', '2026-11'],
    ['tento měsíc', '2026-12'], ['2026-11', '2026-11'], ['11/2026', '2026-11'], ['Q3', '2026-Q3'], ['za třetí kvartál', '2026-Q3'],
    ['last quarter', '2026-Q3'], ['for November', '2026-11'], ['rok 2025', '2025'], ['letos', '2026'],
  ])('"%s" → %s', (text, want) => {
    expect(period(text)).toBe(want);
  });

  it('a month after this one is last year\'s', () => {
    expect(period('za prosinec', { year: 2026, month: 3, day: 1 })).toBe('2025-12');
    expect(period('minulý měsíc', { year: 2026, month: 1, day: 10 })).toBe('2025-12');
  });

  it('no period in a sentence without one', () => {
    expect(period('kolik máme otevřených požadavků')).toBeNull();
  });
});

describe('date, minutes, person slots', () => {
  it('dates as typed and relative', () => {
    expect(parseDate(foldForSlots('14.12.2026'), TODAY)).toBe('2026-12-14');
    expect(parseDate(foldForSlots('21. 12.'), TODAY)).toBe('2026-12-21');
    expect(parseDate(foldForSlots('zítra'), TODAY)).toBe('2026-12-08');
    expect(parseDate(foldForSlots('2027-01-04'), TODAY)).toBe('2027-01-04');
  });

  it('minutes and hours', () => {
    const slots = new SlotExtractor(loadDomainConfigFile());
    const minutes = (text: string) => slots.extract(text, ['minutes'], TODAY).minutes;
    expect(minutes('odpracováno 30 minut')).toBe(30);
    expect(minutes('1,5 hodiny')).toBe(90);
    expect(minutes('2 h 15 min')).toBe(135);
    expect(minutes('půl hodiny')).toBe(30);
    expect(minutes('45 min')).toBe(45);
  });

  it('a person in any Czech case, or an address; not products, months or the first word', () => {
    expect(findPerson('resetuj heslo pro Janu Novákovou')).toBe('Janu Novákovou');
    expect(findPerson('odemkněte účet Alexe Wilbera')).toBe('Alexe Wilbera');
    expect(findPerson('reset hesla pro jan.novak@ku.demo-kraj.cz')).toBe('jan.novak@ku.demo-kraj.cz');
    expect(findPerson('Outlook mi nejde')).toBeNull();
    expect(findPerson('Resetuj heslo')).toBeNull();
  });
});

describe('config entities', () => {
  const slots = new SlotExtractor(loadDomainConfigFile());
  it('teams, organisations and vendors by name, inflected, or by district', () => {
    expect(slots.extract('kdo má pohotovost na síti', ['team'], TODAY)).toEqual({ team: 'network' });
    expect(slots.extract('fronta serverů', ['team'], TODAY)).toEqual({ team: 'servers' });
    expect(slots.extract('kolik nás stál SÚS', ['organisation'], TODAY)).toEqual({ organisation: 'SUS' });
    expect(slots.extract('dodavatel v Klatovech', ['vendor'], TODAY)).toEqual({ vendor: 'vendor-klatovy' });
    expect(slots.extract('faktura od IT Šumava', ['vendor'], TODAY)).toEqual({ vendor: 'vendor-klatovy' });
    expect(slots.extract('přehled za Rokycany', ['district'], TODAY)).toEqual({ district: 'rokycany' });
    expect(slots.extract('situace je zlá', ['team'], TODAY)).toEqual({});
  });

  it('the language asked for', () => {
    expect(slots.extract('přepni do angličtiny', ['lang'], TODAY)).toEqual({ lang: 'en' });
    expect(slots.extract('switch to czech', ['lang'], TODAY)).toEqual({ lang: 'cs' });
  });
});
