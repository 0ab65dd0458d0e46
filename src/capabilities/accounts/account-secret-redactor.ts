import type { Logger } from 'pino';
import { CardFactory } from 'botbuilder';
import type { Clock } from '../../services/ports.js';
import type { AccountSecretCardRepository } from '../../store/account-secret-card-repository.js';
import { renderRedactedPasswordCard } from '../../../cards/account-temp-password-card.js';
import { IntervalJob, type IntervalTimer } from '../../jobs/interval-job.js';
import { sendProactively, type ProactiveAdapter } from '../../bot/proactive.js';

export interface AccountSecretRedactorDeps {
  secrets: AccountSecretCardRepository;
  adapter: ProactiveAdapter;
  botAppId: string;
  clock: Clock;
  timer: IntervalTimer;
  logger: Logger;
  /** How often to look for cards to redact; default 30 s. */
  intervalMs?: number;
}

/**
 * Replaces temporary-password cards with the redacted card once their time is up
 * (`updateActivity` through the stored conversation reference). Restart-safe: the records are in the store.
 */
export class AccountSecretRedactor {
  private readonly job: IntervalJob;

  constructor(private readonly deps: AccountSecretRedactorDeps) {
    this.job = new IntervalJob(deps.timer, deps.intervalMs ?? 30_000, () => this.tick());
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Redacts every card that is due; one tick at a time. */
  tick(): Promise<void> {
    return this.job.once(() => this.redactDue());
  }

  private async redactDue(): Promise<void> {
    for (const record of this.deps.secrets.due(this.deps.clock.now())) {
      try {
        await sendProactively(this.deps.adapter, this.deps.botAppId, record.reference, async (context) => {
          await context.updateActivity({
            type: 'message', id: record.activityId, conversation: context.activity.conversation,
            attachments: [CardFactory.adaptiveCard(renderRedactedPasswordCard(record.targetLabel, record.lang))],
          });
        });
        await this.deps.secrets.remove(record.secretId);
        this.deps.logger.info({ userId: record.requesterId, activityId: record.activityId }, 'temporary password card redacted by timer');
      } catch (err) {
        this.deps.logger.warn({ userId: record.requesterId, activityId: record.activityId, err: (err as Error).name }, 'temporary password card not redacted yet: will retry');
      }
    }
  }
}
