import { CloudAdapter, ConfigurationBotFrameworkAuthentication, PrivateConversationState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { AppConfig } from './config/load-config.js';
import { createLogger } from './logging/logger.js';
import { JsonStore } from './store/json-store.js';
import { BotStateStorage } from './store/bot-state-storage.js';
import { TicketRepository } from './store/ticket-repository.js';
import { UserPrefsRepository } from './store/user-prefs-repository.js';
import { ConversationRefRepository } from './store/conversation-ref-repository.js';
import type { Clock, DirectoryPort, TriagePort } from './services/ports.js';
import { RequesterResolver } from './services/requester-resolver.js';
import { TicketService } from './services/ticket-service.js';
import { HelpdeskBot } from './bot/helpdesk-bot.js';
import { LanguageResolver } from './bot/language-resolver.js';
import { MessageRouter } from './bot/message-router.js';
import { createTurnErrorHandler } from './bot/turn-error-handler.js';
import { CardActionRouter } from './bot/card-action-router.js';
import { HttpServer } from './server.js';
import { ReportProblemDialog } from '../dialogs/report-problem-dialog.js';
import { detectLanguage } from './triage/language-detector.js';
import { TriageEngine } from './triage/triage-engine.js';
import { connectDirectory, type DirectoryConnection } from './graph/directory-connection.js';
import { CachedDirectory } from './graph/cached-directory.js';

export interface ComposeOverrides {
  clock?: Clock;
  logger?: Logger;
  /** Replace the Graph directory (tests of a directory that is down use the real sandbox with faults instead). */
  directory?: DirectoryPort;
  triage?: TriagePort;
}

export interface App {
  readonly config: AppConfig;
  readonly store: JsonStore;
  readonly logger: Logger;
  readonly graph: DirectoryConnection | null;
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
}

const MAX_TEXT_LENGTH = 4000;

/** The one composition root: adapters → repositories → services → dialogs → bot → server. */
export async function composeApp(config: AppConfig, overrides: ComposeOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.env.LOG_LEVEL);
  const clock = overrides.clock ?? { now: () => new Date() };
  const store = await JsonStore.open({ dataDir: config.env.DATA_DIR, logger });
  let graph: DirectoryConnection | null = null;
  try {
    graph = overrides.directory ? null : await connectDirectory(config, logger);
    const directory = overrides.directory ?? new CachedDirectory(graph!.directory, clock);
    const triage = overrides.triage ?? TriageEngine.create(config.domain);

    const state = new PrivateConversationState(new BotStateStorage(store, { waitForDisk: false }));
    const tickets = new TicketService(new TicketRepository(store), config.domain, clock, logger);
    const requesters = new RequesterResolver(directory, config.domain, logger);
    const languages = new LanguageResolver(new UserPrefsRepository(store), detectLanguage);
    const reportProblem = new ReportProblemDialog({ triage, tickets, requesters, config: config.domain, logger });
    const router = new MessageRouter({
      dialogState: state.createProperty<DialogState>('dialogState'), reportProblem, triage, tickets, languages, config: config.domain,
      features: [],
    });
    const cardActions = new CardActionRouter(logger);
    const bot = new HelpdeskBot({
      state, router, cardActions, languages, directory, logger,
      conversationRefs: new ConversationRefRepository(store),
      allowedTenants: config.mode === 'production' ? config.env.ALLOWED_TENANTS : null,
      maxTextLength: MAX_TEXT_LENGTH,
    });
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(adapterSettings(config)));
    adapter.onTurnError = createTurnErrorHandler(logger, state, languages);
    const server = new HttpServer({ adapter, bot, logger, maxBodyBytes: config.env.MAX_BODY_BYTES, isReady: () => store.healthy });

    return {
      config, store, logger, graph,
      start: async () => {
        const address = await server.listen(config.env.PORT, config.env.HOST);
        logger.info({ mode: config.mode, url: address.url }, 'helpdesk bot listening');
        return address;
      },
      stop: async () => {
        await server.close();
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

function adapterSettings(config: AppConfig): Record<string, string> {
  if (config.mode === 'local') return {};
  const e = config.env;
  return {
    MicrosoftAppId: e.MicrosoftAppId,
    MicrosoftAppType: e.MicrosoftAppType,
    ...(e.MicrosoftAppPassword ? { MicrosoftAppPassword: e.MicrosoftAppPassword } : {}),
    ...(e.MicrosoftAppTenantId ? { MicrosoftAppTenantId: e.MicrosoftAppTenantId } : {}),
  };
}
