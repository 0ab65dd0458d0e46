import type { Language } from '../domain/tickets/ticket.js';
import { fill } from './plural.js';

type Params = Record<string, string | number>;
type Entry = { cs: string; en: string };

/** The intent layer's sentences: off-topic, "Did you mean…?", yielding a dialog, capabilities not (yet) for this person, role help. */
const MESSAGES = {
  offTopic: {
    cs: 'Na tohle vám bohužel neodpovím – jsem pomocník helpdesku odboru informatiky. Pomohu, když vám nefunguje počítač, tiskárna, pošta, účet nebo telefon, nebo když potřebujete přístup či nové vybavení: stačí napsat, co se děje. Co všechno umím, ukáže „nápověda“.',
    en: 'I am afraid I cannot help with that – I am the IT department\'s helpdesk assistant. I can help when your computer, printer, e-mail, account or phone does not work, or when you need access or new equipment: just tell me what is going on. "help" shows everything I can do.',
  },
  acknowledged: { cs: 'Dobře.', en: 'OK.' },
  didYouMean: { cs: 'Nejsem si jistý, co myslíte. Myslíte:', en: 'I am not sure what you mean. Did you mean:' },
  reportProblem: { cs: 'Nahlásit problém', en: 'Report a problem' },
  staleChoice: { cs: 'Tuhle nabídku už neznám, napište mi prosím znovu, co potřebujete.', en: 'I no longer know that offer; please tell me again what you need.' },
  leftReport: { cs: 'Rozepsané hlášení problému jsem nechal být – požadavek nezakládám.', en: 'I have left the problem report you were writing – no ticket is opened.' },
  leftOther: { cs: 'Předchozí rozpracovanou věc jsem ukončil.', en: 'I have stopped what we were doing before.' },
  swapHowTo: {
    cs: 'Službu vyměníte zprávou s kolegou a dnem, např. „vyměnit službu s Megan 14.12.2026“.',
    en: 'Swap a shift by naming the colleague and the day, e.g. "swap my shift with Megan on 2026-12-14".',
  },
  technicianOnly: { cs: 'Tohle je jen pro techniky OIT a dodavatelů.', en: 'This is for OIT and vendor technicians only.' },
  helpEmployee: {
    cs: '- **nahlásit problém** – nebo rovnou napište, co nefunguje (např. „Nefunguje mi tiskárna v kanceláři 312“)\n'
      + '- **moje požadavky** – přehled vašich požadavků; **HD-2026-00001** – detail požadavku; **kdy mi to opraví?** – stav posledního otevřeného požadavku\n'
      + '- **urgovat**, **nevyřešeno** – u vašeho posledního požadavku; **zrušit požadavek HD-…** – zruší ho\n'
      + '- **reset hesla**, **reset MFA**, **odhlásit ze všech zařízení** – váš účet\n'
      + '- **kdo má pohotovost** – pohotovost OIT',
    en: '- **report a problem** – or just write what is wrong (e.g. "My printer in office 312 does not work")\n'
      + '- **my tickets** – your tickets; **HD-2026-00001** – a ticket\'s details; **when will it be fixed?** – where your latest open ticket stands\n'
      + '- **urgent**, **not solved** – for your latest ticket; **cancel ticket HD-…** – cancels it\n'
      + '- **reset password**, **reset MFA**, **sign out everywhere** – your account\n'
      + '- **who is on call** – the OIT on-call duty',
  },
  helpManager: {
    cs: '- **reset hesla pro …**, **odemknout účet …** – pro vaše podřízené; **historie účtů** – co se s jejich účty dělo',
    en: '- **reset password for …**, **unlock account …** – for your direct reports; **account history** – what was done with their accounts',
  },
  helpTechnician: {
    cs: '- **fronta** – požadavky vašeho týmu; **reset hesla pro Jana Nováka**, **odemknout účet …**, **reset MFA …** – účty uživatelů; **historie účtů**\n'
      + '- **moje služby**, **vyměnit službu s Megan 14.12.2026**, **zavolej pohotovost síť: …** – pohotovost',
    en: '- **my queue** – your team\'s tickets; **reset password for Jan Novák**, **unlock account …**, **reset MFA …** – users\' accounts; **account history**\n'
      + '- **my shifts**, **swap my shift with Megan on 2026-12-14**, **page network: …** – on-call duty',
  },
  helpVendor: {
    cs: '- **moje úkoly** (nebo **fronta**) – úkoly vaší firmy s časem do termínu; **HD-…** – karta úkolu',
    en: '- **my tasks** (or **my queue**) – your company\'s tasks with the time left; **HD-…** – the task\'s card',
  },
  helpReports: {
    cs: '- **přehled za listopad**, **kolik máme otevřených požadavků?**, **plnění SLA**, **jak plní dodavatelé SLA?**, **ukaž porušená SLA**, **vývoj za 12 měsíců** – přehledy helpdesku (i s exportem do Excelu)',
    en: '- **overview for November**, **how many open tickets?**, **SLA performance**, **SLA by vendor**, **show breached SLAs**, **12-month trend** – the helpdesk\'s reports (with an Excel export)',
  },
  helpLead: {
    cs: '- **výkaz pohotovosti 2026-11** – podklady pro mzdy',
    en: '- **standby report 2026-11** – for payroll',
  },
  helpHeadVendors: {
    cs: '- **vyúčtování Klatovy listopad** – vyúčtování dodavatele ke schválení; **kolik nás stál SÚS za listopad?** – náklady organizace; **srovnání organizací**',
    en: '- **statement Klatovy 2026-11** – a vendor\'s statement to approve; **IT cost SUS November** – an organisation\'s cost; **compare organisations**',
  },
  helpVendorContact: {
    cs: '- **vyúčtování listopad** – měsíční vyúčtování vaší firmy',
    en: '- **statement 2026-11** – your company\'s monthly statement',
  },
  helpOrganisationCost: {
    cs: '- **kolik nás stál servis za listopad?** – náklady vaší organizace na IT',
    en: '- **IT cost November** – your organisation\'s IT cost',
  },
  helpRotaAdmin: {
    cs: '- **zástup Megan za Lynne od 1.12.2026 do 14.12.2026** – zástup v pohotovosti',
    en: '- **cover Megan for Lynne from 2026-12-01 to 2026-12-14** – an on-call cover',
  },
  helpFooter: { cs: '- **nápověda** – tento přehled; **english** – switch to English', en: '- **help** – this overview; **česky** – přepnout do češtiny' },
} satisfies Record<string, Entry>;

export type IntentMessageKey = keyof typeof MESSAGES;

export function ti(lang: Language, key: IntentMessageKey, params: Params = {}): string {
  return fill(lang, MESSAGES[key][lang], params);
}
