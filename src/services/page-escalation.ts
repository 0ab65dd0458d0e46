import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import { stepTarget, type EscalationStep } from '../domain/paging/escalation-plan.js';
import { exhaust, record, startStep, type Page, type PageTimelineEntry } from '../domain/paging/page.js';
import type { RotationConfig } from '../config/oncall-config.js';
import type { PageStorePort } from './store-ports.js';
import type { OncallRotaService } from './oncall-rota-service.js';
import type { Clock } from './ports.js';

/** What a delivery attempt came to: the card's activity id, or why it did not arrive. */
export type DeliveryResult = { ok: true; activityId: string | null } | { ok: false; reason: string };

/** Sends and updates alert cards in personal chats, and fallback emails; implemented in the bot layer. */
export interface PageDeliveryPort {
  /** `repeated`: the step is delivered again after a restart (it may have arrived before): the card says so. */
  sendCard(personId: string, page: Page, repeated?: boolean): Promise<DeliveryResult>;
  /** Replaces every delivered card of the page with its current state. */
  updateCards(page: Page): Promise<void>;
  sendMail(personId: string, page: Page, repeated?: boolean): Promise<DeliveryResult>;
  /** Tells the team's channel (or the service desk's) that nobody acknowledged the page. */
  notifyChannel(page: Page): Promise<DeliveryResult>;
}

export interface PageEscalationDeps {
  pages: PageStorePort;
  rota: OncallRotaService;
  delivery: PageDeliveryPort;
  config: DomainConfig;
  clock: Clock;
  logger: Logger;
}

/**
 * A page's escalation chain: whom each step of the team's rotation reaches, firing a due step
 * once (the step is written before anything is sent), moving on at once when a delivery fails,
 * and telling the team's channel when the chain is exhausted. Used by PagingService.
 *
 * Its delivery is recorded apart, after the send (a "paged"/"mailed"/"delivery-failed" entry of the
 * timeline for that step). A step started but with no such record was cut short by a crash: the
 * next `fireDue` (the first tick after a restart) delivers it again, marked as repeated - for a page,
 * a duplicate is better than a loss.
 */
export class PageEscalation {
  /** Pages whose step is being delivered by this process right now: not undelivered, only under way. */
  private readonly inFlight = new Set<string>();

  constructor(private readonly deps: PageEscalationDeps) {}

  /** Delivers again the steps a crash cut short, then fires every due step (one page at a time, oldest due first); `only` limits it to one page. */
  async fireDue(now: Date, only?: string): Promise<number> {
    let fired = 0;
    for (const page of this.deps.pages.undelivered()) {
      if ((only && page.id !== only) || this.inFlight.has(page.id)) continue;
      try {
        fired += await this.redeliver(page, now);
      } catch (err) {
        this.deps.logger.error({ page: page.id, err: (err as Error).message }, 'paging step not delivered again');
      }
    }
    for (const due of this.deps.pages.due(now)) {
      if (only && due.id !== only) continue;
      try {
        fired += await this.advance(due.id, now);
      } catch (err) {
        this.deps.logger.error({ page: due.id, err: (err as Error).message }, 'paging step failed');
      }
    }
    return fired;
  }

  /**
   * Fires the page's due step; when its delivery fails, the next step at once (and so on). After
   * the last step's wait, the chain is exhausted. Returns how many steps fired.
   */
  async advance(pageId: string, now: Date): Promise<number> {
    let fired = 0;
    for (;;) {
      const page = this.deps.pages.get(pageId);
      if (!page || page.status !== 'open' || page.nextStepAt === null || page.nextStepAt > now.toISOString()) return fired;
      const steps = this.steps(page);
      if (page.step >= steps.length) {
        const done = exhaust(page, now);
        await this.deps.pages.save(done);
        this.deps.logger.warn({ page: page.id, team: page.teamId }, 'paging chain exhausted: nobody acknowledged');
        await this.deps.delivery.updateCards(done);
        const told = await this.deps.delivery.notifyChannel(done);
        if (!told.ok) this.deps.logger.warn({ page: page.id, reason: told.reason }, 'team channel not told about the unanswered page');
        return fired;
      }
      const index = page.step;
      const step = steps[index]!;
      const started = startStep(page, now, step.waitMinutes);
      this.inFlight.add(pageId);
      try {
        await this.deps.pages.save(started);
        fired++;
        if (await this.deliver(started, index, step, now, false)) return fired;
      } finally {
        this.inFlight.delete(pageId);
      }
    }
  }

  /** A step started before a restart whose delivery was never recorded: delivered again, marked as repeated. */
  private async redeliver(page: Page, now: Date): Promise<number> {
    const index = page.step - 1;
    const step = this.steps(page)[index];
    if (!step) return 0;
    this.deps.logger.warn({ page: page.id, step: index }, 'page step started before a restart but not recorded as delivered: delivering it again');
    this.inFlight.add(page.id);
    try {
      await this.deliver(page, index, step, now, true);
      return 1;
    } finally {
      this.inFlight.delete(page.id);
    }
  }

  /**
   * Sends step `index` of the started page and records what came of it; true when it arrived. A
   * failed delivery makes the next step due at once.
   */
  private async deliver(started: Page, index: number, step: EscalationStep, now: Date, repeated: boolean): Promise<boolean> {
    const pageId = started.id;
    const target = this.target(started, step, now);
    const entry: PageTimelineEntry | null = target
      ? { at: now.toISOString(), kind: step.via === 'mail' ? 'mailed' : 'paged', personId: target, step: index, ...(repeated ? { detail: 'repeated' } : {}) }
      : null;
    // the card (or mail) already lists its own delivery in the timeline
    const shown = entry ? record(started, [entry]) : started;
    const result: DeliveryResult = !target ? { ok: false, reason: 'nobody to page' }
      : step.via === 'mail' ? await this.deps.delivery.sendMail(target, shown, repeated) : await this.deps.delivery.sendCard(target, shown, repeated);
    const fresh = this.deps.pages.get(pageId)!;
    const at = this.deps.clock.now().toISOString();
    if (result.ok) {
      const delivery = step.via === 'chat' && result.activityId ? [{ personId: target!, step: index, at, activityId: result.activityId }] : [];
      const done = record(fresh, [entry!], delivery);
      await this.deps.pages.save(done);
      this.deps.logger.info({ page: pageId, step: index, via: step.via, personId: target, repeated }, 'paged');
      // Someone acted while this card was on its way: it shows the page as open, so bring it up to date.
      if (done.status !== 'open') await this.deps.delivery.updateCards(done);
      return true;
    }
    this.deps.logger.warn({ page: pageId, step: index, via: step.via, personId: target, reason: result.reason }, 'page delivery failed: next step now');
    const failed = record(fresh, [{ at, kind: 'delivery-failed', ...(target ? { personId: target } : {}), step: index, detail: result.reason }]);
    await this.deps.pages.save(failed.status === 'open' && failed.nextStepAt !== null ? { ...failed, nextStepAt: now.toISOString() } : failed);
    return false;
  }

  private target(page: Page, step: EscalationStep, at: Date): string | null {
    const rotation = this.rotation(page.teamId);
    if (!rotation) return this.deps.config.oit.head;
    const lead = this.deps.config.oit.teams.find((t) => t.id === page.teamId)?.lead ?? null;
    return stepTarget(step, rotation, this.deps.rota.rota(), { lead, head: this.deps.config.oit.head }, at);
  }

  steps(page: Page): readonly EscalationStep[] {
    return this.rotation(page.teamId)?.escalation ?? [{ notify: 'head', waitMinutes: 30, via: 'chat' }];
  }

  rotation(teamId: string): RotationConfig | undefined {
    return this.deps.config.oncall.rotations.find((r) => r.team === teamId);
  }
}
