import type { Logger } from 'pino';
import type { DomainConfig } from '../config/domain-schema.js';
import type { BotFeature } from '../bot/bot-feature.js';
import type { CardActionRouter } from '../bot/card-action-router.js';
import type { LanguageResolver } from '../bot/language-resolver.js';
import type { ProactiveAdapter } from '../bot/proactive.js';
import type { IntervalTimer } from '../jobs/interval-job.js';
import type { BackgroundTasks } from '../services/background-tasks.js';
import type { Clock, DirectoryPort } from '../services/ports.js';
import type { ChartPort } from '../services/chart-port.js';
import type { FileDeliveryPort } from '../services/file-delivery-port.js';
import type { ConversationRefRepository } from '../store/conversation-ref-repository.js';
import type { JsonStore } from '../store/json-store.js';

/** A capability's background job: started once the server listens, stopped before the store closes. */
export interface CapabilityJob {
  start(): void;
  stop(): Promise<void>;
}

/**
 * One capability (report a problem, tickets, accounts, on-call, paging, …) as the bot sees it, in
 * the shape of the Microsoft 365 Agents SDK's `AgentApplication`: its message routes (a
 * `BotFeature`: commands, dialogs, a claim on triaged text), its `Action.Execute` verbs
 * (`adaptiveCards.actionExecute(verb, handler)` there, `CardActionRouter.register` here), and its
 * jobs. Each capability builds its own graph in `src/capabilities/<name>/<name>-module.ts`;
 * `compose.ts` adds it with one line.
 */
export interface CapabilityModule {
  readonly name: string;
  /** Its commands and dialogs for the message router; null when it has none of its own. */
  readonly feature: BotFeature | null;
  /** Registers its card verbs (each verb once in the whole bot). */
  registerCardActions(router: CardActionRouter): void;
  readonly jobs: readonly CapabilityJob[];
}

/** What every capability may use: the platform the composition root builds once. */
export interface Platform {
  readonly store: JsonStore;
  readonly directory: DirectoryPort;
  readonly languages: LanguageResolver;
  readonly conversationRefs: ConversationRefRepository;
  /** Proactive sends (through `sendProactively` / `continueProactively`, never directly). */
  readonly adapter: ProactiveAdapter;
  readonly botAppId: string;
  readonly domain: DomainConfig;
  readonly dataDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Work that follows a turn without holding it up; awaited on shutdown. */
  readonly background: BackgroundTasks;
  /** The timer of a capability's jobs (tests fire their ticks by hand). */
  timer(capability: string): IntervalTimer;
  /** Sends a file (an export, a statement) to a person: Teams' file-consent flow in their personal chat. */
  readonly files: FileDeliveryPort;
  /** Draws charts for cards; null: cards without charts (the benchmarks measure turns without them). */
  readonly charts: ChartPort | null;
}

/** For a capability with no card verbs. */
export function noCardActions(): void {}
