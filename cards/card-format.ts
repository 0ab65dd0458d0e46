import type { DomainConfig } from '../src/config/domain-schema.js';
import type { Language, Ticket } from '../src/domain/tickets/ticket.js';
import { STATUS_LABELS, label, t } from '../src/i18n/catalogue.js';

/** What every card renderer needs: the reader's language and the configuration for names. */
export interface CardContext {
  lang: Language;
  config: DomainConfig;
}

export function formatTime(iso: string, ctx: CardContext): string {
  return new Intl.DateTimeFormat(ctx.lang === 'cs' ? 'cs-CZ' : 'en-GB', {
    timeZone: ctx.config.timezone, day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(new Date(iso));
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
