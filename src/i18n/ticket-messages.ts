import type { Language } from '../domain/tickets/ticket.js';
import { fill } from './plural.js';

type Params = Record<string, string | number>;
type Entry = { cs: string; en: string };

/** The ticket workflow's user-facing sentences and labels, in Czech and English. */
const MESSAGES = {
  take: { cs: 'Převzít', en: 'Take' },
  changeStatus: { cs: 'Změnit stav', en: 'Change status' },
  comment: { cs: 'Komentovat', en: 'Comment' },
  commentPlaceholder: { cs: 'Komentář pro žadatele', en: 'Comment for the requester' },
  cardRefreshed: {
    cs: 'Požadavek se mezitím změnil, akce nebyla provedena. Karta je teď aktuální – zkontrolujte změny a akci zopakujte.',
    en: 'The ticket changed in the meantime and nothing was done. The card is now up to date: check the changes and try again.',
  },
  requesterCommentPlaceholder: { cs: 'Komentář pro technika', en: 'Comment for the technician' },
  resolve: { cs: 'Vyřešit', en: 'Resolve' },
  solutionPlaceholder: { cs: 'Řešení (uvidí žadatel)', en: 'Solution (the requester sees it)' },
  minutesPlaceholder: { cs: 'Odpracované minuty', en: 'Minutes worked' },
  escalate: { cs: 'Eskalovat', en: 'Escalate' },
  reassign: { cs: 'Předat týmu', en: 'Reassign to team' },
  assignee: { cs: 'Řešitel', en: 'Assignee' },
  vendor: { cs: 'Dodavatel', en: 'Vendor' },
  nobody: { cs: 'nikdo', en: 'nobody' },
  responseDue: { cs: 'Reakce do', en: 'Respond by' },
  resolutionDue: { cs: 'Vyřešit do', en: 'Resolve by' },
  slaPaused: { cs: 'pozastaveno', en: 'paused' },
  history: { cs: 'Historie', en: 'History' },
  version: { cs: 'verze {version}', en: 'version {version}' },
  cancelTicket: { cs: 'Zrušit požadavek', en: 'Cancel the ticket' },
  notSolved: { cs: 'Nevyřešeno', en: 'Not solved' },
  expedite: { cs: 'Urgovat', en: 'Urge' },
  rate: { cs: 'Ohodnotit', en: 'Rate' },
  ratingPlaceholder: { cs: 'Jak jste spokojeni (1–5)?', en: 'How satisfied are you (1–5)?' },
  staleCard: {
    cs: 'Tato karta už není aktuální (požadavek se mezitím změnil). Nic jsem neprovedl; otevřete prosím aktuální kartu.',
    en: 'This card is out of date (the ticket has changed meanwhile). Nothing was done; please open the current card.',
  },
  notAllowed: { cs: 'Tuto akci u požadavku provést nemůžete. Nic jsem neprovedl.', en: 'You cannot do this with the ticket. Nothing was done.' },
  notFound: { cs: 'Požadavek {id} jsem nenašel.', en: 'I could not find ticket {id}.' },
  statusNoneOpen: {
    cs: 'Nemáte žádný otevřený požadavek. Pokud něco nefunguje, napište mi, co se děje, a založím nový.',
    en: 'You have no open ticket. If something is wrong, tell me what happened and I will open one.',
  },
  statusOne: { cs: 'Tady je stav vašeho požadavku; až se změní, dám vám vědět.', en: 'Here is where your ticket stands; I will let you know when it changes.' },
  statusNewestOf: {
    cs: 'Otevřených požadavků máte víc ({count}), tady je ten nejnovější. Všechny ukáže „moje požadavky“, kterýkoli jiný jeho číslo (např. HD-2026-00001).',
    en: 'You have {count} open {count:ticket|tickets}; here is the newest. “my tickets” lists them all, and a ticket’s number shows that one (e.g. HD-2026-00001).',
  },
  invalidAction: { cs: 'To teď u požadavku nejde ({reason}). Nic jsem neprovedl.', en: 'That is not possible with the ticket now ({reason}). Nothing was done.' },
  badInput: { cs: 'Chybí nebo nesedí údaje (např. řešení a minuty). Nic jsem neprovedl.', en: 'Some details are missing or wrong (e.g. solution and minutes). Nothing was done.' },
  tooSoon: { cs: 'Požadavek jste už urgovali; znovu to půjde po {time}.', en: 'You have already urged this ticket; you can again after {time}.' },
  doneExpedite: {
    cs: 'Požadavek {id} jsem urgoval: kdo ho řeší, dostal upozornění. Stav: {status}.',
    en: 'I have urged ticket {id}: whoever handles it has been told. Status: {status}.',
  },
  doneCancel: { cs: 'Požadavek {id} jsem zrušil. Kdyby se problém vrátil, stačí mi napsat.', en: 'I have cancelled ticket {id}. If the problem comes back, just write to me.' },
  cancelWhich: {
    cs: 'Váš poslední otevřený požadavek je **{id}**. Pokud ho chcete zrušit, stiskněte „{button}“ na jeho kartě, nebo napište „zrušit požadavek {id}“.',
    en: 'Your latest open ticket is **{id}**. To cancel it, press "{button}" on its card, or write "cancel ticket {id}".',
  },
  cancelNeedsNumber: {
    cs: 'Napište prosím i číslo požadavku, který mám zrušit (např. „zrušit požadavek HD-2026-00001“).',
    en: 'Please add the number of the ticket to cancel (e.g. "cancel ticket HD-2026-00001").',
  },
  doneComment: {
    cs: 'Připsal jsem to k požadavku **{id}** (stav: {status}); kdo ho řeší, to uvidí. Nový požadavek jsem nezakládal.',
    en: 'I have added this to ticket **{id}** (status: {status}); whoever handles it will see it. No new ticket was opened.',
  },
  commentOnResolved: {
    cs: 'Pokud problém trvá, napište „nevyřešeno {id}“ a požadavek znovu otevřu.',
    en: 'If the problem persists, write "not solved {id}" and I will reopen the ticket.',
  },
  doneReopen: {
    cs: 'Požadavek {id} jsem znovu otevřel ({status}); technik se mu bude věnovat znovu.',
    en: 'I have reopened ticket {id} ({status}); a technician will look at it again.',
  },
  queueTitle: { cs: 'Fronta: {count} {count:otevřený požadavek|otevřené požadavky|otevřených požadavků|otevřeného požadavku}', en: 'Queue: {count} open {count:ticket|tickets}' },
  queueEmpty: { cs: 'Ve vaší frontě nejsou žádné otevřené požadavky.', en: 'There are no open tickets in your queue.' },
  queueTechniciansOnly: { cs: 'Frontu vidí jen technici OIT.', en: 'Only OIT technicians have a queue.' },
  queueVendorTasks: { cs: 'Frontu OIT vidí jen technici OIT. Vaše úkoly jako technika dodavatele ukáže zpráva „moje úkoly“.', en: 'Only OIT technicians see the OIT queue. Your tasks as a vendor technician: write "my tasks".' },
  noTicketToAct: { cs: 'Nenašel jsem váš požadavek, kterého se to týká. Napište prosím i jeho číslo (např. HD-2026-00001).', en: 'I could not find your ticket this is about. Please add its number (e.g. HD-2026-00001).' },
  requesterStatus: { cs: 'Váš požadavek **{id}** ({title}) je nyní ve stavu **{status}**.', en: 'Your ticket **{id}** ({title}) is now **{status}**.' },
  quotedEnglish: { cs: '„{note}“ (citováno v originále, anglicky)', en: '"{note}" (quoted as written, in English)' },
  quotedCzech: { cs: '„{note}“ (citováno v originále, česky)', en: '"{note}" (quoted as written, in Czech)' },
  requesterComment: { cs: 'Technik k požadavku **{id}** napsal: {comment}', en: 'A technician wrote on ticket **{id}**: {comment}' },
  requesterResolved: {
    cs: 'Požadavek **{id}** je vyřešen: {comment}\n\nPokud problém trvá, napište „nevyřešeno {id}“. Ohodnotit můžete na kartě požadavku („{id}“).',
    en: 'Ticket **{id}** is resolved: {comment}\n\nIf the problem persists, write "not solved {id}". You can rate it on the ticket card ("{id}").',
  },
  teamRequesterComment: { cs: 'Žadatel k požadavku **{id}** napsal: {comment}', en: 'The requester wrote on ticket **{id}**: {comment}' },
  teamExpedite: { cs: 'Žadatel urguje požadavek **{id}** ({title}).', en: 'The requester is urging ticket **{id}** ({title}).' },
  alertResponseWarning: { cs: 'Blíží se termín reakce u požadavku **{id}** ({title}).', en: 'The response deadline of ticket **{id}** ({title}) is near.' },
  alertResponseBreach: { cs: 'Termín reakce u požadavku **{id}** ({title}) byl překročen.', en: 'The response deadline of ticket **{id}** ({title}) has passed.' },
  alertResolutionWarning: { cs: 'Blíží se termín vyřešení požadavku **{id}** ({title}).', en: 'The resolution deadline of ticket **{id}** ({title}) is near.' },
  alertResolutionBreach: { cs: 'Termín vyřešení požadavku **{id}** ({title}) byl překročen.', en: 'The resolution deadline of ticket **{id}** ({title}) has passed.' },
  alertHead: { cs: 'Eskalace: požadavek **{id}** ({title}) je dlouho po termínu vyřešení.', en: 'Escalation: ticket **{id}** ({title}) is long past its resolution deadline.' },
  acknowledged: { cs: 'Zaznamenáno u požadavku **{id}**.', en: 'Noted on ticket **{id}**.' },
} satisfies Record<string, Entry>;

export type TicketMessageKey = keyof typeof MESSAGES;

export function tt(lang: Language, key: TicketMessageKey, params: Params = {}): string {
  return fill(lang, MESSAGES[key][lang], params);
}

/** What a history line says happened, by the event's action code. */
export const HISTORY_ACTIONS: Record<string, { cs: string; en: string }> = {
  created: { cs: 'založil', en: 'created' },
  taken: { cs: 'převzal', en: 'took it' },
  status: { cs: 'změnil stav', en: 'changed the status' },
  comment: { cs: 'komentář', en: 'comment' },
  resolved: { cs: 'vyřešil', en: 'resolved' },
  closed: { cs: 'uzavřeno', en: 'closed' },
  cancelled: { cs: 'zrušil', en: 'cancelled' },
  reopened: { cs: 'znovu otevřel', en: 'reopened' },
  escalated: { cs: 'eskaloval', en: 'escalated' },
  reassigned: { cs: 'předal', en: 'reassigned' },
  'vendor-changed': { cs: 'předal práci na místě jinému dodavateli', en: 'moved the on-site work to another vendor' },
  priority: { cs: 'změnil prioritu', en: 'changed the priority' },
  expedited: { cs: 'urgoval', en: 'urged' },
  rated: { cs: 'ohodnotil', en: 'rated' },
};
