import type { Logger } from 'pino';
import { CardFactory } from 'botbuilder';
import type { Clock } from '../services/ports.js';
import type { AccountSecretCardRepository } from '../store/account-secret-card-repository.js';
import { renderRedactedPasswordCard } from '../../cards/account-temp-password-card.js';
import type { ProactiveAdapter } from './account-proactive-messenger.js';

/** Runs `tick` every `ms`; injectable so tests fire ticks themselves instead of waiting. */
export interface IntervalTimer {
  every(ms: number, tick: () => Promise<void>): { stop(): void };
}

export const REAL_INTERVAL_TIMER: IntervalTimer = {
  every(ms, tick) {
    const handle = setInterval(() => void tick(), ms);
    handle.unref();
    return { stop: () => clearInterval(handle) };
  },
};

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
 * This is a small timer of its own because no job scheduler exists yet.
 */
export class AccountSecretRedactor {
  private handle: { stop(): void } | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly deps: AccountSecretRedactorDeps) {}

  start(): void {
    this.handle ??= this.deps.timer.every(this.deps.intervalMs ?? 30_000, () => this.tick());
  }

  async stop(): Promise<void> {
    this.handle?.stop();
    this.handle = null;
    await this.running;
  }

  /** Redacts every card that is due; one tick at a time. */
  tick(): Promise<void> {
    this.running ??= this.redactDue().finally(() => (this.running = null));
    return this.running;
  }

  private async redactDue(): Promise<void> {
    for (const record of this.deps.secrets.due(this.deps.clock.now())) {
      try {
        await this.deps.adapter.continueConversationAsync(this.deps.botAppId, record.reference, async (context) => {
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
