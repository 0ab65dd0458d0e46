import type { Page, PageTimelineEntry } from '../src/domain/paging/page.js';
import { to, type OncallMessageKey } from '../src/i18n/oncall-messages.js';
import { redelivery } from '../src/i18n/page-redelivery-messages.js';
import { adaptiveCard, plainText, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';
import { formatTime, organisationLabel, teamLabel, type CardContext } from './card-format.js';

/** Action.Execute verbs of the alert card. The data names the page and the status the card showed; the actor comes from the activity. */
export const PAGE_VERBS = { acknowledge: 'page.acknowledge', escalate: 'page.escalate', resolve: 'page.resolve' } as const;

const TIMELINE_SHOWN = 6;

const TIMELINE: Record<PageTimelineEntry['kind'], OncallMessageKey> = {
  opened: 'tlOpened', paged: 'tlPaged', mailed: 'tlMailed', 'delivery-failed': 'tlFailed', acknowledged: 'tlAcknowledged',
  escalated: 'tlEscalated', resolved: 'tlResolved', repeated: 'tlRepeated', 'chain-exhausted': 'tlExhausted',
};

export interface PageCardContext extends CardContext {
  now: Date;
  names: ReadonlyMap<string, string>;
  /** Delivered again after a restart (it may have arrived before): the card says so at the top. */
  repeated?: boolean;
}

/**
 * The alert card in an on-call person's personal chat: what, priority, ticket, organisation, site,
 * how long it is open, who is on it, the last steps; Acknowledge / Escalate / Resolve while the
 * page is not resolved. Every copy is replaced with the current state when anyone acts.
 */
export function renderPageAlertCard(page: Page, ctx: PageCardContext): AdaptiveCard {
  const { lang } = ctx;
  const name = (id: string | undefined): string => plainText(id ? ctx.names.get(id) ?? id : to(lang, 'nobody'), 200);
  const exhausted = page.status === 'open' && page.nextStepAt === null;
  const status = page.status === 'resolved' ? to(lang, 'pageStatusResolved', { name: name(page.resolvedBy), time: formatTime(page.resolvedAt!, ctx) })
    : page.status === 'acknowledged' ? to(lang, 'pageStatusAcknowledged', { name: name(page.acknowledgedBy), time: formatTime(page.acknowledgedAt!, ctx) })
      : exhausted ? to(lang, 'pageStatusExhausted') : to(lang, 'pageStatusOpen');
  const facts = [
    { title: to(lang, 'pagePriority'), value: page.priority },
    { title: to(lang, 'pageTeam'), value: teamLabel(page.teamId, ctx) },
    ...(page.ticketId ? [{ title: to(lang, 'pageTicket'), value: page.ticketId }] : []),
    ...(page.organisation ? [{ title: to(lang, 'pageOrganisation'), value: organisationLabel(page.organisation, ctx) }] : []),
    ...(page.site ? [{ title: to(lang, 'pageSite'), value: ctx.config.sites.find((s) => s.id === page.site)?.name ?? page.site }] : []),
    { title: to(lang, 'pageOpened'), value: to(lang, 'pageOpenFor', { time: formatTime(page.openedAt, ctx), duration: duration(page, ctx.now) }) },
    { title: to(lang, 'pageSource'), value: source(page, lang, name) },
    ...(page.repeats > 0 ? [{ title: to(lang, 'pageRepeats'), value: String(page.repeats) }] : []),
  ];
  const timeline = page.timeline.slice(-TIMELINE_SHOWN).map((e): CardElement => ({
    type: 'TextBlock', spacing: 'None', wrap: true, isSubtle: true, size: 'Small',
    text: `${formatTime(e.at, ctx)} – ${to(lang, TIMELINE[e.kind], { name: name(e.personId), step: (e.step ?? 0) + 1 })}`,
  }));
  const body: CardElement[] = [
    ...(ctx.repeated ? [{ type: 'TextBlock' as const, text: redelivery(lang, 'repeatedNotice'), wrap: true, isSubtle: true, size: 'Small' as const }] : []),
    { type: 'TextBlock', text: to(lang, 'pageTitle', { id: page.id }), weight: 'Bolder', size: 'Medium', color: page.status === 'resolved' ? 'Good' : 'Attention', wrap: true },
    { type: 'TextBlock', text: plainText(page.title, 300), weight: 'Bolder', wrap: true },
    ...(page.message && page.message !== page.title ? [{ type: 'TextBlock' as const, text: plainText(page.message, 1000), wrap: true, maxLines: 6 }] : []),
    { type: 'TextBlock', text: status, wrap: true, weight: 'Bolder', color: page.status === 'open' ? 'Warning' : 'Good' },
    { type: 'FactSet', facts },
    { type: 'TextBlock', text: to(lang, 'pageTimeline'), weight: 'Bolder', spacing: 'Medium', size: 'Small' },
    ...timeline,
  ];
  return adaptiveCard(body, page.status === 'resolved' ? [] : buttons(page, ctx));
}

function buttons(page: Page, { lang }: CardContext): CardAction[] {
  const data = { pageId: page.id, shown: page.status };
  const out: CardAction[] = [];
  if (page.status === 'open') out.push({ type: 'Action.Execute', title: to(lang, 'pageAck'), verb: PAGE_VERBS.acknowledge, data, style: 'positive' });
  out.push({ type: 'Action.Execute', title: to(lang, 'pageEscalate'), verb: PAGE_VERBS.escalate, data });
  out.push({ type: 'Action.Execute', title: to(lang, 'pageResolve'), verb: PAGE_VERBS.resolve, data });
  return out;
}

function source(page: Page, lang: CardContext['lang'], name: (id: string) => string): string {
  if (page.source === 'manual') return to(lang, 'pageSourceManual', { name: name(page.openedBy) });
  return to(lang, page.source === 'ticket' ? 'pageSourceTicket' : 'pageSourceAlert');
}

function duration(page: Page, now: Date): string {
  const end = page.resolvedAt ? Date.parse(page.resolvedAt) : now.getTime();
  const minutes = Math.max(0, Math.round((end - Date.parse(page.openedAt)) / 60_000));
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
