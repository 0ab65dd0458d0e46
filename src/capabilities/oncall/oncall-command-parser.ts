import { DATE_PATTERN } from '../../domain/oncall/oncall-date.js';

/** The on-call commands, Czech and English, with and without diacritics. Dates and names are still raw text. */
export type OncallCommand =
  | { kind: 'who'; team: string | null }
  | { kind: 'myShifts' }
  | { kind: 'swap'; name: string; date: string }
  | { kind: 'cover'; cover: string; absent: string; from: string; to: string }
  | { kind: 'report'; month: string | null; csv: boolean }
  /** A manual page: the team as written, the message as written (diacritics kept). */
  | { kind: 'page'; team: string; message: string }
  | { kind: 'pageHelp' }
  | { kind: 'showPage'; id: string };

/** Lower case, no diacritics, single spaces, no trailing ?/!; dots, dashes and slashes stay (dates). */
export function normaliseOncallText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[„“"',;:!?]+/gu, ' ').replace(/\s+/gu, ' ').trim();
}

const D = `(${DATE_PATTERN})`;
const WHO = /^(?:kdo (?:ma|drzi|slouzi)(?: ted| dnes| prave)? (?:pohotovost|sluzbu)|kdo slouzi|kdo je na pohotovosti|who(?:s| is) on[ -]call(?: now| today)?|who has on[ -]call)(?: (?:pro|na|za|v|ve|u|for|in|at) (.+))?$/u;
const MINE = /^(?:moje (?:sluzby|pohotovosti|pohotovost)|kdy mam pohotovost|my (?:shifts|on[ -]call(?: shifts)?)|when am i on[ -]call)$/u;
const SWAP = [
  new RegExp(`^(?:vymenit|vymen|vymena|prohodit) (?:sluzbu|sluzby|pohotovost) s (.+?) (?:na |v |ve |dne )?${D}$`, 'u'),
  new RegExp(`^swap (?:my )?(?:shift|on[ -]call) with (.+?) (?:on )?${D}$`, 'u'),
];
const COVER = [
  new RegExp(`^zastup (.+?) za (.+?) od ${D} do ${D}$`, 'u'),
  new RegExp(`^(?:substitute|cover) (.+?) for (.+?) from ${D} to ${D}$`, 'u'),
];
const REPORT = /^(?:vykaz pohotovosti|standby report)(?: (\S+?))?( csv)?$/u;

const SHOW_PAGE = /^(?:vyzva|vyzvu|ukaz vyzvu|page|show page) (pg-\d{4}-\d{5,})$/u;
/** "zavolej pohotovost síť: …", "vyvolej pohotovost pro servery: …", "page network: …", "page on-call for servers: …". */
const PAGE_CS = /^\s*(?:zavolej|vyvolej|zburcuj)\s+pohotovost(?:\s+(?:pro|na|tymu|týmu))?\s*(?<team>[^:]*?)\s*(?::\s*(?<message>[\s\S]*?))?\s*$/iu;
const PAGE_EN = /^\s*page(?:\s+(?:the\s+)?on[- ]?call)?(?:\s+for)?\s+(?<team>[^:\s][^:]*?)\s*:\s*(?<message>[\s\S]*?)\s*$/iu;

export function parseOncallCommand(text: string): OncallCommand | null {
  const n = normaliseOncallText(text);
  const show = SHOW_PAGE.exec(n);
  if (show) return { kind: 'showPage', id: show[1]!.toUpperCase() };
  const page = PAGE_CS.exec(text) ?? PAGE_EN.exec(text);
  if (page) {
    const team = normaliseOncallText(page.groups?.team ?? '');
    const message = (page.groups?.message ?? '').trim();
    return team && message ? { kind: 'page', team, message } : { kind: 'pageHelp' };
  }
  const who = WHO.exec(n);
  if (who) return { kind: 'who', team: who[1] ?? null };
  if (MINE.test(n)) return { kind: 'myShifts' };
  for (const re of SWAP) {
    const m = re.exec(n);
    if (m) return { kind: 'swap', name: m[1]!, date: m[2]! };
  }
  for (const re of COVER) {
    const m = re.exec(n);
    if (m) return { kind: 'cover', cover: m[1]!, absent: m[2]!, from: m[3]!, to: m[4]! };
  }
  const report = REPORT.exec(n);
  if (report) return { kind: 'report', month: report[1] ?? null, csv: Boolean(report[2]) };
  return null;
}
