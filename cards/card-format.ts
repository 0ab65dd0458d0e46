import type { DomainConfig } from '../src/config/domain-schema.js';
import type { Language, Ticket } from '../src/domain/tickets/ticket.js';
import { STATUS_LABELS, label, t } from '../src/i18n/catalogue.js';

/** What every card renderer needs: the reader's language and the configuration for names. */
export interface CardContext {
  lang: Language;
  config: DomainConfig;
}

/** Building an Intl formatter costs milliseconds: one per configuration, made on first use. */
const formatters = new WeakMap<DomainConfig, Intl.DateTimeFormat>();

function formatterFor(config: DomainConfig): Intl.DateTimeFormat {
  let format = formatters.get(config);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: config.timezone, day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(config, format);
  }
  return format;
}

/**
 * "27. 11. 2026 9:05" (Czech, with no-break spaces: correct typography, and "27. " at the start of a
 * line would otherwise be read by Markdown as a numbered list) or "27/11/2026 09:05" (English).
 */
export function formatTime(iso: string, ctx: CardContext): string {
  const parts = Object.fromEntries(formatterFor(ctx.config).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return ctx.lang === 'cs'
    ? `${parts.day}.\u00a0${parts.month}.\u00a0${parts.year} ${Number(parts.hour)}:${parts.minute}`
    : `${(parts.day ?? '').padStart(2, '0')}/${(parts.month ?? '').padStart(2, '0')}/${parts.year} ${parts.hour}:${parts.minute}`;
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

export function teamLabel(id: string | null, ctx: CardContext): string {
  if (!id) return t(ctx.lang, 'unknown');
  return ctx.config.oit.teams.find((team) => team.id === id)?.name[ctx.lang] ?? id;
}
