import { CardFactory, type Attachment, type ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { WorkCalendar } from '../../domain/calendar/work-calendar.js';
import type { Language } from '../../domain/tickets/ticket.js';
import { IntervalJob, type IntervalTimer } from '../../jobs/interval-job.js';
import { continueProactively, type ProactiveAdapter } from '../../bot/proactive.js';
import { channelReference } from '../../bot/channel-reference.js';
import type { Clock } from '../../services/ports.js';
import type { ConversationRefRepository } from '../../store/conversation-ref-repository.js';
import type { JsonStore } from '../../store/json-store.js';
import { monthlyDue, weeklyDue } from './figures/report-schedule.js';
import type { YearMonth } from './figures/report-period.js';
import type { ReportView } from './report-view.js';
import type { ReportQuery, ReportsService } from './reports-service.js';
import { tr } from './reports-messages.js';

const RUNS = 'reportRuns';
/** A report missed while the bot was down still goes out this long after it was due (not when the bot is first installed mid-month). */
const CATCH_UP_MONTHLY_MS = 7 * 86_400_000;
const CATCH_UP_WEEKLY_MS = 86_400_000;

export interface ReportsJobDeps {
  store: JsonStore;
  service: ReportsService;
  view: ReportView;
  conversationRefs: ConversationRefRepository;
  adapter: ProactiveAdapter;
  botAppId: string;
  config: DomainConfig;
  calendar: WorkCalendar;
  language(userId: string): Language;
  clock: Clock;
  timer: IntervalTimer;
  logger: Logger;
  intervalMs?: number;
}

/**
 * The monthly report: on the first business day of a month at the configured hour (or at the first
 * tick after it, if the bot was down), the previous month's overview goes to the managers' channel
 * (as the head of OIT sees it) and to each organisation manager (their organisation only, computed
 * with their own rights). The weekly digest goes to the team leads who opted in (Mondays). Each
 * delivery is marked in the store before it is sent, so a restart never sends it twice.
 */
export class ReportsMonthlyJob {
  private readonly job: IntervalJob;
  /** Deliveries found already sent (said once per process, e.g. after a restart). */
  private readonly seenSent = new Set<string>();

  constructor(private readonly deps: ReportsJobDeps) {
    this.job = new IntervalJob(deps.timer, deps.intervalMs ?? 60_000, () => this.tick());
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Sends what is due at `now`; resolves with how many deliveries went out. */
  tick(now: Date = this.deps.clock.now()): Promise<number> {
    return this.job.once(() => this.run(now.getTime()));
  }

  private async run(now: number): Promise<number> {
    const { config } = this.deps;
    let sent = 0;
    const monthly = monthlyDue(now, this.deps.service.zone, this.deps.calendar, config.reports.monthlyAt);
    if (now >= monthly.due && now < monthly.due + CATCH_UP_MONTHLY_MS) {
      const month = `${monthly.reportMonth.year}-${String(monthly.reportMonth.month).padStart(2, '0')}`;
      const query: ReportQuery = { kind: 'service', period: { kind: 'month', ...monthly.reportMonth }, by: null, filter: {} };
      const channel = config.reports.channel;
      if (channel) sent += await this.deliver(`monthly-${month}:channel`, config.oit.head, query, monthly.reportMonth, channelReference(this.deps.conversationRefs, channel.teamId, channel.channelId), 'cs');
      for (const manager of config.organisations.flatMap((o) => o.managers)) {
        sent += await this.deliver(`monthly-${month}:${manager}`, manager, query, monthly.reportMonth, this.deps.conversationRefs.get(manager) ?? null, this.deps.language(manager));
      }
    }
    const weekly = weeklyDue(now, this.deps.service.zone, config.reports.monthlyAt);
    if (now >= weekly.due && now < weekly.due + CATCH_UP_WEEKLY_MS) {
      for (const lead of config.reports.weeklyDigest) {
        sent += await this.deliver(`weekly-${weekly.key}:${lead}`, lead, { kind: 'status', period: null, by: 'team', filter: {} }, null, this.deps.conversationRefs.get(lead) ?? null, this.deps.language(lead));
      }
    }
    return sent;
  }

  /** One delivery, exactly once: marked durably first, then computed with the recipient's rights and sent. */
  private async deliver(key: string, asUser: string, query: ReportQuery, month: YearMonth | null, reference: Partial<ConversationReference> | null, lang: Language): Promise<number> {
    if (this.deps.store.get(RUNS, key)) {
      if (!this.seenSent.has(key)) this.deps.logger.info({ key }, 'scheduled report already sent');
      this.seenSent.add(key);
      return 0;
    }
    await this.deps.store.commit([{ c: RUNS, k: key, v: { at: this.deps.clock.now().toISOString() } }]);
    if (!reference) {
      this.deps.logger.info({ key }, 'no conversation reference: report not delivered');
      return 0;
    }
    const outcome = await this.deps.service.answer(asUser, query);
    if (outcome.kind === 'refused') {
      this.deps.logger.warn({ key, reason: outcome.reason }, 'scheduled report refused');
      return 0;
    }
    const card: Attachment = CardFactory.adaptiveCard(await this.deps.view.card(outcome.report, lang));
    const intro = month ? tr(lang, 'monthlyIntro', { period: this.deps.view.format(lang).monthName(month) }) : tr(lang, 'weeklyIntro');
    const failure = await continueProactively(this.deps.adapter, this.deps.botAppId, reference, async (context) => {
      await context.sendActivity({ type: 'message', text: intro, attachments: [card] });
    });
    if (failure) {
      this.deps.logger.warn({ key, err: (failure as Error).message }, 'scheduled report not delivered');
      return 0;
    }
    this.deps.logger.info({ key }, 'scheduled report delivered');
    return 1;
  }
}
