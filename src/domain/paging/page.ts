import type { Priority } from '../../config/domain-schema.js';

/**
 * A page (výzva pohotovosti): one incident that pages a team's on-call chain until someone
 * acknowledges it. Pure data and pure transitions; the service persists them.
 */
export type PageStatus = 'open' | 'acknowledged' | 'resolved';
export type PageSource = 'ticket' | 'manual' | 'alert';

/** An alert card delivered to someone's personal chat: kept so that every copy is updated in place. */
export interface PageDelivery {
  personId: string;
  step: number;
  at: string;
  activityId: string;
}

export type PageTimelineKind =
  | 'opened' | 'paged' | 'mailed' | 'delivery-failed' | 'acknowledged' | 'escalated' | 'resolved' | 'repeated' | 'chain-exhausted';

export interface PageTimelineEntry {
  at: string;
  kind: PageTimelineKind;
  /** Who was paged, or who acted. */
  personId?: string;
  step?: number;
  detail?: string;
}

export interface Page {
  /** "PG-2026-00012". */
  id: string;
  /** Bumped on every change; cards carry it so that a stale click is recognised. */
  version: number;
  teamId: string;
  source: PageSource;
  /** Monitoring's grouping key: repeated alerts with the same key while the page is not resolved join it. */
  alertKey: string | null;
  ticketId: string | null;
  title: string;
  message: string;
  priority: Priority;
  organisation: string | null;
  site: string | null;
  status: PageStatus;
  openedAt: string;
  /** Person id, or "monitoring" for the alert endpoint. */
  openedBy: string;
  /** Index of the next escalation step to fire. */
  step: number;
  /** When that step is due; null once acknowledged, resolved or the chain is exhausted. */
  nextStepAt: string | null;
  deliveries: PageDelivery[];
  acknowledgedAt?: string;
  acknowledgedBy?: string;
  resolvedAt?: string;
  resolvedBy?: string;
  /** How many repeated alerts joined the page. */
  repeats: number;
  timeline: PageTimelineEntry[];
}

export type PageAction = 'acknowledge' | 'escalate' | 'resolve';

export class PageActionError extends Error {
  constructor(readonly reason: 'already-acknowledged' | 'already-resolved' | 'chain-exhausted') {
    super(reason);
    this.name = 'PageActionError';
  }
}

const PAGE_ID = /^PG-\d{4}-\d{5,}$/u;

export function formatPageId(year: number, n: number): string {
  return `PG-${year}-${String(n).padStart(5, '0')}`;
}

export function isPageId(value: unknown): value is string {
  return typeof value === 'string' && PAGE_ID.test(value);
}

export function isActive(page: Page): boolean {
  return page.status !== 'resolved';
}

function bump(page: Page, at: Date, entries: PageTimelineEntry[], patch: Partial<Page>): Page {
  return { ...page, ...patch, version: page.version + 1, timeline: [...page.timeline, ...entries.map((e) => ({ ...e, at: e.at || at.toISOString() }))] };
}

/** Someone takes the incident: the chain stops. */
export function acknowledge(page: Page, actorId: string, now: Date): Page {
  if (page.status === 'resolved') throw new PageActionError('already-resolved');
  if (page.status === 'acknowledged') throw new PageActionError('already-acknowledged');
  return bump(page, now, [{ at: now.toISOString(), kind: 'acknowledged', personId: actorId }], {
    status: 'acknowledged', acknowledgedAt: now.toISOString(), acknowledgedBy: actorId, nextStepAt: null,
  });
}

/** Someone resolves the incident (acknowledging it too when nobody had). */
export function resolve(page: Page, actorId: string, now: Date): Page {
  if (page.status === 'resolved') throw new PageActionError('already-resolved');
  const at = now.toISOString();
  const ack = page.status === 'open' ? { acknowledgedAt: at, acknowledgedBy: actorId } : {};
  return bump(page, now, [{ at, kind: 'resolved', personId: actorId }], { ...ack, status: 'resolved', resolvedAt: at, resolvedBy: actorId, nextStepAt: null });
}

/** Someone asks for the next step now (the chain continues from there). */
export function escalateNow(page: Page, actorId: string, now: Date, stepCount: number): Page {
  if (page.status === 'resolved') throw new PageActionError('already-resolved');
  if (page.step >= stepCount) throw new PageActionError('chain-exhausted');
  return bump(page, now, [{ at: now.toISOString(), kind: 'escalated', personId: actorId, step: page.step }], {
    status: 'open', nextStepAt: now.toISOString(), acknowledgedAt: undefined, acknowledgedBy: undefined,
  });
}

/**
 * Step `page.step` fires now: the step index moves on and the next one falls due after this
 * step's wait (after the last step, the chain is exhausted then). Written before anything is
 * sent, so a step fires at most once, also across a restart; its delivery is recorded apart, after
 * the send, and a step with none recorded is delivered again after a restart (PageEscalation).
 */
export function startStep(page: Page, now: Date, waitMinutes: number): Page {
  return bump(page, now, [], { step: page.step + 1, nextStepAt: new Date(now.getTime() + waitMinutes * 60_000).toISOString() });
}

/** The last step's wait ran out with nobody answering. */
export function exhaust(page: Page, now: Date): Page {
  return bump(page, now, [{ at: now.toISOString(), kind: 'chain-exhausted' }], { nextStepAt: null });
}

export function record(page: Page, entries: PageTimelineEntry[], deliveries: PageDelivery[] = []): Page {
  return { ...page, version: page.version + 1, timeline: [...page.timeline, ...entries], deliveries: [...page.deliveries, ...deliveries] };
}

/** Minutes worked on the incident: acknowledged → resolved (0 while not resolved). */
export function workedMinutes(page: Page): number {
  if (!page.acknowledgedAt || !page.resolvedAt) return 0;
  return Math.max(0, Math.round((Date.parse(page.resolvedAt) - Date.parse(page.acknowledgedAt)) / 60_000));
}
