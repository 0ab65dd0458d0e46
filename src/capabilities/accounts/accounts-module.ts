import type { AccountPolicyConfig } from '../../config/account-policy-config.js';
import { AccountActionService } from '../../services/account-action-service.js';
import { AccountPolicyService } from '../../services/account-policy-service.js';
import { AccountRecordService } from '../../services/account-record-service.js';
import { TempPasswordGenerator } from '../../services/account-temp-password.js';
import type { AccountOperationsPort } from '../../services/ports.js';
import type { RequesterResolver } from '../../services/requester-resolver.js';
import type { TicketService } from '../../services/ticket-service.js';
import { AccountConfirmationRepository } from '../../store/account-confirmation-repository.js';
import { AccountSecretCardRepository } from '../../store/account-secret-card-repository.js';
import { AuditLogRepository } from '../../store/audit-log-repository.js';
import { RateLimitRepository } from '../../store/rate-limit-repository.js';
import { ResetAccountDialog } from '../../../dialogs/reset-account-dialog.js';
import type { CapabilityModule, Platform } from '../capability-module.js';
import { AccountCardActions } from './account-card-actions.js';
import { AccountFeature } from './account-feature.js';
import { AccountProactiveMessenger } from './account-proactive-messenger.js';
import { AccountSecretRedactor } from './account-secret-redactor.js';

export interface AccountsModuleDeps {
  /** Graph account operations, already wrapped with the privilege cache. */
  operations: AccountOperationsPort;
  policy: AccountPolicyConfig;
  tickets: TicketService;
  requesters: RequesterResolver;
}

export interface AccountsModule extends CapabilityModule {
  readonly service: AccountActionService;
}

/**
 * Account self-service: the policy, Graph actions with their tickets and audit log, the reset
 * dialog and commands, the confirm / "got it" card verbs, the target's notice, and the job that
 * redacts temporary-password cards.
 */
export function accountsModule(p: Platform, d: AccountsModuleDeps): AccountsModule {
  const logger = p.logger.child({ feature: 'accounts' });
  const policyService = new AccountPolicyService(p.directory, d.operations, d.policy, p.domain, logger);
  const audit = new AuditLogRepository(p.store);
  const messenger = new AccountProactiveMessenger({ adapter: p.adapter, botAppId: p.botAppId, conversationRefs: p.conversationRefs, languages: p.languages, logger });
  const records = new AccountRecordService(d.tickets, audit, messenger, p.clock, logger);
  const service = new AccountActionService({
    directory: p.directory, operations: d.operations, policyService, records, requesters: d.requesters,
    limits: new RateLimitRepository(p.store), confirmations: new AccountConfirmationRepository(p.store),
    passwords: new TempPasswordGenerator(), policy: d.policy, clock: p.clock, logger,
  });
  const secrets = new AccountSecretCardRepository(p.store);
  const cardActions = new AccountCardActions({ accounts: service, secrets, policy: d.policy, clock: p.clock, logger });
  const dialog = new ResetAccountDialog({ accounts: service, directory: p.directory, logger });
  return {
    name: 'accounts',
    service,
    feature: new AccountFeature({ dialog, accounts: service, policy: policyService, audit, directory: p.directory, config: p.domain, logger }),
    registerCardActions: (router) => cardActions.register(router),
    jobs: [new AccountSecretRedactor({ secrets, adapter: p.adapter, botAppId: p.botAppId, clock: p.clock, timer: p.timer('accounts'), logger })],
  };
}
