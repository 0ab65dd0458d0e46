import type { IntentDeclaration } from '../intents/intent-types.js';

/**
 * Manager and vendor questions whose capabilities (reports, vendors) are being built: declared here
 * so they are never taken for problem reports; at merge these declarations move to those
 * capabilities' modules, which then answer them.
 */
export const PENDING_INTENTS: readonly IntentDeclaration[] = [
  {
    id: 'reports.overview', label: { cs: 'Přehled požadavků', en: 'Ticket overview' }, slots: ['period', 'organisation', 'team', 'district'],
    examples: ['kolik máme otevřených požadavků?', 'přehled za listopad', 'přehled požadavků', 'statistika požadavků za měsíc', 'kolik bylo požadavků za říjen',
      'počet tiketů za minulý měsíc', 'souhrn za Q3', 'kolik požadavků vyřešil service desk', 'přehled požadavků za SÚS', 'report za rok 2026',
      'měsíční přehled helpdesku', 'kolik tiketů je nevyřízených', 'ticket overview for November', 'how many open tickets do we have',
      'statistics for last month', 'monthly report of tickets', 'number of requests in Q3', 'overview of the helpdesk for October',
      'kolik je otevřených požadavků', 'přehled za říjen', 'přehled požadavků za minulý měsíc', 'kolik tiketů přišlo za listopad', 'statistika tiketů', 'počet požadavků za Q3', 'souhrn za rok', 'kolik požadavků vyřešila síť', 'přehled za SÚS', 'how many tickets are open', 'overview for November', 'ticket count last month', 'statistics by team',
      'počet otevřených tiketů', 'kolik je nevyřešených požadavků', 'kolik tiketů je otevřených v týmu sítě', 'statistika za minulý měsíc', 'přehled helpdesku', 'kolik požadavků přišlo tento týden', 'overview of open tickets', 'how many requests came in last month',
      'Mohl byste mi dát přehled za listopad?', 'chtěla bych statistiku požadavků', 'prosím o přehled požadavků za říjen', 'could you give me the overview for November', 'I would like ticket statistics',
      'prehled za listopad', 'pocet pozadavku za rijen', 'statistika tiketu za mesic', 'souhrn požadavků', 'tickets overview',
      'how many tickets did we get last month', 'number of open requests now', 'ticket overview for the health holding', 'statistics for October',
      'kolik máme teď tiketů', 'kolik je otevřenejch požadavků', 'přehled požadavků za minulej měsíc', 'kolik toho bylo v listopadu'],
  },
  {
    id: 'reports.sla', label: { cs: 'Plnění SLA', en: 'SLA performance' }, slots: ['period', 'organisation', 'team'],
    examples: ['plnění SLA', 'jak plníme SLA', 'SLA za listopad', 'kolik požadavků bylo po termínu', 'dodržujeme lhůty?', 'překročené lhůty za minulý měsíc',
      'plnění SLA týmu sítě', 'kolik tiketů nestihlo termín', 'procento včas vyřešených požadavků', 'SLA report za Q3', 'jak jsme na tom se lhůtami',
      'SLA performance', 'SLA compliance for October', 'how many tickets missed the deadline', 'breached tickets this month', 'are we meeting our SLA',
      'SLA za minulý měsíc', 'report SLA', 'včasnost řešení požadavků', 'kolik procent tiketů bylo v termínu', 'SLA report last quarter', 'on-time resolution rate',
      'jak plníme SLA za listopad', 'plnění SLA za říjen', 'kolik tiketů bylo pozdě', 'SLA týmu serverů', 'dodržování lhůt', 'procento dodržených lhůt', 'překročení SLA', 'jak jsme na tom s SLA', 'SLA for the network team', 'SLA last quarter', 'deadline compliance',
      'Mohl byste mi ukázat plnění SLA?', 'chtěla bych vědět, jak plníme lhůty', 'prosím o report SLA za říjen', 'could you show the SLA compliance', 'I would like the SLA report',
      'plneni sla', 'sla za listopad prosim', 'kolik tiketu bylo po terminu', 'dodržení termínů řešení', 'sla figures',
      'how many tickets breached the SLA', 'SLA compliance this quarter', 'are we on time with tickets', 'SLA performance of the network team'],
  },
  {
    id: 'reports.tasks', label: { cs: 'Moje úkoly', en: 'My tasks' },
    examples: ['moje úkoly', 'moje ukoly', 'úkoly', 'co mám udělat', 'co na mě čeká', 'co mám schválit', 'čeká něco na moje schválení', 'seznam úkolů',
      'úkoly pro mě', 'co mám dnes vyřídit', 'mé úkoly na dnešek', 'jaké mám úkoly', 'my tasks', 'my to-do', 'tasks for me', 'what do I need to approve',
      'pending approvals', 'what is on my plate',
      'co mám dneska udělat', 'moje úkoly prosím', 'čeká něco na mě?', 'mám něco ke schválení?', 'co musím vyřídit', 'úkoly na dnes', 'seznam mých úkolů', 'what are my tasks', 'anything for me to approve', 'my pending tasks',
      'Mohl byste mi ukázat moje úkoly?', 'chtěla bych seznam svých úkolů', 'prosím o moje úkoly', 'could you show my tasks', 'I would like to see my to-do list',
      'what is waiting for me', 'my to-do list', 'approvals waiting for me', 'what should I handle today as a lead'],
  },
  {
    id: 'vendor.billing', label: { cs: 'Vyúčtování dodavatele', en: 'Vendor billing' }, slots: ['vendor', 'period', 'organisation'],
    examples: ['vyúčtování dodavatele za listopad', 'kolik nás stál SÚS za listopad?', 'vyúčtování dodavatelů', 'fakturace za servis', 'náklady na dodavatele',
      'kolik stál servis v Klatovech', 'vyúčtování PC Plzeň za říjen', 'kolik jsme platili dodavateli za minulý měsíc', 'faktura od IT Šumava',
      'cena servisních zásahů za Q3', 'výkaz práce dodavatele', 'kolik hodin odpracoval dodavatel', 'vendor billing for November', 'how much did the vendor cost',
      'supplier invoice last month', 'vendor costs in Q3', 'billing of Tachov IT servis',
      'vyúčtování za listopad dodavatel', 'kolik stál dodavatel za říjen', 'fakturace dodavatele', 'kolik nás stál servis', 'náklady na servis za Q3', 'vyúčtování IT Šumava', 'kolik jsme zaplatili PC Plzeň', 'vendor invoice', 'how much did we pay the supplier', 'supplier billing for October', 'vendor costs last month',
      'kolik jsme zaplatili dodavateli', 'vyúčtování servisu za listopad', 'faktura dodavatele za minulý měsíc', 'náklady na externí servis', 'kolik stála oprava od dodavatele', 'kolik stojí servis tento měsíc', 'vendor statement for November', 'supplier bill', 'how much do we owe the vendor', 'service costs by vendor',
      'Mohl byste mi dát vyúčtování dodavatele?', 'chtěla bych vědět, kolik stál dodavatel', 'prosím o vyúčtování servisu za říjen', 'could you show the vendor billing', 'I would like the supplier invoice for October',
      'vyuctovani dodavatele', 'kolik stal dodavatel', 'faktura za servis', 'vyúčtování externí firmy', 'vendor bill',
      'how much did the supplier cost last month', 'vendor costs for November', 'invoice of the service company', 'what do we pay the vendor',
      'kolik nás stál servis za říjen', 'kolik stála SÚS servisní firma', 'kolik jsme dali dodavateli', 'vyúčtování od dodavatele'],
  },
  {
    id: 'vendor.sla', label: { cs: 'Plnění SLA dodavatelů', en: 'Vendor SLA' }, slots: ['vendor', 'period'],
    examples: ['jak plní dodavatelé SLA?', 'SLA dodavatelů', 'plní dodavatel lhůty?', 'jak si vedou servisní firmy', 'dodavatelé a termíny',
      'kolik zásahů dodavatel nestihl', 'SLA dodavatele v Domažlicích', 'plnění lhůt IT Šumava za listopad', 'dodržuje PC Plzeň termíny?',
      'vendor SLA', 'how are vendors meeting SLA', 'supplier performance last month', 'did the vendor meet the deadlines', 'vendor SLA for Klatovy',
      'plní dodavatelé SLA?', 'SLA dodavatelů za listopad', 'dodržují dodavatelé lhůty', 'jak plní lhůty servis v Tachově', 'lhůty dodavatele v Klatovech', 'plnění SLA dodavatele za říjen', 'jak jsou na tom dodavatelé s termíny', 'vendor SLA last month', 'are suppliers meeting deadlines', 'vendor performance in Klatovy',
      'dodržel dodavatel termíny?', 'kolik zásahů servisní firma nestihla včas', 'plnění SLA servisních firem za listopad', 'jak rychle reagují dodavatelé', 'včasnost zásahů dodavatele', 'SLA dodavatele za říjen', 'termíny dodavatelů', 'vendor response times', 'how fast are the vendors', 'vendor deadline compliance for October', 'did the supplier keep the SLA',
      'Mohl byste mi ukázat plnění SLA dodavatelů?', 'chtěla bych vědět, jak dodavatelé plní lhůty', 'prosím o SLA dodavatele za listopad', 'could you show vendor SLA', 'I would like to know how the vendors meet deadlines',
      'sla dodavatelu', 'plni dodavatele lhuty', 'terminy servisnich firem', 'plnění lhůt dodavatelem', 'supplier SLA',
      'how does the vendor perform on SLA', 'supplier deadline performance last month', 'vendor SLA in Tachov', 'are the suppliers on time'],
  },
];
