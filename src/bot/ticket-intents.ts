import type { IntentDeclaration } from '../intents/intent-types.js';

/** The ticket capability's intents: requesters' questions about their requests, technicians' queue. */
export const TICKET_INTENTS: readonly IntentDeclaration[] = [
  {
    id: 'tickets.mine', label: { cs: 'Moje požadavky', en: 'My tickets' },
    examples: ['moje požadavky', 'me pozadavky', 'moje tikety', 'moje tickety', 'požadavky', 'seznam požadavků', 'my tickets', 'my requests', 'tickets',
      'show my tickets', 'ukaž mi moje tikety', 'zobraz mé požadavky', 'jaké mám požadavky', 'co mám nahlášeno', 'přehled mých požadavků',
      'moje hlášení', 'seznam mých tiketů', 'Můžete mi ukázat, co jsem nahlásil?', 'potřeboval bych vidět svoje požadavky', 'vypiš moje požadavky',
      'kolik mám otevřených požadavků', 'which tickets do I have', 'show me my requests', 'list of my tickets', 'my open tickets', 'what did I report',
      'moje hlášení', 'co mám u vás otevřené', 'ukažte mi moje požadavky', 'jaké tikety jsem zadal', 'přehled mých tiketů', 'zobrazit mé požadavky', 'seznam mych hlaseni', 'chci vidět svoje požadavky', 'co jsem nahlásila', 'show my requests', 'what tickets do I have open', 'list my requests please', 'my reported issues'],
  },
  {
    id: 'tickets.status', label: { cs: 'Stav mého požadavku', en: 'Where my ticket stands' },
    examples: ['kdy mi to opraví?', 'kdy to bude hotové', 'stav požadavku', 'jak to vypadá s mou opravou', 'už na tom někdo dělá?', 'kdy přijdete?',
      'je můj požadavek už vyřešený?', 'jak jste daleko s mým požadavkem', 'kdy mi to spravíte', 'co se děje s mým požadavkem', 'dozvím se, kdy to bude?',
      'jak pokračuje řešení', 'kdy dorazí technik', 'kdy mi to zprovozníte', 'stav mého tiketu', 'ticket status', 'when will it be fixed',
      'what is the status of my ticket', 'has anyone looked at my request', 'how long will it take', 'when is the technician coming', 'any update on my request',
      'kdy se mi někdo ozve', 'je to už v řešení?', 'díval se na to už někdo?', 'kdy to bude fungovat', 'jak to vypadá s opravou', 'máte něco nového k mé závadě',
      'co je s mým hlášením', 'stav opravy', 'už je to hotové?', 'is my issue being handled', 'when will my problem be solved', 'what is happening with my request',
      'kdy mi to opravíte', 'jak to vypadá s mým požadavkem', 'jak je na tom můj požadavek', 'kdy přijde technik', 'už to někdo řeší?', 'řeší to někdo?', 'kdy to spravíte', 'co je nového s mým požadavkem', 'kdy se to vyřeší', 'jak dlouho to ještě potrvá', 'is someone on it', 'when will the technician arrive', 'any news about my issue'],
  },
  {
    id: 'tickets.show', label: { cs: 'Detail požadavku', en: 'A ticket\'s details' }, slots: ['ticket'], requires: ['ticket'],
    examples: ['ticket HD-2026-00001', 'tiket HD-2026-00012', 'požadavek HD-2026-00003', 'detail HD-2026-00004', 'HD-2026-00005', 'HD-2026-00006?',
      'ukaž požadavek HD-2026-00007', 'zobraz HD-2026-00008', 'co se děje s HD-2026-00009', 'jak je na tom HD-2026-00010', 'stav požadavku HD-2026-00011',
      'podívej se na HD-2026-00013', 'informace k HD-2026-00014', 'show HD-2026-00015', 'open HD-2026-00016', 'status of HD-2026-00017',
      'what about HD-2026-00018', 'details for ticket HD-2026-00019', 'where is HD-2026-00020',
      'ukaž mi HD-2026-00030', 'otevři požadavek HD-2026-00031', 'jak to vypadá s HD-2026-00032', 'stav HD-2026-00033', 'co je s HD-2026-00034', 'zobrazit tiket HD-2026-00035', 'detail tiketu HD-2026-00036', 'HD-2026-00037 prosím', 'show me ticket HD-2026-00038', 'what is the status of HD-2026-00039', 'any news on HD-2026-00040'],
  },
  {
    id: 'tickets.queue', label: { cs: 'Fronta týmu', en: 'Team queue' }, slots: ['team'],
    examples: ['fronta', 'moje fronta', 'fronta týmu', 'my queue', 'queue', 'team queue', 'ukaž frontu', 'co je ve frontě', 'naše fronta požadavků',
      'nevyřízené požadavky týmu', 'co máme rozpracované', 'přidělené požadavky', 'fronta service desku', 'fronta týmu sítě', 'co čeká na vyřízení',
      'na čem mám pracovat', 'které tikety jsou moje k řešení', 'open tickets of my team', 'what is waiting for my team', 'show the queue',
      'tickets assigned to me', 'our backlog', 'what should I work on',
      'nevyřízené tikety', 'otevřené tikety týmu', 'co je přiděleno našemu týmu', 'požadavky k řešení pro můj tým', 'které požadavky máme rozdělané', 'unassigned tickets of my team',
      'co máme ve frontě', 'fronta požadavků', 'ukaž frontu týmu', 'fronta sítě', 'fronta serverů', 'na čem dnes pracovat', 'moje fronta požadavků', 'požadavky čekající na náš tým', 'what is in our queue', 'show my queue', 'tickets waiting for my team', 'queue of the network team'],
  },
  {
    id: 'tickets.reopen', label: { cs: 'Nevyřešeno – otevřít znovu', en: 'Not solved – reopen' }, slots: ['ticket'],
    examples: ['nevyřešeno', 'nevyreseno', 'není vyřešeno', 'not solved', 'not resolved', 'pořád to nefunguje, otevřete to znovu', 'znovu otevřít požadavek',
      'požadavek není vyřešený', 'nevyřešeno HD-2026-00021', 'otevřete znovu HD-2026-00022', 'problém přetrvává', 'zavřeli jste to, ale nefunguje to',
      'zase se to objevilo, znovu otevřít', 'oprava nefunguje', 'vraťte to technikovi', 'it is still not working, reopen it', 'reopen HD-2026-00023',
      'the problem is back', 'you closed it but it is not fixed', 'please reopen my request',
      'pořád to nefunguje', 'oprava nepomohla', 'problém trvá dál', 'není to opravené', 'znovu otevřete požadavek', 'vraťte požadavek do řešení', 'zase to nejde, otevřít znovu', 'nevyřešeno, pořád to padá', 'it still does not work', 'the fix did not help', 'reopen the ticket please', 'the issue came back'],
  },
  {
    id: 'tickets.expedite', label: { cs: 'Urgovat', en: 'Urge' }, slots: ['ticket'],
    examples: ['urgovat', 'urguji', 'urgent', 'urge', 'expedite', 'urgovat HD-2026-00024', 'spěchá to', 'potřebuju to rychleji', 'pospěšte si prosím',
      'urgence požadavku', 'čekám už dlouho, urgujte to', 'můžete to urychlit?', 'je to naléhavé, prosím o urychlení', 'už to trvá moc dlouho',
      'zrychlit vyřízení', 'please expedite', 'this is urgent, speed it up', 'hurry please', 'I have been waiting too long', 'push my ticket', 'expedite HD-2026-00025',
      'urguju', 'urgujte můj požadavek', 'potřebuji to urychleně', 'prosím o urychlení', 'můžete to uspíšit', 'popoženete to?', 'čekám už týden', 'hoří to', 'spěchá to moc', 'this is urgent', 'please hurry', 'can you speed this up', 'I need it faster'],
  },
  {
    id: 'tickets.cancel', label: { cs: 'Zrušit požadavek', en: 'Cancel a ticket' }, slots: ['ticket'],
    examples: ['zrušit požadavek', 'cancel ticket', 'zrušit HD-2026-00026', 'zrušit požadavek HD-2026-00027', 'zruš můj tiket', 'storno HD-2026-00028',
      'už to není potřeba, zrušte požadavek', 'stornovat požadavek', 'chci zrušit svůj požadavek', 'požadavek už nepotřebuji', 'zrušte moje hlášení',
      'vyřešilo se to samo, můžete požadavek zrušit', 'odvolávám požadavek', 'cancel my request', 'cancel HD-2026-00029', 'I no longer need the ticket',
      'delete my ticket', 'withdraw my ticket', 'it fixed itself, cancel the request',
      'zrušte můj požadavek', 'zrušit můj tiket', 'už to není potřeba', 'stáhnout požadavek', 'storno požadavku', 'požadavek ruším', 'beru to zpět, zrušte to', 'zrušte HD-2026-00041', 'cancel ticket HD-2026-00042', 'I do not need it anymore, cancel it', 'withdraw the request', 'please cancel my ticket'],
  },
];
