import type { IntentDeclaration } from '../intents/intent-types.js';

/** The on-call capability's intents. */
export const ONCALL_INTENTS: readonly IntentDeclaration[] = [
  {
    id: 'oncall.who', label: { cs: 'Kdo má pohotovost', en: 'Who is on call' }, slots: ['team'],
    examples: ['kdo má pohotovost', 'kdo ma pohotovost', 'kdo slouží', 'kdo je na pohotovosti', 'who is on call', 'who\'s on call now',
      'kdo má teď pohotovost pro síť', 'kdo drží službu na serverech', 'kdo má službu tento týden', 'koho mám volat v noci',
      'pohotovost service desku', 'kdo je dnes pohotovostní technik', 'kdo má víkendovou pohotovost', 'kdo slouží za síťaře', 'kdo je teď na telefonu pro servery',
      'who has on-call for network', 'who is on duty', 'who can I call at night', 'on-call technician today', 'who is on call for servers',
      'kdo je dnes na službě', 'kdo dnes slouží pohotovost', 'kdo má pohotovost na servery', 'na koho se obrátit v noci', 'kdo je teď na pohotovosti pro telefony', 'who is on call this weekend',
      'kdo má pohotovost dnes', 'kdo má službu', 'kdo má teď službu na síti', 'kdo je pohotovost pro servery', 'kdo je na pohotovosti tento týden', 'pohotovost kdo', 'kdo drží pohotovost', 'koho volat o víkendu', 'who is on call today', 'who is on call for the network', 'who has the duty now',
      'kdo má teď pohotovost', 'kdo slouží na serverech', 'kdo má službu dnes v noci', 'kdo je na pohotovosti za síť', 'who is the on-call now', 'who do I call tonight'],
  },
  {
    id: 'oncall.myShifts', label: { cs: 'Moje služby', en: 'My shifts' },
    examples: ['moje služby', 'moje pohotovosti', 'moje pohotovost', 'kdy mám pohotovost', 'my shifts', 'my on-call shifts', 'when am I on call',
      'kdy mám službu', 'kdy budu mít pohotovost', 'moje příští pohotovost', 'rozpis mých služeb', 'mám tento týden službu?', 'kdy jsem na řadě s pohotovostí',
      'ukaž mi moje služby', 'my next shift', 'my on-call schedule', 'when is my next standby', 'do I have on-call this week',
      'kdy sloužím', 'kdy mám další službu', 'mám příští týden pohotovost?', 'kdy mě čeká pohotovost', 'přehled mých služeb', 'my upcoming shifts',
      'kdy mám pohotovost', 'kdy mám službu já', 'moje služby', 'moje příští služba', 'mám službu o víkendu?', 'kdy jsem na pohotovosti', 'rozpis mých pohotovostí', 'když mám příště pohotovost', 'when is my shift', 'my shifts please', 'am I on duty next week',
      'kdy mám já pohotovost', 'moje nejbližší služba', 'kdy jsem na řadě', 'mám službu tento víkend?', 'when am I on duty', 'my duty schedule'],
  },
  {
    id: 'oncall.swap', label: { cs: 'Výměna služby', en: 'Swap a shift' }, slots: ['person', 'date'],
    examples: ['vyměnit službu s Megan 14.12.2026', 'prohodit pohotovost s Lynne 2026-12-21', 'výměna služby s Isaiahem', 'vyměň mi pohotovost s Adele',
      'chci si prohodit službu s kolegou Novákem', 'můžu si vyměnit službu s Megan?', 'prohodím pohotovost s Janem 28. 12.', 'potřebuji vyměnit službu',
      'swap my shift with Megan on 2026-12-14', 'swap on-call with Lynne', 'trade my on-call with Isaiah', 'exchange shifts with Adele on 21.12.2026',
      'switch standby with Megan', 'výměna pohotovosti 21.12.2026 s Megan',
      'vyměnit službu', 'prohodit službu s Megan', 'chci vyměnit pohotovost s Lynne 21.12.2026', 'výměna služby 28.12.2026 s Isaiahem', 'vyměňte mi službu s Adele', 'můžu prohodit pohotovost s kolegou?', 'prohoďme si službu s Megan', 'swap shift with Lynne', 'I want to swap my duty with Megan', 'exchange my standby with Isaiah on 2026-12-28'],
  },
  {
    id: 'oncall.report', label: { cs: 'Výkaz pohotovostí', en: 'Standby report' }, slots: ['period'],
    examples: ['výkaz pohotovosti', 'vykaz pohotovosti 2026-11', 'standby report', 'standby report 2026-10', 'výkaz pohotovosti za říjen',
      'výkaz pohotovostí za minulý měsíc', 'přehled pohotovostí pro mzdovou účtárnu', 'kolik hodin pohotovosti za listopad', 'podklady pro mzdy za pohotovosti',
      'odsloužené pohotovosti za září', 'výkaz služeb 11/2026', 'on-call report for November', 'standby hours last month', 'payroll report of standby',
      'on-call hours for October',
      'výkaz pohotovostí za listopad', 'výkaz pohotovosti za minulý měsíc', 'kolik hodin pohotovosti bylo v říjnu', 'podklady pohotovostí pro mzdy', 'přehled pohotovostí za září', 'výkaz pohotovosti csv', 'hodiny pohotovosti za měsíc', 'standby report November', 'on-call report last month', 'standby hours for payroll'],
  },
  {
    id: 'oncall.page', label: { cs: 'Zavolat pohotovost', en: 'Page the on-call' }, slots: ['team'],
    examples: ['zavolej pohotovost', 'vyvolej pohotovost pro servery', 'zavolej pohotovost síť', 'zburcuj pohotovost', 'page network', 'page on-call for servers',
      'potřebuji zavolat pohotovost', 'vyvolat pohotovostního technika sítě', 'alarm pro pohotovost serverů', 'pošli výzvu na pohotovost', 'zalarmuj pohotovost',
      'page the on-call', 'call the standby engineer', 'wake up the on-call for network', 'alert the on-call team',
      'zavolej pohotovost sítě', 'zavolejte pohotovost', 'vyvolej pohotovost serverů', 'zburcuj pohotovostního technika', 'potřebuju pohotovost hned', 'pošli výzvu pohotovosti', 'zalarmuj službu', 'page the network on-call', 'call the on-call now', 'alert the standby for servers',
      'zavolejte pohotovostního technika', 'vyvolat pohotovost hned', 'zburcujte síťaře', 'potřebujeme pohotovost, padá server', 'alarm pohotovosti', 'page the standby now', 'call out the network on-call'],
  },
];
