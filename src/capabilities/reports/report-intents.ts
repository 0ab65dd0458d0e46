import type { IntentDeclaration, Slots } from '../../intents/intent-types.js';
import type { PeriodSpec } from './figures/report-period.js';
import type { ReportFilter } from './report-audience.js';
import type { ReportKind, ReportQuestion } from './report-question-recognizer.js';
import type { ReportQuery } from './reports-service.js';

/**
 * The managers' questions the intent layer reads, beyond what ReportQuestionRecognizer catches:
 * ticket overviews, SLA performance, and the vendors' SLA (the SLA report by vendor).
 * Answered by ReportsBotFeature.onIntent with the same authorization as a recognised question.
 */
export const REPORT_INTENTS: readonly IntentDeclaration[] = [
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
      'kolik máme teď tiketů', 'kolik je otevřenejch požadavků', 'přehled požadavků za minulej měsíc', 'kolik toho bylo v listopadu',
      // "report" as managers say it: the report of a period (the standby report says "pohotovost"/"standby")
      'report za říjen', 'měsíční report', 'report helpdesku za minulý měsíc', 'report požadavků za Q3', 'report for October', 'helpdesk report last month',
      'monthly helpdesk report', 'reporting za září', 'chci report za minulý měsíc', 'report tiketů za rok',
      // more styles, written for the #24 dev round (synonyms of 'založit', 'stats', 'SLA report')
      'ticket stats for October', 'helpdesk stats last month', 'statistiky tiketů za září', 'stats by team'],
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
      'how many tickets breached the SLA', 'SLA compliance this quarter', 'are we on time with tickets', 'SLA performance of the network team',
      // breaches said in words: missed, not met, exceeded, late, overdue
      'kolik požadavků nestihlo lhůtu', 'nestihli jsme termíny', 'nesplněné lhůty za říjen', 'kolik tiketů překročilo lhůtu', 'porušená SLA', 'požadavky po termínu',
      'tikety vyřešené po lhůtě', 'zmeškané termíny za minulý měsíc', 'kolik tiketu bylo po lhute', 'nesplnili jsme SLA?', 'SLA breaches last month',
      'overdue tickets', 'late tickets this month', 'tickets that missed the deadline', 'how many requests were resolved late',
      // more styles, written for the #24 dev round (synonyms of 'založit', 'stats', 'SLA report')
      'SLA report for November', 'SLA report za říjen', 'report plnění SLA za září', 'měsíční SLA report', 'SLA report of the service desk', 'SLA report for the health holding'],
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
      'how does the vendor perform on SLA', 'supplier deadline performance last month', 'vendor SLA in Tachov', 'are the suppliers on time',
      // more styles, written for the #24 dev round (past tense, word order, synonyms)
      'jak dodavatel dodržuje SLA', 'servisní firma a lhůty za říjen', 'plní servis v Klatovech termíny?', 'vendor on-time rate', 'did the vendors breach the SLA'],
  },
];

const SLA_KINDS: readonly ReportKind[] = ['sla', 'breached', 'trend'];

/** The query an intent asks, from what the recogniser still read of the text (kind, period, names) and the intent's slots. */
export function queryForIntent(intent: string, slots: Slots, question: ReportQuestion | null): ReportQuery {
  const filter: ReportFilter = {};
  for (const key of ['organisation', 'team', 'district', 'vendor'] as const) if (slots[key]) filter[key] = slots[key];
  Object.assign(filter, question?.filter ?? {});
  const vendors = intent === 'vendor.sla';
  const read = question?.kind ?? null;
  // an SLA question stays one ("jak jsme na tom se lhůtami" reads as an overview's words): its kinds are SLA, breaches, trend
  const kind: ReportKind = intent === 'reports.overview' ? read ?? 'service' : read && SLA_KINDS.includes(read) ? read : 'sla';
  return {
    kind,
    period: question?.period ?? periodOfSlot(slots.period),
    by: question?.by ?? (vendors && !filter.vendor ? 'vendor' : null),
    filter,
  };
}

/** The intent layer's period ("YYYY-MM", "YYYY-Qn", "YYYY") as the reports' period; null when absent or unreadable. */
export function periodOfSlot(period: string | undefined): PeriodSpec | null {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/u.exec(period ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { kind: 'month', year, month: Number(m[2]) } : null;
  if (m[3]) return { kind: 'quarter', year, quarter: Number(m[3]) };
  return { kind: 'year', year };
}
