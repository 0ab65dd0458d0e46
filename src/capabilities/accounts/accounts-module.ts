import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { AccountPolicyConfig } from '../../domain/accounts/account-policy-config.js';
import { AccountActionService } from '../../services/account-action-service.js';
import { AccountPolicyService } from '../../services/account-policy-service.js';
import { AccountRecordService } from '../../services/account-record-service.js';
import { TempPasswordGenerator } from '../../services/account-temp-password.js';
import type { AccountOperationsPort, Clock, DirectoryPort } from '../../services/ports.js';
import type { RequesterResolver } from '../../services/requester-resolver.js';
import type { TicketService } from '../../services/ticket-service.js';
import { AccountConfirmationRepository } from '../../store/account-confirmation-repository.js';
import { AccountSecretCardRepository } from '../../store/account-secret-card-repository.js';
import { AuditLogRepository } from '../../store/audit-log-repository.js';
import type { ConversationRefRepository } from '../../store/conversation-ref-repository.js';
import type { JsonStore } from '../../store/json-store.js';
import { RateLimitRepository } from '../../store/rate-limit-repository.js';
import { ResetAccountDialog } from '../../../dialogs/reset-account-dialog.js';
import { AccountCardActions } from './account-card-actions.js';
import { AccountFeature } from './account-feature.js';
import { AccountProactiveMessenger } from './account-proactive-messenger.js';
import type { ProactiveAdapter } from '../../bot/proactive.js';
import { AccountSecretRedactor } from './account-secret-redactor.js';
import type { IntervalTimer } from '../../jobs/interval-job.js';
import type { CardActionRouter } from '../../bot/card-action-router.js';
import type { LanguageResolver } from '../../bot/language-resolver.js';

export interface AccountWiringDeps {
  store: JsonStore;
  directory: DirectoryPort;
  /** Already wrapped with the privilege cache. */
  operations: AccountOperationsPort;
  tickets: TicketService;
  requesters: RequesterResolver;
  languages: LanguageResolver;
  conversationRefs: ConversationRefRepository;
  adapter: ProactiveAdapter;
  botAppId: string;
  domain: DomainConfig;
  policy: AccountPolicyConfig;
  clock: Clock;
  timer: IntervalTimer;
  logger: Logger;
}

export interface AccountWiring {
  feature: AccountFeature;
  actions: AccountAccess;
  redactor: AccountSecretRedactor;
}

interface AccountAccess {
  service: AccountActionService;
  register(router: CardActionRouter): void;
}

/** Builds the account feature's graph (repositories → services → dialog, feature, card actions, redactor); called by compose.ts. */
export function wireAccountFeature(d: AccountWiringDeps): AccountWiring {
  const logger = d.logger.child({ feature: 'accounts' });
  const policyService = new AccountPolicyService(d.directory, d.operations, d.policy, d.domain, logger);
  const audit = new AuditLogRepository(d.store);
  const messenger = new AccountProactiveMessenger({ adapter: d.adapter, botAppId: d.botAppId, conversationRefs: d.conversationRefs, languages: d.languages, logger });
  const records = new AccountRecordService(d.tickets, audit, messenger, d.clock, logger);
  const service = new AccountActionService({
    directory: d.directory, operations: d.operations, policyService, records, requesters: d.requesters,
    limits: new RateLimitRepository(d.store), confirmations: new AccountConfirmationRepository(d.store),
    passwords: new TempPasswordGenerator(), policy: d.policy, clock: d.clock, logger,
  });
  const secrets = new AccountSecretCardRepository(d.store);
  const cardActions = new AccountCardActions({ accounts: service, secrets, policy: d.policy, clock: d.clock, logger });
  const dialog = new ResetAccountDialog({ accounts: service, directory: d.directory, logger });
  return {
    feature: new AccountFeature({ dialog, accounts: service, policy: policyService, audit, directory: d.directory, config: d.domain, logger }),
    actions: { service, register: (router) => cardActions.register(router) },
    redactor: new AccountSecretRedactor({ secrets, adapter: d.adapter, botAppId: d.botAppId, clock: d.clock, timer: d.timer, logger }),
  };
}
