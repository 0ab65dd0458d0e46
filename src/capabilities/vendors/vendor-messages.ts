import type { Language } from '../../domain/tickets/ticket.js';

type Params = Record<string, string | number>;
type Entry = { cs: string; en: string };

/** The vendors capability's user-facing sentences, Czech first, English second. */
const MESSAGES = {
  tasksTitle: { cs: 'Moje úkoly ({vendor})', en: 'My tasks ({vendor})' },
  tasksNone: { cs: 'Nemáte žádné otevřené úkoly.', en: 'You have no open tasks.' },
  tasksOnlyVendors: { cs: 'Úkoly dodavatelů vidí jen technici smluvních dodavatelů.', en: 'Only the contracted vendors\' technicians have vendor tasks.' },
  taskHeading: { cs: 'Úkol {id}', en: 'Task {id}' },
  workHeading: { cs: 'Práce dodavatele k převzetí: {id}', en: 'Vendor\'s work to accept: {id}' },
  fTicket: { cs: 'Požadavek', en: 'Ticket' },
  fStatus: { cs: 'Stav', en: 'Status' },
  fPriority: { cs: 'Priorita', en: 'Priority' },
  fWhere: { cs: 'Kde', en: 'Where' },
  fRequester: { cs: 'Žadatel', en: 'Requester' },
  fVendor: { cs: 'Dodavatel', en: 'Vendor' },
  fContract: { cs: 'Smlouva', en: 'Contract' },
  fTechnician: { cs: 'Technik', en: 'Technician' },
  dueAccept: { cs: 'Přijmout do', en: 'Accept by' },
  dueOnSite: { cs: 'Na místě do', en: 'On site by' },
  dueResolved: { cs: 'Vyřešit do', en: 'Resolve by' },
  left: { cs: '{due} (zbývá {left})', en: '{due} ({left} left)' },
  late: { cs: '{due} (po termínu o {late})', en: '{due} ({late} late)' },
  met: { cs: 'splněno {at}', en: 'met {at}' },
  metLate: { cs: 'splněno {at}, po termínu o {late}', en: 'met {at}, {late} late' },
  reportTitle: { cs: 'Výkaz práce', en: 'Work report' },
  fDone: { cs: 'Co bylo uděláno', en: 'What was done' },
  fTaskType: { cs: 'Typ úkonu', en: 'Task type' },
  fParts: { cs: 'Díly', en: 'Parts' },
  fMinutes: { cs: 'Minut práce', en: 'Minutes worked' },
  fSignedOff: { cs: 'Potvrzeno žadatelem', en: 'Signed off by the requester' },
  yes: { cs: 'ano', en: 'yes' },
  no: { cs: 'ne', en: 'no' },
  returnedReason: { cs: 'Vráceno OIT: {reason}', en: 'Returned to OIT: {reason}' },
  rejectedReason: { cs: 'OIT práci vrátil k dopracování: {reason}', en: 'OIT returned the work for rework: {reason}' },
  approvedBy: { cs: 'OIT práci převzal {at}.', en: 'OIT accepted the work on {at}.' },
  accept: { cs: 'Přijmout', en: 'Accept' },
  arrive: { cs: 'Na místě', en: 'On site' },
  done: { cs: 'Hotovo', en: 'Done' },
  returnToOit: { cs: 'Vrátit OIT', en: 'Return to OIT' },
  send: { cs: 'Odeslat', en: 'Send' },
  phNote: { cs: 'Co jste udělali', en: 'What you did' },
  phParts: { cs: 'Použité díly (nepovinné)', en: 'Parts used (optional)' },
  phMinutes: { cs: 'Minuty práce', en: 'Minutes worked' },
  phReason: { cs: 'Důvod', en: 'Reason' },
  signedOffToggle: { cs: 'Žadatel převzetí potvrdil', en: 'The requester signed off' },
  approveWork: { cs: 'Převzít práci', en: 'Accept the work' },
  rejectWork: { cs: 'Vrátit dodavateli', en: 'Return to the vendor' },
  notAllowed: { cs: 'Tohle nemůžete udělat.', en: 'You cannot do that.' },
  notFound: { cs: 'Takový úkol neznám nebo ho nevidíte.', en: 'I do not know that task, or you cannot see it.' },
  stale: { cs: 'Úkol se mezitím změnil, tady je aktuální stav.', en: 'The task has changed meanwhile; here is its current state.' },
  invalidStatus: { cs: 'To v tomto stavu úkolu nejde.', en: 'That is not possible in the task\'s current state.' },
  invalidTaskType: { cs: 'Vyberte typ úkonu z ceníku smlouvy.', en: 'Choose a task type from the contract\'s price list.' },
  invalidMinutes: { cs: 'Minuty práce musí být celé číslo od 0.', en: 'Minutes worked must be a whole number from 0.' },
  invalidText: { cs: 'Chybí text (co bylo uděláno / důvod).', en: 'The text is missing (what was done / the reason).' },
  badInput: { cs: 'Chybí nebo nesedí údaje z karty.', en: 'The card\'s data is missing or wrong.' },
  newTaskNote: { cs: 'Nový úkol pro {vendor}.', en: 'A new task for {vendor}.' },
  teamReturned: { cs: '{vendor} vrátil úkol {id} ({title}) OIT: {reason}', en: '{vendor} returned task {id} ({title}) to OIT: {reason}' },
  status_assigned: { cs: 'Čeká na přijetí', en: 'Waiting to be accepted' },
  status_accepted: { cs: 'Přijato', en: 'Accepted' },
  'status_on-site': { cs: 'Technik na místě', en: 'Technician on site' },
  status_done: { cs: 'Hotovo, čeká na převzetí OIT', en: 'Done, waiting for OIT to accept' },
  status_approved: { cs: 'Převzato OIT', en: 'Accepted by OIT' },
  status_returned: { cs: 'Vráceno OIT', en: 'Returned to OIT' },
  status_withdrawn: { cs: 'Staženo', en: 'Withdrawn' },
  statementTitle: { cs: 'Vyúčtování {vendor}, okres {district}, {month}', en: 'Statement {vendor}, district {district}, {month}' },
  statementDraft: { cs: 'Návrh (neschváleno)', en: 'Draft (not approved)' },
  statementApproved: { cs: 'Schváleno {at}, č. {number}, SHA-256 {hash}…', en: 'Approved {at}, no. {number}, SHA-256 {hash}…' },
  statementNotOver: { cs: 'Měsíc {month} ještě neskončil: návrh vyúčtování bude od {from}.', en: 'The month {month} is not over yet: the draft statement will be ready from {from}.' },
  statementNoContract: { cs: 'Dodavatel {vendor} neměl v okrese {district} v {month} smlouvu.', en: 'The vendor {vendor} had no contract in district {district} in {month}.' },
  statementForbidden: { cs: 'Toto vyúčtování vidí jen vedoucí OIT a smluvní kontakt dodavatele.', en: 'Only the head of OIT and the vendor\'s contract contact see this statement.' },
  statementWhich: { cs: 'Napište okres, např. „vyúčtování Klatovy 2026-11“. Vaše okresy: {districts}.', en: 'Name the district, e.g. "statement Klatovy 2026-11". Your districts: {districts}.' },
  statementNone: { cs: 'Vyúčtování dodavatelů vidí jen vedoucí OIT a smluvní kontakty dodavatelů.', en: 'Only the head of OIT and the vendors\' contract contacts see vendor statements.' },
  lineTask: { cs: '{ticket} · {type} · {price}', en: '{ticket} · {type} · {price}' },
  linePenalty: { cs: 'sankce −{amount}', en: 'penalty −{amount}' },
  breach: {
    cs: '{target}: {late} min po termínu → {hours} zahájených h × {percent} % z {price} = {percentAmount} + {fixed} = {amount}',
    en: '{target}: {late} min late → {hours} started h × {percent} % of {price} = {percentAmount} + {fixed} = {amount}',
  },
  taskCap: { cs: 'strop úkolu {percent} %: sankce {from} → {to}', en: 'task cap {percent} %: penalty {from} → {to}' },
  monthCap: { cs: 'Měsíční strop {percent} % ze {total} ({contract}): sankce {from} → {to}', en: 'Monthly cap {percent} % of {total} ({contract}): penalties {from} → {to}' },
  target_accept: { cs: 'Přijetí', en: 'Accept' },
  target_onSite: { cs: 'Na místě', en: 'On site' },
  target_resolved: { cs: 'Vyřešení', en: 'Resolved' },
  correction: { cs: 'Oprava {id} ({ref}): {note} {amount}', en: 'Correction {id} ({ref}): {note} {amount}' },
  tTasks: { cs: 'Úkony celkem', en: 'Tasks total' },
  tPenalties: { cs: 'Sankce', en: 'Penalties' },
  tCorrections: { cs: 'Opravy', en: 'Corrections' },
  tNet: { cs: 'Celkem bez DPH', en: 'Total without VAT' },
  tVat: { cs: 'DPH {percent} %', en: 'VAT {percent} %' },
  tGross: { cs: 'Celkem s DPH', en: 'Total with VAT' },
  rounding: { cs: 'Částky v Kč; každá sankce a DPH zaokrouhleny jednou na celé haléře (polovina od nuly).', en: 'Amounts in CZK; each penalty and the VAT rounded once to a whole haléř (halves away from zero).' },
  moreLines: { cs: '… a dalších {count} úkonů (celý výpis v XLSX a PDF).', en: '… and {count} more tasks (the whole list in the XLSX and PDF).' },
  approve: { cs: 'Schválit', en: 'Approve' },
  exportXlsx: { cs: 'Export XLSX', en: 'Export XLSX' },
  exportPdf: { cs: 'Export PDF', en: 'Export PDF' },
  disputeLine: { cs: 'Rozporovat řádek', en: 'Dispute a line' },
  disputeSent: { cs: 'Rozpor {id} k řádku {line} jsem zaznamenal; OIT ho posoudí a výsledek se promítne do dalšího vyúčtování.', en: 'Dispute {id} about line {line} recorded; OIT will decide and the outcome lands in the next statement.' },
  disputesTitle: { cs: 'Rozpory', en: 'Disputes' },
  disputeLineText: { cs: '{id} k {line}: {reason} ({status})', en: '{id} about {line}: {reason} ({status})' },
  dispute_open: { cs: 'otevřený', en: 'open' },
  dispute_upheld: { cs: 'uznán {amount}', en: 'upheld {amount}' },
  dispute_rejected: { cs: 'zamítnut', en: 'rejected' },
  uphold: { cs: 'Uznat', en: 'Uphold' },
  rejectDispute: { cs: 'Zamítnout', en: 'Reject' },
  phAmount: { cs: 'Částka v Kč ve prospěch dodavatele', en: 'Amount in CZK owed to the vendor' },
  disputeDecided: { cs: 'Rozpor {id} je rozhodnut ({status}).', en: 'Dispute {id} decided ({status}).' },
  disputeInvalid: { cs: 'Rozpor nejde zaznamenat: vyberte řádek, napište důvod (k řádku nesmí být jiný otevřený rozpor).', en: 'The dispute cannot be recorded: choose a line and give a reason (no other open dispute about the line).' },
  decideInvalid: { cs: 'Rozpor je už rozhodnutý, nebo chybí kladná částka.', en: 'The dispute is decided already, or a positive amount is missing.' },
  approvedNow: { cs: 'Vyúčtování {number} je schválené a odeslané dodavateli ({contact}).', en: 'Statement {number} is approved and sent to the vendor ({contact}).' },
  alreadyApproved: { cs: 'Vyúčtování už bylo schváleno jako {number}.', en: 'The statement was approved already as {number}.' },
  staleDraft: { cs: 'Návrh se mezitím změnil (přibyl nebo se změnil úkon); zkontrolujte ho a schvalte znovu.', en: 'The draft changed meanwhile (a task was added or changed); check it and approve again.' },
  statementForYou: { cs: 'Máte nové schválené vyúčtování {number} od OIT.', en: 'You have a new approved statement {number} from OIT.' },
  fileDescription: { cs: 'Vyúčtování {number} ({vendor}, {district}, {month})', en: 'Statement {number} ({vendor}, {district}, {month})' },
  fileOffered: { cs: 'Soubor {name} vám posílám ke stažení.', en: 'Sending you {name} to download.' },
  fileFailed: { cs: 'Soubor se teď nepodařilo poslat, zkuste to prosím později.', en: 'The file could not be sent now; please try again later.' },
  exportDraftOnly: { cs: 'Exportovat jde schválené vyúčtování.', en: 'Only an approved statement can be exported.' },
} satisfies Record<string, Entry>;

export type VendorMessageKey = keyof typeof MESSAGES;

export function vt(lang: Language, key: VendorMessageKey, params: Params = {}): string {
  const text = MESSAGES[key][lang];
  return text.replace(/\{(\w+)\}/gu, (m, name: string) => (name in params ? String(params[name]) : m));
}

const TASK_WORDS = { cs: { one: 'úkol', few: 'úkoly', many: 'úkolu', other: 'úkolů' }, en: { one: 'task', other: 'tasks' } } as const;
const plural = { cs: new Intl.PluralRules('cs'), en: new Intl.PluralRules('en') };

/** "1 úkol", "3 úkoly", "5 úkolů" / "1 task", "5 tasks". */
export function taskCount(n: number, lang: Language): string {
  const forms = TASK_WORDS[lang] as Record<string, string>;
  return `${n} ${forms[plural[lang].select(n)] ?? forms.other}`;
}

/** Business minutes as "1 h 05 min" / "45 min". */
export function durationText(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}
