/**
 * Words that tell the scope and urgency of a problem, in Czech (folded: matched without
 * diacritics) and English. Matched as regular expressions on folded, lower-case text whose words
 * are separated by single spaces, so `\b` works on ASCII. Generic language only: critical services,
 * sites and applications come from config.
 */
const words = (list: string[]): RegExp => new RegExp(`\\b(?:${list.join('|')})`, 'u');

/** The whole organisation or several sites. */
export const ORGANISATION_SCOPE = words([
  'cel(?:y|a|e|o|em|emu|ou|ym)? (?:\\w+ )?(?:urad|organizac|kraj|budov|instituc|firm)', 'celem (?:urade|kraji)', 'celou (?:budovu|organizaci)',
  '(?:i )?(?:ostatni|dalsi|vice|nekolik) (?:odbor|oddelen|pobock|budov|pracovist)', 'vsech(?:ny|na)? (?:odbor|oddelen)', 'napric (?:uradem|organizaci|odbory)',
  '(?:zadn|vsechn|kazd)\\w* (?:\\w+ ){0,2}(?:na |v |ve |z )?urad', '(?:every|all(?: the)?) \\w+ (?:in|at|of) the (?:\\w+ )?office',
  '(?:several|other|multiple|all(?: the)?) (?:departments|sites|offices|buildings|organi[sz]ations)', 'across (?:the )?(?:\\w+ )?(?:office|organi[sz]ation|region|company|departments)',
  'vsech(?:ny|na)? (?:pobock|pracovist|cestmistrovstv|budov|nemocnic|organizac)', 'na vsech pobockach',
  '(?:whole|entire) (?:\\w+ )?(?:office|organi[sz]ation|building|region|company)', 'all (?:sites|branches|offices|buildings)',
  'everyone in the (?:organi[sz]ation|building|office)', 'company wide', 'organi[sz]ation wide',
]);

/** A department, a site or "everyone" (whose extent the sentence does not say). */
export const GROUP_SCOPE = words([
  'cel(?:y|a|e|o|em|emu|ou|ym)? (?:\\w+ )?(?:odbor|oddelen|cestmistrovstv|nemocnic|pobock|kancelar|patr|tym|pracovist|podatel|sekc)', 'celou (?:kancelar|pobocku|nemocnici)', 'vsichni', 'vsem\\b', 'vsechny\\b', 'nikdo',
  'nikomu', 'nikoho', 'nikde', 'kolegum', 'kolegove', 'kolegyne taky', 'i kolegov', 'ani kolegov', 'vice lidi', 'nekolika lidem',
  'nam\\b', 'nas\\b', 'nemame', 'nemuzeme', 'nejdou nam', 'ani jednomu', 'stojime', 'vsichni stoji',
  'everyone', 'everybody', 'nobody', 'no one', 'all of us', 'all users', 'several (?:people|users|colleagues)',
  '(?:whole|entire) (?:\\w+ )?(?:department|team|floor|site|unit|hospital|branch|depot)', '(?:at|in) (?:the|our) (?:depot|hospital|branch|site|building)',
  'for (?:our|the) (?:department|team|office|site)', '(?:every|all(?: the)?) (?:phones?|computers?|pcs?|printers?|devices?|screens?)',
  'vsechny (?:telefony|pocitace|tiskarny|stanice)', 'zadn\\w* (?:telefon|pocitac|stanic|oddelen|kancelar|pobock|\\w+ link)', 'none of (?:our|the) ', 'cel\\w* provoz', 'je cel[yaeo] bez', 'we (?:cant|can not|cannot|have no|dont have)', 'none of us', 'our (?:department|team|site)',
]);

/** The writer speaks of themself only ("nejde mi", "my laptop"). */
export const PERSON_SCOPE = words([
  'mi\\b', 'mam\\b', 'mne\\b', 'me\\b', 'muj\\b', 'moje\\b', 'mem\\b', 'meho\\b', 'mym\\b', 'jsem\\b', 'nemuzu', 'nemohu', 'nemam\\b',
  'potrebuju', 'potrebuji', 'chtel', 'my\\b', 'me\\b',
  // English "I" (not the Czech "i" = "and also": "bez internetu i telefonů")
  'i (?:am|have|had|cant|cannot|can|could|dont|didnt|need|get|got|was|keep|tried|lost|forgot|see|use|try|think|just|still|would|will)\\b', 'im\\b', 'ive\\b', 'mine\\b',
]);

/** Something is broken or failing. */
export const FAILURE = words([
  'nejde', 'nejdou', 'nefung', 'nejede', 'nejedou', 'nenacit', 'nenacte', 'nespust', 'nezapn', 'nereaguj', 'nepripoj',
  'nemuzu', 'nemuzeme', 'nemohu', 'nemuze\\b', 'nefunkc', 'nepouzitel', 'nedovol', 'nemuzou', 'nemohou', 'nelze', 'neodpovid', 'not responding', 'neda se', 'chyb', 'pada', 'spadl', 'zasek', 'zamrz', 'rozbit', 'vadn', 'prasl',
  'pomal', 'nechod', 'neodes', 'nedoruc', 'nebere', 'nesly', 'vypadl', 'vypadav', 'vypadk', 'hlasi', 'pise ze', 'odepren',
  'zablok', 'zamk', 'nezobraz', 'nedovol', 'vyprs', 'expired', 'expirov', 'deaktiv', 'disabled', 'nepamat', 'zapomn', 'forgot', 'dont remember',
  '(?:dont|doesnt|didnt|isnt|arent|wont|cant) (?:arrive|show|load|open|appear|come|start|sync|print|connect|work|respond)', 'neprich', 'nedoraz', 'neukl', 'neotev', 'nenajd', 'nevidi',
  'nema (?:pripojeni|internet|net|sit|signal|wifi|postu|email|oznamovaci|ton)', 'crack', 'smashed', 'shattered', 'nemaj\\w* (?:pripojeni|internet|net|sit|signal|wifi)',
  'lost (?:its |the |our |my )?(?:network|connection|internet|signal|access)', 'nenab', 'nenaskoc', 'je dole', 'jsou dole', 'mimo provoz', 'mrtv', 'hluch', 'odriznut',
  'unreachable', 'not reachable', 'inaccessible', 'no network', 'no dial tone', 'no signal', 'not working', 'doesnt work', 'does not work', 'dont work', 'isnt working', 'wont', 'cant', 'can not', 'cannot', 'unable',
  'broken', 'error', 'fail', 'crash', 'stuck', 'frozen', 'freez', 'slow', 'dead', 'no internet', 'no connection', 'denied',
  'locked', 'stopped', 'keeps', 'down\\b', 'offline', 'unavailable', 'dropping', 'drops',
]);

/** Without access: a request for one person ("nemám přístup do složky"), a failure when a group or everyone says it. */
export const NO_ACCESS = words(['nema\\w* pristup', 'bez pristupu', 'prisli o pristup', 'no access', 'without access', 'lost access', 'have no access']);

/** An outage: the service itself is down (critical whatever the service). */
export const OUTAGE = words([
  'vypadek', 'vypadl[aoy]? (?:\\w+ )?(?:sit|internet|net|server|system|proud)', '(?:sit|internet|net|server\\w*|system|ustredn\\w*|posta|vpn|wifi|spisovka) (?:\\w+ )?(?:vypadl|spadl)', 'spadl[aoy]? (?:\\w+ )?(?:sit|server|system)', 'nedostupn', 'mimo provoz', '(?:je|jsou) dole', 'unreachable', 'inaccessible',
  'nic nefunguje', 'nic nejde', 'nejede nic', 'nejde (?:vubec )?nic', 'vubec nic nejde', 'outage', 'is down', 'are down', 'went down', 'unavailable',
  'nothing works', 'bez (?:internetu|netu|site|pripojeni|telefonu|telefonni|posty|e ?mailu|mailu|wifi|signalu)', 'without (?:the )?(?:network|internet|connection|phones?|e ?mail)',
]);

/** "Nobody can…": the subject is everyone, so whatever follows is failing for all of them. */
export const NEGATIVE_SUBJECT = words([
  'nikdo', 'nikomu', 'nikoho', 'nikde', 'nobody', 'no one', 'none of us', 'none of (?:our|the) ', 'ani jednomu', 'zadn\\w* (?:telefon|pocitac|stanic|oddelen|kancelar|pobock|\\w+ link)',
]);

/**
 * "Nobody knows why", "nobody answers": the nobody is whoever should help, not who is affected.
 * Taken out of the text before scope is read.
 */
export const NOBODY_HELPS = new RegExp(`\\b(?:nikdo|nobody|no one)(?: \\w+){0,3} (?:nevi|netusi|nezna|neumi|nedokaze|neporadi|poradit|pomoct|pomoci|neodpov|nereaguje na|nepomoh|nepomuze|nezved|nebere|neopravil|nevyresil|neozval|nevyridil|neprisel|knows|can help|can tell|answers?|repl|respond|help|picks? up|got back|fixed|came|called back)\\w*`, 'gu');

/** The writer says work goes on ("dá se pracovat", "not urgent"): at most limited, never a service down. */
export const CAN_WORK = words([
  'da se (?:v tom )?pracovat', 'pracovat se (?:\\w+ )?(?:da|jde|muze)', 'pracovat (?:jde|muzu|muzeme)', 'muzu pracovat', 'muzeme pracovat', 'lze pracovat', 'jde pracovat', 'neni to (?:urgentni|nalehave|akutni)', 'nespech', 'nehori',
  '(?:muzeme|muzu|lze|da se) (?:\\w+ )?jinde', 'ale (?:to )?(?:jde|funguje|jede)(?: to)?\\b', 'but it (?:still )?works', 'can (?:still )?work', 'still working', 'can (?:\\w+ )?elsewhere', 'workaround', 'not urgent', 'no rush', 'not a priority',
]);

/** The writer cannot work at all, or says it is urgent. */
export const CANNOT_WORK = words([
  'nemuzu pracovat', 'nemuzeme pracovat', 'nemohu pracovat', 'nelze pracovat', 'nejde pracovat', 'stoji prace', 'stojime',
  '(?:vsichni|podatelna|provoz|vsechno|vse|urad|prace) stoj', 'stoji (?:cel|vsichni|vsechn|prace|provoz|urad)', 'nemuzeme nic', 'nemuzu nic', 'nic nemuzeme', 'nelze nic', 'spech', 'urgent', 'nalehav', 'nutne', 'co nejdriv', 'hned ted', 'asap',
  'cant work', 'cannot work', 'can not work', 'unable to work', 'blocked', 'right now', 'immediately',
]);

/** A request or question, not a fault. */
export const REQUEST = words([
  'chtel', 'prosim', 'dosl[aoy]?\\b', 'out of', 'dosel', 'kdo ', 'who ', 'we need', 'needs?\\b', 'potrebuj', 'potrebova', 'muzete', 'muzu dostat', 'zalozit', 'zridit', 'nainstal', 'nastavit',
  'nastavte', 'jak ', 'kde ', 'kdy ', 'kolik', 'objedn', 'pridat', 'pridejte', 'presmer', 'zadam', 'zadost',
  'would like', 'id like', 'please (?:add|create|install|set|order|give|forward)', 'can i', 'could you', 'could we', 'can you', 'can we',
  'how do', 'how much', 'where', 'when', 'request', 'need (?:a|an|access|permission|rights|to)', 'i want',
]);

/**
 * Everyone, said without a smaller unit ("nikdo", "nikomu", "všichni", "nobody", "everyone"): the
 * whole organisation, unless the sentence names a department, an office or a team (`SMALL_UNIT`).
 */
export const EVERYONE = words([
  'nikdo', 'nikomu', 'nikoho', 'vsichni', 'vsem\\b', 'vsechny\\b', 'nobody', 'no one', 'noone', 'everyone', 'everybody', 'anybody', 'anyone',
  'all users', 'none of us', 'none of (?:our|the) ', 'all (?:the )?(?:staff|employees|colleagues|people)', 'whole staff', 'vsichni zamestnanci',
]);
export const SMALL_UNIT = words([
  'odbor', 'oddelen', 'kancelar', 'patr', 'tym', 'sekc', 'mistnost', 'zasedac', 'referat', 'department', 'team', 'floor', 'room', 'unit', 'section',
  'z odboru', 'v kancelari', 'u nas v kancelari',
]);

/**
 * Systems a whole organisation or site runs on (DOMAIN.md: what OIT runs for all of them — network,
 * phones, mail, sign-in and the central identity, servers and hosting, shared storage, central
 * information systems). Named with a failure for a site or everyone, they are a service down.
 */
export const SHARED_SYSTEM = words([
  'sit\\b', 'site\\b', 'siti\\b', 'internet', 'net\\b', 'wifi', 'wi fi', 'vpn', 'pripojeni', 'telefon', 'ustredn', 'hovor', 'linka', 'pevn\\w* link',
  'post[aouy]\\b', 'e ?mail', 'outlook', 'exchange', 'prihlas', 'domen', 'ucty\\b', 'server', 'hosting', 'sdilen\\w* (?:disk|slozk|uloziste|disky)', 'disk [a-z]\\b',
  'informacni system', 'spisov', 'ucetn', 'mzd', 'personalistik', 'faktur', 'intranet', 'teams', 'system',
  'neprihlas', 'nepripoj', 'network', 'phones?\\b', 'telephon', 'mail', 'sign ?in', 'log ?in', 'logon', 'domain', 'shared (?:drive|folder|storage)', 'file server', 'accounting',
  'payroll', 'records management', 'invoic',
]);

/** A whole site: a hospital, a depot, a branch, a building (a site lives on the shared systems). */
export const SITE = words([
  'nemocnic', 'pobock', 'cestmistrovstv', 'budov', 'pracovist', 'holding', 'hospital', 'depot', 'branch', 'building', '(?:the|our|whole|entire) site',
]);

/** The writer alone: others are fine ("kolegům to jede", "ostatní to mají", "colleagues are fine", "only me", one colleague). */
export const ONLY_ME = words([
  '(?:kolegum|ostatnim|ostatni\\w*)(?: \\w+){0,3} (?:jede|jedou|funguje|funguji|maji|ma|jde|jdou)', 'jen mne', 'jen mi\\b', 'jenom mi\\b', 'jen ja\\b',
  'jedne kolegyni', 'jednomu kolegovi', 'kolegovi\\b', 'nikdo jiny', 'nikomu jinemu', 'nobody else', 'no one else', 'anyone else is fine', 'jedna kolegyne', 'jeden kolega', 'one of my colleagues', 'one colleague', 'only me', 'just me',
  '(?:colleagues|others|everyone else)(?: \\w+){0,2} (?:are|is) fine', 'works for (?:others|everyone else|my colleagues)',
]);

/** Not failing now: over already, or planned ("už to jede", "it's fine now", "plánovaná odstávka", "planned outage"). */
export const NOT_NOW = words([
  'uz (?:(?:vse|vsechno|to|zase|zas|opet|znovu) ){0,2}(?:funguje|funguji|jede|jedou|jde|jdou)', 'opet funguje', 'zase (?:funguje|jede)', 'bylo to (?:rano|vcera|dopoledne)', 'je (?:to )?vyresen', 'vyreseno', 'je vse v poradku', 'dnes uz', 'jen pro informaci', 'uz je to v poradku', 'planovan', 'odstavk',
  'fine now', 'works now', 'working again', 'today (?:it is|its|everything is|all is) fine', '(?:is|are) fine today',
  'dnes (?:uz )?(?:je )?(?:to |vse )?(?:v poradku|ok|funguje|jde)', 'back to normal', 'resolved itself', '(?:is|was|been|now) (?:resolved|fixed|over)', 'back up', 'just fyi', 'for information', 'planned', 'scheduled', 'maintenance window',
]);
