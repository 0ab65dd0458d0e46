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
      'statistics for last month', 'monthly report of tickets', 'number of requests in Q3', 'overview of the helpdesk for October'],
  },
  {
    id: 'reports.sla', label: { cs: 'Plnění SLA', en: 'SLA performance' }, slots: ['period', 'organisation', 'team'],
    examples: ['plnění SLA', 'jak plníme SLA', 'SLA za listopad', 'kolik požadavků bylo po termínu', 'dodržujeme lhůty?', 'překročené lhůty za minulý měsíc',
      'plnění SLA týmu sítě', 'kolik tiketů nestihlo termín', 'procento včas vyřešených požadavků', 'SLA report za Q3', 'jak jsme na tom se lhůtami',
      'SLA performance', 'SLA compliance for October', 'how many tickets missed the deadline', 'breached tickets this month', 'are we meeting our SLA',
      'SLA za minulý měsíc', 'report SLA', 'včasnost řešení požadavků', 'kolik procent tiketů bylo v termínu', 'SLA report last quarter', 'on-time resolution rate'],
  },
  {
    id: 'reports.tasks', label: { cs: 'Moje úkoly', en: 'My tasks' },
    examples: ['moje úkoly', 'moje ukoly', 'úkoly', 'co mám udělat', 'co na mě čeká', 'co mám schválit', 'čeká něco na moje schválení', 'seznam úkolů',
      'úkoly pro mě', 'co mám dnes vyřídit', 'mé úkoly na dnešek', 'jaké mám úkoly', 'my tasks', 'my to-do', 'tasks for me', 'what do I need to approve',
      'pending approvals', 'what is on my plate'],
  },
  {
    id: 'vendor.billing', label: { cs: 'Vyúčtování dodavatele', en: 'Vendor billing' }, slots: ['vendor', 'period', 'organisation', 'district'],
    examples: ['vyúčtování dodavatele za listopad', 'kolik nás stál SÚS za listopad?', 'vyúčtování dodavatelů', 'fakturace za servis', 'náklady na dodavatele',
      'kolik stál servis v Klatovech', 'vyúčtování PC Plzeň za říjen', 'kolik jsme platili dodavateli za minulý měsíc', 'faktura od IT Šumava',
      'cena servisních zásahů za Q3', 'výkaz práce dodavatele', 'kolik hodin odpracoval dodavatel', 'vendor billing for November', 'how much did the vendor cost',
      'supplier invoice last month', 'vendor costs in Q3', 'billing of Tachov IT servis'],
  },
  {
    id: 'vendor.sla', label: { cs: 'Plnění SLA dodavatelů', en: 'Vendor SLA' }, slots: ['vendor', 'period', 'district'],
    examples: ['jak plní dodavatelé SLA?', 'SLA dodavatelů', 'plní dodavatel lhůty?', 'jak si vedou servisní firmy', 'dodavatelé a termíny',
      'kolik zásahů dodavatel nestihl', 'SLA dodavatele v Domažlicích', 'plnění lhůt IT Šumava za listopad', 'dodržuje PC Plzeň termíny?',
      'vendor SLA', 'how are vendors meeting SLA', 'supplier performance last month', 'did the vendor meet the deadlines', 'vendor SLA for Klatovy'],
  },
];
