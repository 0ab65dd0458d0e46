import type { Language } from '../domain/tickets/ticket.js';
import { fill } from './plural.js';

type Params = Record<string, string | number>;
type Entry = { cs: string; en: string };

/** Every user-facing sentence, in Czech and English. `{name}` placeholders are filled by `t`. */
const MESSAGES = {
  greeting: {
    cs: 'Dobrý den{name}! Jsem **Helpdesk OIT**, virtuální pomocník odboru informatiky. Napište mi vlastními slovy, co vám nefunguje nebo co potřebujete, a já založím požadavek a budu vás informovat o jeho řešení.',
    en: 'Hello{name}! I am the **OIT Helpdesk**, the IT department\'s assistant. Tell me in your own words what is not working or what you need, and I will open a ticket and keep you posted.',
  },
  helpTitle: { cs: 'S čím vám mohu pomoci:', en: 'What I can do for you:' },
  helpBody: {
    cs: '- **nahlásit problém** – nebo rovnou napište, co nefunguje (např. „Nefunguje mi tiskárna v kanceláři 312“)\n'
      + '- **moje požadavky** – přehled vašich požadavků; **HD-2026-00001** – detail požadavku; **kdy mi to opraví?** – stav posledního otevřeného požadavku\n'
      + '- **urgovat**, **nevyřešeno** – u vašeho posledního požadavku; **zrušit požadavek HD-…** – zruší ho\n'
      + '- **reset hesla**, **odemknout účet**, **reset MFA**, **odhlásit ze všech zařízení** – správa účtu\n'
      + '- **kdo má pohotovost**, **moje služby** – pohotovost OIT\n'
      + '- **fronta** – fronta požadavků vašeho týmu (technici)\n'
      + '- **kolik máme otevřených požadavků?**, **jak plníme SLA?**, **přehled za listopad** – přehledy pro vedení\n'
      + '- **nápověda** – tento přehled; **english** – switch to English',
    en: '- **report a problem** – or just write what is wrong (e.g. "My printer in office 312 does not work")\n'
      + '- **my tickets** – your tickets; **HD-2026-00001** – a ticket\'s details; **when will it be fixed?** – where your latest open ticket stands\n'
      + '- **urgent**, **not solved** – for your latest ticket; **cancel ticket HD-…** – cancels it\n'
      + '- **reset password**, **unlock account**, **reset MFA**, **sign out everywhere** – your account\n'
      + '- **who is on call**, **my shifts** – the OIT on-call duty\n'
      + '- **my queue** – your team\'s ticket queue (technicians)\n'
      + '- **how many open tickets?**, **SLA compliance**, **overview for November** – reports for managers\n'
      + '- **help** – this overview; **česky** – přepnout do češtiny',
  },
  notUnderstood: {
    cs: 'Tomu jsem bohužel nerozuměl. Popište prosím problém celou větou, nebo vyberte z nabídky:',
    en: 'Sorry, I did not understand that. Please describe the problem in a sentence, or choose from the list:',
  },
  otherScript: {
    cs: 'Rozumím jen česky a anglicky, napište mi prosím jedním z těchto jazyků. (I understand only Czech and English: please write in one of them.)',
    en: 'I understand only English and Czech: please write in one of them. (Rozumím jen anglicky a česky, napište mi prosím jedním z těchto jazyků.)',
  },
  youAreWelcome: {
    cs: 'Rádo se stalo! Kdyby bylo potřeba cokoli dalšího, stačí napsat.',
    en: 'You are welcome! If you need anything else, just write.',
  },
  languageSet: { cs: 'Dobře, budu odpovídat česky.', en: 'OK, I will answer in English.' },
  askDescription: {
    cs: 'Popište prosím, co nefunguje nebo co potřebujete. Uveďte i místo (např. kancelář nebo pracoviště), pokud to pomůže.',
    en: 'Please describe what is not working or what you need. Mention the place (office or site) if it helps.',
  },
  confirmTitle: { cs: 'Mám založit tento požadavek?', en: 'Shall I open this ticket?' },
  confirmYes: { cs: 'Založit požadavek', en: 'Open the ticket' },
  confirmNo: { cs: 'Zrušit', en: 'Cancel' },
  confirmRetry: {
    cs: 'Odpovězte prosím tlačítkem, nebo napište „ano“ či „ne“.',
    en: 'Please answer with a button, or write "yes" or "no".',
  },
  cancelled: { cs: 'Dobře, požadavek nezakládám.', en: 'OK, no ticket has been opened.' },
  stoppedThere: { cs: 'Dobře, dál nepokračuji.', en: 'OK, I have stopped there.' },
  nothingToCancel: {
    cs: 'Teď spolu nic rozpracovaného nemáme. Už založený požadavek zrušíte zprávou „zrušit požadavek HD-…“.',
    en: 'There is nothing in progress to cancel. To cancel a ticket already opened, write "cancel ticket HD-…".',
  },
  draftReplaced: {
    cs: 'Beru tuto zprávu jako nový popis problému – předchozí rozepsaný požadavek nezakládám.',
    en: 'I am taking this message as a new description of the problem – the previous draft is dropped.',
  },
  ticketCreated: { cs: 'Požadavek **{id}** je založen.', en: 'Ticket **{id}** has been opened.' },
  ticketResponseBy: {
    cs: 'Technik se vám ozve {due}.',
    en: 'A technician will get back to you {due}.',
  },
  ticketAroundTheClock: {
    cs: 'Požadavky s prioritou {priority} řešíme nepřetržitě, i mimo pracovní dobu.',
    en: 'Priority {priority} tickets are handled around the clock, outside working hours too.',
  },
  ticketKeepPosted: { cs: 'Budu vás informovat o jeho řešení.', en: 'I will keep you posted.' },
  ticketCreatedOrgUnknown: {
    cs: 'Adresář je teď nedostupný, takže jsem k požadavku nemohl doplnit vaši organizaci; technik ji doplní.',
    en: 'The directory is unavailable right now, so I could not add your organisation to the ticket; a technician will fill it in.',
  },
  myTicketsTitle: { cs: 'Moje požadavky', en: 'My tickets' },
  myTicketsNone: {
    cs: 'Zatím nemáte žádné požadavky. Stačí napsat, co nefunguje.',
    en: 'You have no tickets yet. Just write what is wrong.',
  },
  myTicketsMore: { cs: '{count:a další|a další|a dalších} {count}…', en: 'and {count} more…' },
  myTicketsPersonalOnly: {
    cs: 'Seznam vašich požadavků ukazuji jen v osobním chatu se mnou, aby ho neviděli ostatní. Napište mi tam „moje požadavky“.',
    en: 'I show your tickets only in a personal chat with me, so that others do not see them. Write “my tickets” to me there.',
  },
  textTruncated: {
    cs: 'Zpráva byla velmi dlouhá, do požadavku jsem uložil prvních {max} znaků.',
    en: 'The message was very long; I kept its first {max} characters in the ticket.',
  },
  noIdentity: {
    cs: 'Nemohu ověřit, kdo jste (zpráva nenese identitu účtu Microsoft Entra). Napište mi prosím z aplikace Teams svého pracovního účtu.',
    en: 'I cannot tell who you are (the message carries no Microsoft Entra identity). Please write to me from Teams with your work account.',
  },
  unknownUser: {
    cs: 'Váš účet jsem nenašel v adresáři organizace. Požadavek přesto založím; technik ověří vaše údaje.',
    en: 'I could not find your account in the directory. I will still open the ticket; a technician will check your details.',
  },
  tenantRefused: {
    cs: 'Tento helpdesk slouží jen zaměstnancům kraje a jeho organizací.',
    en: 'This helpdesk serves only the region\'s staff and organisations.',
  },
  turnError: {
    cs: 'Omlouvám se, něco se pokazilo a tuto zprávu jsem nezpracoval. Zkuste to prosím znovu; pokud potíže trvají, volejte helpline.',
    en: 'Sorry, something went wrong and I could not process this message. Please try again; if it persists, call the helpline.',
  },
  storeUnavailable: {
    cs: 'Požadavek se teď nepodařilo uložit (porucha úložiště). Nic jsem nezaložil – zkuste to prosím za chvíli, nebo volejte helpline.',
    en: 'The ticket could not be saved right now (storage failure). Nothing was opened; please try again shortly or call the helpline.',
  },
  draftLost: {
    cs: 'Rozepsaný požadavek se po aktualizaci helpdesku nepodařilo navázat. Popište mi prosím problém znovu.',
    en: 'Your draft could not be continued after the helpdesk was updated. Please describe the problem again.',
  },
  staleDraftCard: {
    cs: 'Tohle tlačítko patří k dřívějšímu rozepsanému požadavku. Odpovězte prosím na poslední otázku:',
    en: 'That button belongs to an earlier draft. Please answer the latest question:',
  },
  staleQuestionCard: {
    cs: 'Tohle tlačítko patří k dřívější otázce. Odpovězte prosím na tuto:',
    en: 'That button belongs to an earlier question. Please answer this one:',
  },
  attachmentOnly: {
    cs: 'Obrázky a soubory zatím neumím přečíst. Popište mi prosím problém slovy, např. „Nefunguje mi tiskárna v kanceláři 312“; snímek obrazovky pak můžete poslat technikovi, který požadavek převezme.',
    en: 'I cannot read pictures or files yet. Please describe the problem in words, e.g. "The printer in office 312 does not print"; you can send the screenshot to the technician who takes the ticket.',
  },
  staleAction: {
    cs: 'Tato karta už není aktuální. Napište prosím „nápověda“.',
    en: 'This card is out of date. Please write "help".',
  },
  pickCategory: {
    cs: 'Nejsem si jistý, kam požadavek patří. Vyberte prosím oblast:',
    en: 'I am not sure where this belongs. Please pick the area:',
  },
  somethingElse: { cs: 'Něco jiného', en: 'Something else' },
  pickCategoryRetry: {
    cs: 'Vyberte prosím oblast tlačítkem, nebo napište její číslo.',
    en: 'Please pick the area with a button, or type its number.',
  },
  askScope: { cs: 'Týká se to jen vás, nebo více lidí?', en: 'Does this affect only you, or more people?' },
  scopePerson: { cs: 'Jen mě', en: 'Only me' },
  scopeGroup: { cs: 'Více lidí (oddělení)', en: 'Several people (a department)' },
  scopeOrganisation: { cs: 'Celé pracoviště nebo úřad', en: 'The whole site or office' },
  askScopeRetry: {
    cs: 'Odpovězte prosím tlačítkem, nebo napište „jen mě“, „více lidí“ či „všichni“.',
    en: 'Please answer with a button, or write "only me", "several" or "everyone".',
  },
  selfHelpIntro: { cs: 'Než založím požadavek – možná pomůže tento návod:', en: 'Before I open a ticket, this guide may help:' },
  selfHelpQuestion: { cs: 'Pomohlo to?', en: 'Did it help?' },
  selfHelpYes: { cs: 'Ano, pomohlo', en: 'Yes, it helped' },
  selfHelpNo: { cs: 'Ne, založit požadavek', en: 'No, open a ticket' },
  selfHelpRetry: {
    cs: 'Pomohl návod? Odpovězte tlačítkem, nebo napište „ano“ či „ne“.',
    en: 'Did the guide help? Answer with a button, or write "yes" or "no".',
  },
  deflected: {
    cs: 'To rád slyším! Požadavek nezakládám. Kdyby se problém vrátil, stačí napsat.',
    en: 'Glad to hear it! No ticket has been opened. If the problem comes back, just write.',
  },
  // card labels
  status: { cs: 'Stav', en: 'Status' },
  category: { cs: 'Kategorie', en: 'Category' },
  priority: { cs: 'Priorita', en: 'Priority' },
  organisation: { cs: 'Organizace', en: 'Organisation' },
  place: { cs: 'Místo', en: 'Place' },
  placeFromDirectory: { cs: 'podle adresáře', en: 'from the directory' },
  office: { cs: 'Kancelář', en: 'Office' },
  application: { cs: 'Aplikace', en: 'Application' },
  created: { cs: 'Založeno', en: 'Created' },
  requester: { cs: 'Žadatel', en: 'Requester' },
  team: { cs: 'Řeší', en: 'Team' },
  unknown: { cs: 'neuvedeno', en: 'unknown' },
  ticketHeading: { cs: 'Požadavek {id}', en: 'Ticket {id}' },
  description: { cs: 'Popis', en: 'Description' },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;

export const STATUS_LABELS: Record<string, Entry> = {
  new: { cs: 'Nový', en: 'New' },
  assigned: { cs: 'Přidělený', en: 'Assigned' },
  'in-progress': { cs: 'Řeší se', en: 'In progress' },
  'waiting-requester': { cs: 'Čeká na vás', en: 'Waiting for you' },
  'waiting-vendor': { cs: 'Čeká na dodavatele', en: 'Waiting for the vendor' },
  resolved: { cs: 'Vyřešený', en: 'Resolved' },
  closed: { cs: 'Uzavřený', en: 'Closed' },
  cancelled: { cs: 'Zrušený', en: 'Cancelled' },
};

export function t(lang: Language, key: MessageKey, params: Params = {}): string {
  return fill(lang, MESSAGES[key][lang], params);
}

export function label(lang: Language, entry: Entry | undefined, fallback: string): string {
  return entry ? entry[lang] : fallback;
}
