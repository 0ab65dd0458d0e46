import type { DomainConfig } from '../src/config/domain-schema.js';
import type { Language, Ticket } from '../src/domain/tickets/ticket.js';
import { STATUS_LABELS, label, t } from '../src/i18n/catalogue.js';
import { ZonedTime } from '../src/domain/calendar/zoned-time.js';
import { isoWeekday, toEpochDay } from '../src/domain/calendar/civil-date.js';

/** What every card renderer needs: the reader's language and the configuration for names. */
export interface CardContext {
  lang: Language;
  config: DomainConfig;
}

/** One zone clock per configuration, made on first use (an Intl formatter costs milliseconds to build). */
const zones = new WeakMap<DomainConfig, ZonedTime>();

function zoneOf(config: DomainConfig): ZonedTime {
  let zone = zones.get(config);
  if (!zone) zones.set(config, (zone = new ZonedTime(config.timezone)));
  return zone;
}

/**
 * "27. 11. 2026 9:05" (Czech, with no-break spaces: correct typography, and "27. " at the start of a
 * line would otherwise be read by Markdown as a numbered list) or "27/11/2026 09:05" (English).
 * A text that is not a time is shown as it is.
 */
export function formatTime(iso: string, ctx: CardContext): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const { year, month, day, hour, minute } = zoneOf(ctx.config).wallTime(at);
  const time = timeOfDay(hour, minute, ctx.lang);
  return ctx.lang === 'cs'
    ? `${day}.\u00a0${month}.\u00a0${year} ${time}`
    : `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year} ${time}`;
}

/** "9:05" in Czech, "09:05" in English. */
function timeOfDay(hour: number, minute: number, lang: Language): string {
  const mm = String(minute).padStart(2, '0');
  return lang === 'cs' ? `${hour}:${mm}` : `${String(hour).padStart(2, '0')}:${mm}`;
}

const WEEKDAYS = {
  cs: ['v pondělí', 'v úterý', 've středu', 've čtvrtek', 'v pátek', 'v sobotu', 'v neděli'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

/**
 * A deadline as a person says it, relative to `now` in the configured zone: "nejpozději dnes
 * v 14:15", "nejpozději zítra v 9:05", "nejpozději v pondělí 30. 11. v 11:00" within a week, else
 * "nejpozději 2. 12. 2026 v 15:30"; in English "today by 14:15", "tomorrow by 09:05", "by Monday
 * 30/11, 11:00", "by 02/12/2026 15:30".
 */
export function deadlinePhrase(at: Date, now: Date, ctx: CardContext): string {
  const zone = zoneOf(ctx.config);
  const due = zone.wallTime(at.getTime());
  const days = toEpochDay(due) - toEpochDay(zone.wallTime(now.getTime()));
  const cs = ctx.lang === 'cs';
  const time = timeOfDay(due.hour, due.minute, ctx.lang);
  const dd = String(due.day).padStart(2, '0');
  const mm = String(due.month).padStart(2, '0');
  if (days <= 0) return cs ? `nejpozději dnes v\u00a0${time}` : `today by ${time}`;
  if (days === 1) return cs ? `nejpozději zítra v\u00a0${time}` : `tomorrow by ${time}`;
  if (days < 7) {
    const weekday = WEEKDAYS[ctx.lang][isoWeekday(due) - 1];
    return cs ? `nejpozději ${weekday} ${due.day}.\u00a0${due.month}. v\u00a0${time}` : `by ${weekday} ${dd}/${mm}, ${time}`;
  }
  return cs ? `nejpozději ${due.day}.\u00a0${due.month}.\u00a0${due.year} v\u00a0${time}` : `by ${dd}/${mm}/${due.year} ${time}`;
}

export function statusLabel(status: string, ctx: CardContext): string {
  return label(ctx.lang, STATUS_LABELS[status], status);
}

export function categoryLabel(id: string, ctx: CardContext): string {
  return ctx.config.categories.find((c) => c.id === id)?.name[ctx.lang] ?? id;
}

export function organisationLabel(id: string | null, ctx: CardContext): string {
  if (!id) return t(ctx.lang, 'unknown');
  return ctx.config.organisations.find((o) => o.id === id)?.name[ctx.lang] ?? id;
}

export function placeLabel(ticket: Pick<Ticket, 'site' | 'district'>, ctx: CardContext): string {
  const site = ctx.config.sites.find((s) => s.id === ticket.site);
  if (site) return site.name;
  const district = ctx.config.districts.find((d) => d.id === ticket.district);
  return district ? district.name : t(ctx.lang, 'unknown');
}

/** The applications a ticket names ("Spisová služba GINIS"), or null when it names none. */
export function applicationsLabel(ids: readonly string[] | undefined, ctx: CardContext): string | null {
  if (!ids?.length) return null;
  return ids.map((id) => ctx.config.triage.applications.find((a) => a.id === id)?.name ?? id).join(', ');
}

/** The district vendor's name, for the fact of an on-site ticket routed to it. */
export function vendorLabel(id: string, ctx: CardContext): string {
  return ctx.config.vendors.find((v) => v.id === id)?.name ?? id;
}

export function teamLabel(id: string | null, ctx: CardContext): string {
  if (!id) return t(ctx.lang, 'unknown');
  return ctx.config.oit.teams.find((team) => team.id === id)?.name[ctx.lang] ?? id;
}
