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
  '(?:whole|entire) (?:\\w+ )?(?:department|team|floor|site|unit|hospital|branch|depot)',
  'for (?:our|the) (?:department|team|office|site)', '(?:every|all (?:the )?)(?:phones?|computers?|pcs?|printers?|devices?|screens?)',
  'vsechny (?:telefony|pocitace|tiskarny|stanice)', 'zadny (?:telefon|pocitac)', 'we (?:cant|can not|cannot|have no|dont have)', 'none of us', 'our (?:department|team|site)',
]);

/** The writer speaks of themself only ("nejde mi", "my laptop"). */
export const PERSON_SCOPE = words([
  'mi\\b', 'mam\\b', 'mne\\b', 'me\\b', 'muj\\b', 'moje\\b', 'mem\\b', 'meho\\b', 'mym\\b', 'jsem\\b', 'nemuzu', 'nemohu', 'nemam\\b',
  'potrebuju', 'potrebuji', 'chtel', 'my\\b', 'i\\b', 'me\\b', 'im\\b', 'ive\\b', 'mine\\b',
]);

/** Something is broken or failing. */
export const FAILURE = words([
  'nejde', 'nejdou', 'nefung', 'nejede', 'nejedou', 'nenacit', 'nenacte', 'nespust', 'nezapn', 'nereaguj', 'nepripoj',
  'nemuzu', 'nemuzeme', 'nemohu', 'nelze', 'neda se', 'chyb', 'pada', 'spadl', 'zasek', 'zamrz', 'rozbit', 'vadn', 'prasl',
  'pomal', 'nechod', 'neodes', 'nedoruc', 'nebere', 'nesly', 'vypadl', 'vypadav', 'vypadk', 'hlasi', 'pise ze', 'odepren',
  'zablok', 'zamk', 'nezobraz', 'nedovol', 'vyprs', 'expired', 'expirov', 'deaktiv', 'disabled', 'nepamat', 'zapomn', 'forgot', 'dont remember',
  '(?:dont|doesnt|didnt|isnt|arent|wont|cant) (?:arrive|show|load|open|appear|come|start|sync|print|connect|work|respond)', 'neprich', 'nedoraz', 'neukl', 'neotev', 'nenajd', 'nevidi',
  'nema (?:pripojeni|internet|net|sit|signal|wifi|postu|email)', 'nemaj\\w* (?:pripojeni|internet|net|sit|signal|wifi)',
  'lost (?:its |the |our |my )?(?:network|connection|internet|signal|access)', 'not working', 'doesnt work', 'does not work', 'dont work', 'isnt working', 'wont', 'cant', 'can not', 'cannot', 'unable',
  'broken', 'error', 'fail', 'crash', 'stuck', 'frozen', 'freez', 'slow', 'dead', 'no internet', 'no connection', 'denied',
  'locked', 'stopped', 'keeps', 'down\\b', 'offline', 'unavailable', 'dropping', 'drops',
]);

/** An outage: the service itself is down (critical whatever the service). */
export const OUTAGE = words([
  'vypadek', 'vypadl[aoy]? (?:sit|internet|net|server|system|proud)', 'spadl[aoy]? (?:sit|server|system)', 'nedostupn',
  'nic nefunguje', 'nic nejde', 'nejede nic', 'nejde nic', 'outage', 'is down', 'are down', 'went down', 'unavailable',
  'nothing works', 'bez (?:internetu|netu|site|pripojeni|telefonu|posty)', 'without (?:the )?(?:network|internet|connection|phones?|e ?mail)',
]);

/** "Nobody can…": the subject is everyone, so whatever follows is failing for all of them. */
export const NEGATIVE_SUBJECT = words(['nikdo', 'nikomu', 'nikoho', 'nikde', 'nobody', 'no one', 'none of us', 'ani jednomu']);

/** The writer cannot work at all, or says it is urgent. */
export const CANNOT_WORK = words([
  'nemuzu pracovat', 'nemuzeme pracovat', 'nemohu pracovat', 'nelze pracovat', 'nejde pracovat', 'stoji prace', 'stojime',
  '(?:vsichni|podatelna|provoz|vsechno|urad) stoj', 'nemuzeme nic', 'nemuzu nic', 'spech', 'urgent', 'nalehav', 'nutne', 'co nejdriv', 'hned ted', 'asap',
  'cant work', 'cannot work', 'can not work', 'unable to work', 'blocked', 'right now', 'immediately',
]);

/** A request or question, not a fault. */
export const REQUEST = words([
  'chtel', 'prosim', 'dosl[aoy]?\\b', 'out of', 'kdo ', 'who ', 'we need', 'needs?\\b', 'potrebuj', 'potrebova', 'muzete', 'muzu dostat', 'zalozit', 'zridit', 'nainstal', 'nastavit',
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
  'all users', 'none of us',
]);
export const SMALL_UNIT = words([
  'odbor', 'oddelen', 'kancelar', 'patr', 'tym', 'sekc', 'mistnost', 'zasedac', 'referat', 'department', 'team', 'floor', 'room', 'unit', 'section',
  'z odboru', 'v kancelari', 'u nas v kancelari',
]);

/** A whole site: a hospital, a depot, a branch, a building (a site lives on the shared systems). */
export const SITE = words([
  'nemocnic', 'pobock', 'cestmistrovstv', 'budov', 'pracovist', 'holding', 'hospital', 'depot', 'branch', 'building', '(?:the|our|whole|entire) site',
]);

/** The writer alone: others are fine ("kolegům to jede", "ostatní to mají", "colleagues are fine", "only me", one colleague). */
export const ONLY_ME = words([
  '(?:kolegum|ostatnim|ostatni\\w*)(?: \\w+){0,3} (?:jede|jedou|funguje|funguji|maji|ma|jde|jdou)', 'jen mne', 'jen mi\\b', 'jenom mi\\b', 'jen ja\\b',
  'jedne kolegyni', 'jednomu kolegovi', 'jedna kolegyne', 'jeden kolega', 'one of my colleagues', 'one colleague', 'only me', 'just me',
  '(?:colleagues|others|everyone else)(?: \\w+){0,2} (?:are|is) fine', 'works for (?:others|everyone else|my colleagues)',
]);

/** Not failing now: over already, or planned ("už to jede", "it's fine now", "plánovaná odstávka", "planned outage"). */
export const NOT_NOW = words([
  'uz (?:vse |to |zase )?(?:funguje|jede|jde)', 'dnes uz', 'jen pro informaci', 'uz je to v poradku', 'planovan', 'odstavk',
  'fine now', 'works now', 'working again', 'back up', 'just fyi', 'for information', 'planned', 'scheduled', 'maintenance window',
]);
