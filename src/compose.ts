import type { DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { AppConfig } from './config/load-config.js';
import { createLogger } from './logging/logger.js';
import { JsonStore } from './store/json-store.js';
import { BotStateStorage } from './store/bot-state-storage.js';
import { JsonConversationState } from './store/json-conversation-state.js';
import { UserPrefsRepository } from './store/user-prefs-repository.js';
import { ConversationRefRepository } from './store/conversation-ref-repository.js';
import type { AccountOperationsPort, Clock, DirectoryPort, KnowledgePort, TriagePort } from './services/ports.js';
import { RequesterResolver } from './services/requester-resolver.js';
import { BackgroundTasks } from './services/background-tasks.js';
import { HelpdeskBot } from './bot/helpdesk-bot.js';
import { adapterSettings, createAdapter } from './bot/create-adapter.js';
import { requestAuthenticator } from './bot/request-authenticator.js';
import { LanguageResolver } from './bot/language-resolver.js';
import { MessageRouter } from './bot/message-router.js';
import { RoleResolver } from './bot/user-roles.js';
import { IntentEngine } from './intents/intent-engine.js';
import { PLATFORM_INTENTS } from './intents/platform-intents.js';
import { createTurnErrorHandler } from './bot/turn-error-handler.js';
import { CardActionRouter } from './bot/card-action-router.js';
import { HttpServer } from './server.js';
import { detectLanguage } from './triage/language-detector.js';
import { TriageEngine } from './triage/triage-engine.js';
import { KnowledgeBase } from './triage/knowledge-base.js';
import { triageDataPath } from './triage/project-paths.js';
import { knowledgePort, triagePort } from './triage/triage-ports.js';
import { connectDirectory, type DirectoryConnection } from './graph/directory-connection.js';
import { CachedDirectory } from './graph/cached-directory.js';
import type { AccountPolicyConfig } from './config/account-policy-config.js';
import { GraphAccountOperations } from './graph/graph-account-operations.js';
import { CachedAccountPrivilege } from './graph/cached-account-privilege.js';
import { accountGraphClient, type AccountGraphClientOptions } from './graph/account-graph-client.js';
import { GraphMailer } from './graph/graph-mailer.js';
import { REAL_INTERVAL_TIMER, type IntervalTimer } from './jobs/interval-job.js';
import type { CapabilityModule, Platform } from './capabilities/capability-module.js';
import { ticketsModule, type TicketsModule } from './capabilities/tickets/tickets-module.js';
import { reportProblemModule } from './capabilities/report-problem/report-problem-module.js';
import { accountsModule, type AccountsModule } from './capabilities/accounts/accounts-module.js';
import { oncallRota } from './capabilities/oncall/oncall-rota.js';
import { oncallModule } from './capabilities/oncall/oncall-module.js';
import { pagingModule, type PagingModule } from './capabilities/paging/paging-module.js';
import { vendorsModule, type VendorsModule } from './capabilities/vendors/vendors-module.js';
import { reportsModule, type ReportsModule } from './capabilities/reports/reports-module.js';
import { TeamsFileDelivery } from './bot/teams-file-delivery.js';
import { PendingFileRepository } from './store/pending-file-repository.js';
import { VegaChartRenderer } from './charts/vega-chart-renderer.js';
import type { FileDeliveryPort } from './services/file-delivery-port.js';
import type { ChartPort } from './services/chart-port.js';

export interface ComposeOverrides {
  clock?: Clock;
  logger?: Logger;
  /** Replace the Graph directory (tests of a directory that is down use the real sandbox with faults instead). */
  directory?: DirectoryPort;
  triage?: TriagePort;
  knowledge?: KnowledgePort;
  /** Account feature: replace Graph account operations, tune its Graph client, its policy, its redaction timer. */
  accountOperations?: AccountOperationsPort;
  accountGraph?: AccountGraphClientOptions;
  accountPolicy?: AccountPolicyConfig;
  accountTimer?: IntervalTimer;
  /** Ticket feature: the SLA scheduler's timer (tests fire its ticks by hand). */
  ticketTimer?: IntervalTimer;
  /** Paging: the scheduler's timer. */
  pagingTimer?: IntervalTimer;
  /** The store, already opened on `DATA_DIR` (the entry opens it before loading the rest); the app closes it. */
  store?: JsonStore;
  /** Sending files (exports, statements) to a person in Teams. */
  fileDelivery?: FileDeliveryPort;
  /** Drawing charts for cards; null: none (the benchmark measures report turns without charts). */
  charts?: ChartPort | null;
  /** Reports: the monthly report's timer. */
  reportsTimer?: IntervalTimer;
}

/** The running app: the HTTP server, the bot on its CloudAdapter, the store, Graph and the capabilities, in one process. */
export interface App {
  readonly config: AppConfig;
  readonly store: JsonStore;
  readonly logger: Logger;
  readonly graph: DirectoryConnection | null;
  readonly tickets: TicketsModule;
  /** Null when neither Graph nor an override provides account operations. */
  readonly accounts: AccountsModule | null;
  /** On-call's pages (the paging capability). */
  readonly oncall: PagingModule;
  /** District vendors: tasks, work acceptance, statements, costs. */
  readonly vendors: VendorsModule;
  /** Reports for managers: facts, questions, cards, exports, the monthly report. */
  readonly reports: ReportsModule;
  /** Resolves when the work that follows turns and requests in the background (channel cards, alert cards) is done. */
  settled(): Promise<void>;
  /** Listens, then starts the capabilities' jobs. */
  start(): Promise<{ port: number; url: string }>;
  /** Stops taking requests, stops the jobs, waits for background work, closes the store and Graph. */
  stop(): Promise<void>;
}

const MAX_TEXT_LENGTH = 4000;

/** The one composition root: platform → capabilities → bot → HTTP server. */
export async function composeApp(config: AppConfig, overrides: ComposeOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.env.LOG_LEVEL);
  const clock = overrides.clock ?? clockFor(config);
  const adapter = createAdapter(adapterSettings(config));
  const store = overrides.store ?? await JsonStore.open({ dataDir: config.env.DATA_DIR, logger });
  let graph: DirectoryConnection | null = null;
  try {
    graph = overrides.directory ? null : await connectDirectory(config, logger);
    const directory = overrides.directory ?? new CachedDirectory(graph!.directory, clock);
    const triage = overrides.triage ?? triagePort(TriageEngine.create(config.domain));
    const knowledge = overrides.knowledge ?? knowledgePort(KnowledgeBase.load(triageDataPath('knowledge-base')));
    const languages = new LanguageResolver(new UserPrefsRepository(store), detectLanguage);
    const conversationRefs = new ConversationRefRepository(store);
    const background = new BackgroundTasks(logger);
    const timers: Record<string, IntervalTimer | undefined> = {
      tickets: overrides.ticketTimer, accounts: overrides.accountTimer, paging: overrides.pagingTimer, reports: overrides.reportsTimer,
    };
    const botAppId = config.mode === 'production' ? config.env.MicrosoftAppId : '';
    const teamsFiles = new TeamsFileDelivery({
      adapter, botAppId, conversationRefs, pending: new PendingFileRepository(store), clock, logger, language: (id) => languages.current(id),
    });
    const platform: Platform = {
      store, directory, languages, conversationRefs, adapter, botAppId,
      domain: config.domain, dataDir: config.env.DATA_DIR, clock, logger, background, timer: (name) => timers[name] ?? REAL_INTERVAL_TIMER,
      files: overrides.fileDelivery ?? teamsFiles, charts: overrides.charts === undefined ? new VegaChartRenderer() : overrides.charts,
    };
    const requesters = new RequesterResolver(directory, config.domain, logger);
    const accountOps = overrides.accountOperations ?? (graph ? new GraphAccountOperations(accountGraphClient(graph, overrides.accountGraph),
      { protectedGroupNames: (overrides.accountPolicy ?? config.domain.accounts).protectedGroupNames }) : null);
    const mailer = graph && config.domain.oncall.mailFrom ? new GraphMailer(accountGraphClient(graph, overrides.accountGraph), config.domain.oncall.mailFrom, directory) : null;

    // The capabilities, one line each (a new one: a folder under src/capabilities/ and a line here).
    const tickets = ticketsModule(platform);
    const report = reportProblemModule(platform, { triage, knowledge, requesters, tickets });
    const accounts = accountOps ? accountsModule(platform, {
      operations: new CachedAccountPrivilege(accountOps, clock), policy: overrides.accountPolicy ?? config.domain.accounts, tickets: tickets.service, requesters,
    }) : null;
    const rota = oncallRota(platform);
    const paging = pagingModule(platform, { rota, tickets, mailer, alertsToken: config.env.ALERTS_TOKEN });
    const oncall = oncallModule(platform, { rota, paging });
    const vendors = vendorsModule(platform, { workflow: tickets.workflow, resolutionDue: (ticket) => tickets.deadlines(ticket).resolutionDue, standby: rota.standby });
    const reports = reportsModule(platform, { tickets });
    const modules: CapabilityModule[] = [report, vendors, tickets, ...(accounts ? [accounts] : []), oncall, paging, reports];

    const cardActions = new CardActionRouter(logger);
    for (const module of modules) module.registerCardActions(cardActions);
    const state = new JsonConversationState(new BotStateStorage(store, { waitForDisk: false }));
    const features = modules.flatMap((m) => (m.feature ? [m.feature] : []));
    // trained in slices once the jobs start (after the server listens), or at once by a message that comes first
    const declared = [...PLATFORM_INTENTS, ...features.flatMap((f) => f.intents ?? [])];
    let intentEngine: IntentEngine | undefined;
    const intents = (): IntentEngine => (intentEngine ??= IntentEngine.create(declared, config.domain));
    const router = new MessageRouter({
      dialogState: state.createProperty<DialogState>('dialogState'), reportProblem: report.dialog, triage, tickets: tickets.service, languages, config: config.domain,
      features, intents, roles: new RoleResolver(config.domain, directory, logger), clock,
    });
    const bot = new HelpdeskBot({
      state, router, cardActions, languages, directory, logger, conversationRefs, fileConsent: teamsFiles,
      allowedTenants: config.mode === 'production' ? config.env.ALLOWED_TENANTS : null,
      maxTextLength: MAX_TEXT_LENGTH,
    });
    adapter.onTurnError = createTurnErrorHandler(logger, state, languages);
    const server = new HttpServer({
      adapter, bot, logger, maxBodyBytes: config.env.MAX_BODY_BYTES, isReady: () => store.healthy, alerts: paging.alerts,
      authenticator: requestAuthenticator(config, logger),
    });
    const jobs = modules.flatMap((m) => m.jobs);
    return {
      config, store, logger, graph, tickets, accounts, oncall: paging, vendors, reports,
      settled: () => background.settled(),
      start: async () => {
        const address = await server.listen(config.env.PORT, config.env.HOST);
        void IntentEngine.build(declared, config.domain).then((engine) => {
          intentEngine ??= engine;
        }, (err: unknown) => logger.error({ err: (err as Error).message }, 'intent layer training failed'));
        for (const job of jobs) job.start();
        logger.info({ mode: config.mode, url: address.url }, 'helpdesk bot listening');
        return address;
      },
      stop: async () => {
        await server.close(); // no new turns or alerts; those in flight finish
        for (const job of jobs) await job.stop();
        await background.settled();
        await store.close();
        await graph?.close();
        logger.info('helpdesk bot stopped');
      },
    };
  } catch (err) {
    await store.close();
    await graph?.close();
    throw err;
  }
}

/** The real clock; in local mode HELPDESK_FAKE_NOW starts it at another instant (demos, e2e tests). */
export function clockFor(config: AppConfig): Clock {
  const fake = config.mode === 'local' ? config.env.HELPDESK_FAKE_NOW : undefined;
  if (!fake) return { now: () => new Date() };
  const offset = Date.parse(fake) - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}
