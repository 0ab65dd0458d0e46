import type { BotAdapter } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { AppConfig } from './config/load-config.js';
import { createLogger } from './logging/logger.js';
import { JsonStore } from './store/json-store.js';
import { BotStateStorage } from './store/bot-state-storage.js';
import { JsonConversationState } from './store/json-conversation-state.js';
import { TicketRepository } from './store/ticket-repository.js';
import { UserPrefsRepository } from './store/user-prefs-repository.js';
import { ConversationRefRepository } from './store/conversation-ref-repository.js';
import type { Clock, DirectoryPort, KnowledgePort, TriagePort } from './services/ports.js';
import { RequesterResolver } from './services/requester-resolver.js';
import { TicketService } from './services/ticket-service.js';
import { HelpdeskBot } from './bot/helpdesk-bot.js';
import { adapterSettings, createAdapter } from './bot/create-adapter.js';
import { OutboundGate, type OutboundHold } from './bot/outbound-gate.js';
import type { ProactiveAdapter } from './bot/proactive.js';
import { LanguageResolver } from './bot/language-resolver.js';
import { MessageRouter } from './bot/message-router.js';
import { createTurnErrorHandler } from './bot/turn-error-handler.js';
import { CardActionRouter } from './bot/card-action-router.js';
import { HttpServer } from './server.js';
import { ReportProblemDialog } from '../dialogs/report-problem-dialog.js';
import { detectLanguage } from './triage/language-detector.js';
import { TriageEngine } from './triage/triage-engine.js';
import { KnowledgeBase } from './triage/knowledge-base.js';
import { triageDataPath } from './triage/project-paths.js';
import { knowledgePort, triagePort } from './triage/triage-ports.js';
import { StatsRepository } from './store/stats-repository.js';
import { connectDirectory, type DirectoryConnection } from './graph/directory-connection.js';
import { CachedDirectory } from './graph/cached-directory.js';
import type { AccountOperationsPort } from './services/ports.js';
import type { AccountPolicyConfig } from './domain/accounts/account-policy-config.js';
import { GraphAccountOperations } from './graph/graph-account-operations.js';
import { CachedAccountPrivilege } from './graph/cached-account-privilege.js';
import { accountGraphClient, type AccountGraphClientOptions } from './graph/account-graph-client.js';
import { wireAccountFeature, type AccountWiring } from './bot/account-feature-wiring.js';
import { wireOncallFeature } from './bot/oncall-feature-wiring.js';
import { REAL_INTERVAL_TIMER, type IntervalTimer } from './jobs/interval-job.js';
import { wireTicketFeature, type TicketWiring } from './bot/ticket-feature-wiring.js';
import { AlertEndpoint } from './alert-endpoint.js';
import { BackgroundTasks } from './services/background-tasks.js';
import { GraphMailer } from './graph/graph-mailer.js';
import type { OncallWiring } from './bot/oncall-feature-wiring.js';
import { wireReports, type ReportsWiring } from './capabilities/reports/reports-wiring.js';
import { TeamsFileDelivery } from './bot/teams-file-delivery.js';
import { PendingFileRepository } from './store/pending-file-repository.js';
import { VegaChartRenderer } from './charts/vega-chart-renderer.js';
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
  /** Reports: the monthly report's timer; the chart renderer, or null for none (the benchmark measures turns without charts). */
  reportsTimer?: IntervalTimer;
  charts?: ChartPort | null;
}

/** Everything but the HTTP side: store, Graph, services, dialogs, the bot and its background jobs. */
export interface AppCore {
  readonly config: AppConfig;
  readonly store: JsonStore;
  readonly logger: Logger;
  readonly graph: DirectoryConnection | null;
  /** The account feature (null when neither Graph nor an override provides account operations). */
  readonly accounts: AccountWiring | null;
  /** The ticket workflow: service, SLA scheduler, technicians' and requesters' card actions. */
  readonly tickets: TicketWiring;
  /** On-call: rota, swaps, reports, paging and its scheduler. */
  readonly oncall: OncallWiring;
  /** Reports for managers: facts, questions, cards, exports, the monthly report. */
  readonly reports: ReportsWiring;
  /** The bot: give it each turn. */
  readonly bot: HelpdeskBot;
  /** POST /api/alerts: monitoring → ticket and page. */
  readonly alerts: AlertEndpoint;
  /** Resolves when the work that follows turns and requests in the background (channel cards, alert cards) is done. */
  settled(): Promise<void>;
  /** Starts the timers (SLA, paging, secret redaction). */
  startJobs(): void;
  /** Stops the timers, waits for background work, closes the store and Graph. */
  stop(): Promise<void>;
}

/** What the core sends through: the Bot Framework adapter (or a bridge to it) and the outbound hold. */
export interface CoreTransport {
  adapter: BotAdapter & ProactiveAdapter;
  outbound: OutboundHold;
}

export interface App extends Omit<AppCore, 'startJobs' | 'bot' | 'alerts'> {
  /** Holds messages to a conversation until what they announce is on disk. */
  readonly outbound: OutboundGate;
  start(): Promise<{ port: number; url: string }>;
}

const MAX_TEXT_LENGTH = 4000;

/** The one composition root, all in one thread: the core on a CloudAdapter, behind the HTTP server. */
export async function composeApp(config: AppConfig, overrides: ComposeOverrides = {}): Promise<App> {
  const outbound = new OutboundGate();
  const adapter = createAdapter(adapterSettings(config), outbound);
  const core = await composeCore(config, overrides, { adapter, outbound });
  const server = new HttpServer({
    adapter, bot: core.bot, logger: core.logger, maxBodyBytes: config.env.MAX_BODY_BYTES, isReady: () => core.store.healthy, alerts: core.alerts,
  });
  return {
    config, store: core.store, logger: core.logger, graph: core.graph, outbound, accounts: core.accounts, tickets: core.tickets, oncall: core.oncall, reports: core.reports,
    settled: () => core.settled(),
    start: async () => {
      const address = await server.listen(config.env.PORT, config.env.HOST);
      core.startJobs();
      core.logger.info({ mode: config.mode, url: address.url }, 'helpdesk bot listening');
      return address;
    },
    stop: async () => {
      await server.close(); // no new turns or alerts; those in flight finish
      await core.stop();
    },
  };
}

/** Adapters → repositories → services → dialogs → bot, on the given transport. */
export async function composeCore(config: AppConfig, overrides: ComposeOverrides, transport: CoreTransport): Promise<AppCore> {
  const { adapter, outbound } = transport;
  const logger = overrides.logger ?? createLogger(config.env.LOG_LEVEL);
  const clock = overrides.clock ?? clockFor(config);
  const store = await JsonStore.open({ dataDir: config.env.DATA_DIR, logger });
  let graph: DirectoryConnection | null = null;
  try {
    graph = overrides.directory ? null : await connectDirectory(config, logger);
    const directory = overrides.directory ?? new CachedDirectory(graph!.directory, clock);
    const triage = overrides.triage ?? triagePort(TriageEngine.create(config.domain));
    const knowledge = overrides.knowledge ?? knowledgePort(KnowledgeBase.load(triageDataPath('knowledge-base')));

    const state = new JsonConversationState(new BotStateStorage(store, { waitForDisk: false }));
    const requesters = new RequesterResolver(directory, config.domain, logger);
    const languages = new LanguageResolver(new UserPrefsRepository(store), detectLanguage);
    const conversationRefs = new ConversationRefRepository(store);
    const ticketRepository = new TicketRepository(store);
    const ticketWiring = wireTicketFeature({
      store, tickets: ticketRepository, directory, languages, conversationRefs, adapter, botAppId: config.mode === 'production' ? config.env.MicrosoftAppId : '',
      domain: config.domain, clock, timer: overrides.ticketTimer ?? REAL_INTERVAL_TIMER, logger,
    });
    const background = new BackgroundTasks(logger);
    const tickets = new TicketService(ticketRepository, config.domain, clock, logger, {
      opsFor: (ticket) => ticketWiring.workflow.opsForNew(ticket), created: (ticket) => ticketWiring.workflow.created(ticket),
    }, background);
    const reportProblem = new ReportProblemDialog({
      triage, knowledge, tickets, requesters, outbound, stats: new StatsRepository(store), deadlines: ticketWiring.deadlines, clock, config: config.domain, logger,
    });
    const cardActions = new CardActionRouter(logger);
    ticketWiring.register(cardActions);
    const accountOps = overrides.accountOperations ?? (graph ? new GraphAccountOperations(accountGraphClient(graph, overrides.accountGraph),
      { protectedGroupNames: (overrides.accountPolicy ?? config.domain.accounts).protectedGroupNames }) : null);
    const accounts = accountOps ? wireAccountFeature({
      store, directory, operations: new CachedAccountPrivilege(accountOps, clock), tickets, requesters, languages, conversationRefs, adapter,
      botAppId: config.mode === 'production' ? config.env.MicrosoftAppId : '', domain: config.domain,
      policy: overrides.accountPolicy ?? config.domain.accounts, clock, timer: overrides.accountTimer ?? REAL_INTERVAL_TIMER, logger,
    }) : null;
    accounts?.actions.register(cardActions);
    const botAppId = config.mode === 'production' ? config.env.MicrosoftAppId : '';
    const files = new TeamsFileDelivery({ adapter, botAppId, conversationRefs, pending: new PendingFileRepository(store), clock, logger, language: (id) => languages.current(id) });
    const oncall = wireOncallFeature({
      store, directory, conversationRefs, languages, adapter, botAppId: config.mode === 'production' ? config.env.MicrosoftAppId : '',
      domain: config.domain, dataDir: config.env.DATA_DIR, clock, logger, workflow: ticketWiring.workflow,
      mailer: graph && config.domain.oncall.mailFrom ? new GraphMailer(accountGraphClient(graph, overrides.accountGraph), config.domain.oncall.mailFrom, directory) : null,
      timer: overrides.pagingTimer ?? REAL_INTERVAL_TIMER, background, files,
    });
    oncall.register(cardActions);
    const reports = wireReports({
      store, tickets: ticketRepository, workflow: ticketWiring.workflow, conversationRefs, language: (id) => languages.current(id), adapter, botAppId,
      domain: config.domain, charts: overrides.charts === undefined ? new VegaChartRenderer() : overrides.charts, files, clock, timer: overrides.reportsTimer ?? REAL_INTERVAL_TIMER, logger,
    });
    reports.register(cardActions);
    const router = new MessageRouter({
      dialogState: state.createProperty<DialogState>('dialogState'), reportProblem, triage, tickets, languages, config: config.domain,
      features: [ticketWiring.feature, ...(accounts ? [accounts.feature] : []), oncall.feature, reports.feature],
    });
    const bot = new HelpdeskBot({
      state, router, cardActions, languages, directory, logger,
      conversationRefs,
      allowedTenants: config.mode === 'production' ? config.env.ALLOWED_TENANTS : null,
      maxTextLength: MAX_TEXT_LENGTH,
      fileConsent: files,
    });
    adapter.onTurnError = createTurnErrorHandler(logger, state, languages);
    const alerts = new AlertEndpoint({ paging: oncall.paging, tickets, config: config.domain, token: config.env.ALERTS_TOKEN, logger: logger.child({ feature: 'alerts' }) });

    return {
      config, store, logger, graph, accounts, tickets: ticketWiring, oncall, reports, bot, alerts,
      settled: () => background.settled(),
      startJobs: () => {
        accounts?.redactor.start();
        ticketWiring.scheduler.start();
        oncall.scheduler.start();
        reports.job.start();
      },
      stop: async () => {
        await accounts?.redactor.stop();
        await ticketWiring.scheduler.stop();
        await oncall.scheduler.stop();
        await reports.job.stop();
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
function clockFor(config: AppConfig): Clock {
  const fake = config.mode === 'local' ? config.env.HELPDESK_FAKE_NOW : undefined;
  if (!fake) return { now: () => new Date() };
  const offset = Date.parse(fake) - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}
