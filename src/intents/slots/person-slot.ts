import { foldDiacritics } from '../../triage/text-normalizer.js';

/** Capitalised words that are products, places, months or sentence words, never a person. */
const NOT_PEOPLE = new Set(`windows outlook teams office microsoft wifi eduroam citrix ginis google gmail internet intranet email mail
  pc notebook excel word adobe acrobat zoom vpn sharepoint onedrive mfa authenticator helpdesk hd sla it oit cz praha prahy plzen plzni
  plzne klatovy klatovech domazlice rokycany tachov tachove krajsky urad sus ku cn zh pan pani pana panu kolega kolegyne kolegu kolegovi kolegyni
  prosim please thanks diky dekuji dobry dobre den ahoj hello hi mohl mohla mohli muzete muzes potreboval potrebovala chtel chtela chci
  reset resetuj resetujte resetovat odemkni odemknete odemknout odblokuj heslo password account ucet the my for with and to i i'm can could
  leden unor brezen duben kveten cerven cervenec srpen zari rijen listopad prosinec january february march april may june july august
  september october november december monday tuesday wednesday thursday friday q1 q2 q3 q4 vymen vymenit prohod prohodit swap trade`.split(/\s+/u));
/** Words that introduce the person ("pro", "uživateli", "s", "for", "with"): the name follows. */
const BEFORE_NAME = /^(?:pro|for|uzivatel\w*|user|kolegovi|kolegyni|kolegou|kolegu|s|se|with|za|pana|panu|pani|of|ucet|account|heslo|password)$/u;

const fold = (w: string): string => foldDiacritics(w.toLowerCase()).replace(/[^a-z0-9'@.-]/gu, '');
const isNameWord = (w: string): boolean => /^\p{Lu}[\p{Ll}'-]+$/u.test(w) && !NOT_PEOPLE.has(fold(w));
const isAddress = (w: string): boolean => /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/iu.test(w);

/**
 * The person a message names, as written ("Petře Svobodové", "Megan Bowen", "jan.novak@…"): an
 * e-mail address, or a run of one to three capitalised words that are not products, places or
 * sentence words. A capitalised first word of the message counts only when a word that introduces a
 * name precedes… it never does, so the first word is skipped unless the run goes on ("Megan Bowen má…").
 */
export function findPerson(text: string): string | null {
  const words = text.split(/[\s,;:!?()„“"]+/u).map((w) => w.replace(/\.+$/u, '')).filter(Boolean);
  const address = words.find(isAddress);
  if (address) return address;
  let best: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (!isNameWord(words[i]!)) continue;
    const run: string[] = [];
    let j = i;
    while (j < words.length && run.length < 3 && isNameWord(words[j]!)) run.push(words[j++]!);
    const introduced = i > 0 && BEFORE_NAME.test(fold(words[i - 1]!));
    const firstWordOnly = i === 0 && run.length < 2;
    if (!firstWordOnly && (introduced || run.length >= best.length) && run.length > 0) {
      if (introduced || best.length === 0 || run.length > best.length) best = run;
    }
    i = j - 1;
  }
  return best.length > 0 ? best.join(' ') : null;
}
