import type { Language } from '../domain/tickets/ticket.js';

type Params = Record<string, string | number>;
type Entry = { cs: string; en: string };

/** The on-call feature's user-facing sentences, in Czech and English (same `{name}` placeholders as catalogue.ts). */
const MESSAGES = {
  whoTitle: { cs: 'Kdo má pohotovost', en: 'Who is on call' },
  whoNow: { cs: 'Teď: **{name}** (do {until})', en: 'Now: **{name}** (until {until})' },
  whoNext: { cs: 'Další: {name} od {from}', en: 'Next: {name} from {from}' },
  whoNoNext: { cs: 'Další: –', en: 'Next: –' },
  coverMark: { cs: ' (zástup)', en: ' (cover)' },
  noRotation: { cs: 'Pro tento tým pohotovost nedržíme.', en: 'This team has no on-call rotation.' },
  unknownTeam: { cs: 'Takový tým neznám. Týmy s pohotovostí: {teams}.', en: 'I do not know that team. Teams with on-call: {teams}.' },
  timesNote: { cs: 'Časy jsou pražské.', en: 'Times are Prague time.' },
  myShiftsTitle: { cs: 'Moje služby', en: 'My shifts' },
  myShiftsNone: { cs: 'V příštích měsících nemáte žádnou pohotovost.', en: 'You have no on-call shifts in the coming months.' },
  shiftLine: { cs: '{team}: {from} – {to}', en: '{team}: {from} – {to}' },
  ongoing: { cs: 'právě teď', en: 'now' },
  pendingSwapsTitle: { cs: 'Čekají na vaši odpověď', en: 'Waiting for your answer' },
  swapAskTitle: { cs: 'Žádost o výměnu služby', en: 'Shift swap request' },
  swapAskBody: { cs: '{name} vám navrhuje výměnu pohotovosti:', en: '{name} proposes to swap on-call shifts with you:' },
  swapLegYou: { cs: '{team}: vy převezmete {from} – {to}', en: '{team}: you take over {from} – {to}' },
  swapLegThem: { cs: '{team}: {name} převezme {from} – {to}', en: '{team}: {name} takes over {from} – {to}' },
  swapAccept: { cs: 'Přijmout', en: 'Accept' },
  swapDecline: { cs: 'Odmítnout', en: 'Decline' },
  swapSent: { cs: 'Návrh výměny jsem poslal kolegovi {name}. Dám vám vědět, jak odpoví.', en: 'I sent the swap proposal to {name}. I will let you know the answer.' },
  swapNotDelivered: {
    cs: 'Návrh výměny je uložen, ale {name} mi ještě nenapsal(a), takže mu ho nemohu poslat. Požádejte ho, ať mi napíše „moje služby“ – návrh tam uvidí.',
    en: 'The swap proposal is saved, but {name} has not written to me yet, so I cannot send it. Ask them to write "my shifts" to me – they will find it there.',
  },
  swapAccepted: { cs: 'Výměna přijata, rozpis je upraven.', en: 'Swap accepted; the rota has been updated.' },
  swapDeclined: { cs: 'Výměnu jste odmítl(a).', en: 'You declined the swap.' },
  swapToldAccepted: { cs: '{name} přijal(a) výměnu služby ({date}). Rozpis je upraven.', en: '{name} accepted the shift swap ({date}). The rota has been updated.' },
  swapToldDeclined: { cs: '{name} odmítl(a) výměnu služby ({date}).', en: '{name} declined the shift swap ({date}).' },
  swapNotYours: { cs: 'Tuto výměnu může přijmout jen ten, komu byla navržena.', en: 'Only the person asked can answer this swap.' },
  swapStale: { cs: 'Tento návrh výměny už neplatí (byl vyřízen nebo vypršel).', en: 'This swap proposal is no longer valid (answered or expired).' },
  swapSamePerson: { cs: 'Výměnu navrhněte někomu jinému než sobě.', en: 'Propose the swap to someone other than yourself.' },
  swapNoShift: { cs: 'V ten den nemá pohotovost ani jeden z vás.', en: 'Neither of you is on call that day.' },
  swapShiftOver: { cs: 'Ta služba už skončila.', en: 'That shift is already over.' },
  swapNoCounterpart: { cs: 'Nenašel jsem službu, kterou byste si mohli vyměnit (v příštích 12 týdnech).', en: 'I found no shift to swap it with (within 12 weeks).' },
  notInRota: { cs: 'Výměny jsou jen mezi lidmi v rozpisu pohotovosti.', en: 'Swaps are only between people in the on-call rota.' },
  personNotFound: { cs: 'Nikoho jménem „{name}“ v pohotovosti neznám.', en: 'I know no one called "{name}" in on-call duty.' },
  personAmbiguous: { cs: 'Jméno „{name}“ sedí na více lidí: {names}. Napište celé jméno.', en: '"{name}" matches several people: {names}. Please write the full name.' },
  badDate: { cs: 'Datum „{date}“ nerozumím. Napište ho jako 16.11.2026 nebo 2026-11-16.', en: 'I do not understand the date "{date}". Write it as 16.11.2026 or 2026-11-16.' },
  coverForbidden: { cs: 'Rozpis pohotovosti mohou měnit jen jeho správci.', en: 'Only rota administrators can change the on-call rota.' },
  coverRange: { cs: 'Konec zástupu musí být po jeho začátku.', en: 'The cover must end after it starts.' },
  coverSamePerson: { cs: 'Zástup musí být jiný člověk než zastupovaný.', en: 'The cover must be someone other than the absent person.' },
  coverNotInRota: { cs: '{name} není v žádném rozpisu pohotovosti.', en: '{name} is in no on-call rotation.' },
  coverDone: { cs: 'Zapsáno: {cover} zastoupí {absent} od {from} do {to} včetně.', en: 'Done: {cover} covers for {absent} from {from} to {to} inclusive.' },
  coverNoEffect: { cs: '{absent} v té době pohotovost nemá, rozpis se nemění.', en: '{absent} has no on-call duty then; the rota does not change.' },
  coverShifts: { cs: 'Převezme: {shifts}', en: 'Takes over: {shifts}' },
  reportTitle: { cs: 'Výkaz pohotovosti {month}', en: 'Standby report {month}' },
  reportForbidden: { cs: 'Výkaz pohotovosti vidí jen vedoucí odboru, vedoucí týmů a správci rozpisu.', en: 'Only the head of OIT, team leads and rota administrators can see the standby report.' },
  reportBadMonth: { cs: 'Napište měsíc jako 2026-11, např. „výkaz pohotovosti 2026-11“.', en: 'Write the month as 2026-11, e.g. "standby report 2026-11".' },
  reportColumns: { cs: 'celkem · všední noci · víkendy · svátky · výzvy · incidenty (h)', en: 'total · weekday nights · weekends · holidays · pages · incidents (h)' },
  reportNote: {
    cs: 'Pohotovost = rozpis po zástupech a výměnách mimo pracovní dobu (Po–Pá 7:00–15:30). Výzvy a práci na incidentech doplní modul výzev. Export: „výkaz pohotovosti {month} csv“.',
    en: 'Standby = the rota after covers and swaps, outside working hours (Mon–Fri 7:00–15:30). Pages and incident work will come from paging. Export: "standby report {month} csv".',
  },
  reportExported: { cs: 'Výkaz ({lines} řádků) je uložen pro mzdovou účtárnu na serveru: `{path}` (CSV pro Excel, odděleno středníkem).', en: 'The report ({lines} rows) is saved for payroll on the server: `{path}` (CSV for Excel, semicolon-separated).' },
  personalOnly: { cs: 'Výkazy a změny rozpisu řeším jen v osobním chatu se mnou.', en: 'I handle reports and rota changes only in a personal chat.' },
} satisfies Record<string, Entry>;

export type OncallMessageKey = keyof typeof MESSAGES;

export function to(lang: Language, key: OncallMessageKey, params: Params = {}): string {
  const text = MESSAGES[key][lang];
  return text.replace(/\{(\w+)\}/gu, (m, name: string) => (name in params ? String(params[name]) : m));
}
