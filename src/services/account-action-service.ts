import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { AccountAction } from '../domain/accounts/account-action.js';
import type { AccountPolicyConfig } from '../config/account-policy-config.js';
import { overLimit } from '../domain/accounts/rate-limit-window.js';
import type { Language } from '../domain/tickets/ticket.js';
import { GraphUnavailableError } from './graph-unavailable-error.js';
import type { AccountConfirmationStorePort, RateLimitStorePort } from './store-ports.js';
import type { AccountOutcome } from '../domain/accounts/account-outcome.js';
import { AccountOperationError, failureKindOf } from './account-operation-error.js';
import type { AccountPolicyService } from './account-policy-service.js';
import type { AccountRecordInput, AccountRecordService } from './account-record-service.js';
import type { TempPasswordGenerator } from './account-temp-password.js';
import type { AccountOperationsPort, Clock, DirectoryPort, DirectoryUser } from './ports.js';
import type { RequesterResolver } from './requester-resolver.js';

export interface AccountRequester { id: string; name: string; lang: Language }


export interface AccountActionServiceDeps {
  directory: DirectoryPort;
  operations: AccountOperationsPort;
  policyService: AccountPolicyService;
  records: AccountRecordService;
  requesters: RequesterResolver;
  limits: RateLimitStorePort;
  confirmations: AccountConfirmationStorePort;
  passwords: TempPasswordGenerator;
  policy: AccountPolicyConfig;
  clock: Clock;
  logger: Logger;
  /** How long a confirmation card stays valid; default 15 minutes. */
  confirmationTtlMs?: number;
}

type Gate = { kind: 'go'; input: AccountRecordInput } | Exclude<AccountOutcome, { kind: 'confirm' | 'done' }>;

/**
 * The account use case: `prepare` checks policy and limits and offers a confirmation; `confirm`
 * re-checks everything (rights may have changed), performs the Graph operation and keeps the records.
 * Success is reported only when Graph confirmed the change.
 */
export class AccountActionService {
  constructor(private readonly deps: AccountActionServiceDeps) {}

  async prepare(requester: AccountRequester, targetId: string, action: AccountAction): Promise<AccountOutcome> {
    const gate = await this.gate(requester, targetId, action);
    if (gate.kind !== 'go') return gate;
    const now = this.deps.clock.now();
    const pendingId = randomUUID();
    await this.deps.confirmations.add({
      id: pendingId, requesterId: requester.id, targetId: gate.input.target.id, action,
      createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + (this.deps.confirmationTtlMs ?? 15 * 60_000)).toISOString(),
    }, now);
    return { kind: 'confirm', pendingId, action, target: gate.input.target };
  }

  async confirm(requester: AccountRequester, pendingId: string): Promise<AccountOutcome> {
    const pending = await this.deps.confirmations.take(pendingId, requester.id, this.deps.clock.now());
    if (!pending) return { kind: 'stale' };
    const gate = await this.gate(requester, pending.targetId, pending.action);
    if (gate.kind !== 'go') return gate;
    return this.perform(gate.input);
  }

  /** Withdraws a confirmation card; false when it was already used, expired or someone else's. */
  async cancel(requester: AccountRequester, pendingId: string): Promise<boolean> {
    return (await this.deps.confirmations.take(pendingId, requester.id, this.deps.clock.now())) !== undefined;
  }

  /** Withdraws every confirmation card the requester has not answered yet ("zrušit" typed); how many there were. */
  async cancelWaiting(requester: AccountRequester): Promise<number> {
    const now = this.deps.clock.now();
    let withdrawn = 0;
    for (const id of this.deps.confirmations.waitingFor(requester.id, now)) {
      if (await this.deps.confirmations.take(id, requester.id, now)) withdrawn++;
    }
    return withdrawn;
  }

  private async perform(input: AccountRecordInput): Promise<AccountOutcome> {
    const { action, target } = input;
    const { operations, records } = this.deps;
    let password: string | null = null;
    let mfa: { removed: number; kept: number } | null = null;
    let requestId: string | null;
    try {
      if (action === 'resetPassword') {
        password = this.deps.passwords.generate();
        requestId = (await operations.resetPassword(target.id, password)).requestId;
      } else if (action === 'unlock') {
        requestId = (await operations.enableAccount(target.id)).requestId;
      } else if (action === 'resetMfa') {
        const r = await operations.resetMfa(target.id);
        mfa = { removed: r.removed, kept: r.kept };
        requestId = r.requestId;
      } else {
        requestId = (await operations.revokeSessions(target.id)).requestId;
      }
    } catch (err) {
      return this.failed(input, err);
    }
    await this.deps.limits.record(this.limitKeys(input.requester.id, target.id, action), this.deps.clock.now());
    const ticket = await records.done(input, requestId, mfa ? `removed=${mfa.removed} kept=${mfa.kept}` : null);
    return { kind: 'done', action, target, ticketId: ticket.id, temporaryPassword: password, mfa };
  }

  /** Target, policy and limits, in that order; anything but "go" is already recorded. */
  private async gate(requester: AccountRequester, targetId: string, action: AccountAction): Promise<Gate> {
    let target: DirectoryUser | null;
    let evaluation;
    try {
      target = await this.deps.directory.getUser(targetId);
      if (!target) return { kind: 'targetNotFound' };
      evaluation = await this.deps.policyService.evaluate(requester.id, target.id, action);
    } catch (err) {
      if (err instanceof AccountOperationError && err.kind === 'notFound') return { kind: 'targetNotFound' };
      return this.lookupFailed(action, err);
    }
    const input: AccountRecordInput = { requester: await this.deps.requesters.resolve(requester.id, requester.name), lang: requester.lang, action, target };
    const { decision } = evaluation;
    if (decision.kind === 'refuse') {
      await this.deps.records.note(input, 'refused', decision.reason);
      return { kind: 'refused', action, reason: decision.reason };
    }
    if (decision.kind === 'escalate') {
      const ticket = await this.deps.records.escalate(input, { kind: 'privileged', detail: evaluation.privilegeReasons.join('; ') || null }, 'escalated', null);
      return { kind: 'escalated', action, why: 'privileged', ticketId: ticket.id };
    }
    const limit = this.limitReached(requester.id, target.id, action);
    if (limit) {
      const ticket = await this.deps.records.escalate(input, { kind: 'limit', detail: limit }, 'limited', null);
      return { kind: 'escalated', action, why: 'limit', ticketId: ticket.id };
    }
    return { kind: 'go', input };
  }

  private limitReached(requesterId: string, targetId: string, action: AccountAction): string | null {
    const now = this.deps.clock.now();
    const [requesterKey, targetKey] = this.limitKeys(requesterId, targetId, action);
    if (overLimit(this.deps.limits.recent(requesterKey!, now), now, this.deps.policy.perRequesterPer24h)) return 'requester-limit';
    if (targetKey && overLimit(this.deps.limits.recent(targetKey, now), now, this.deps.policy.resetLimitPerTargetPer24h)) return 'target-limit';
    return null;
  }

  private limitKeys(requesterId: string, targetId: string, action: AccountAction): string[] {
    const keys = [`requester:${requesterId.toLowerCase()}`];
    if (action === 'resetPassword') keys.push(`target:resetPassword:${targetId.toLowerCase()}`);
    return keys;
  }

  private async failed(input: AccountRecordInput, err: unknown): Promise<AccountOutcome> {
    if (!(err instanceof AccountOperationError)) throw err;
    this.deps.logger.warn({ requesterId: input.requester.id, targetId: input.target.id, action: input.action, kind: err.kind, status: err.statusCode, code: err.code, graphRequestId: err.requestId }, 'account operation failed');
    const event = { kind: 'failed' as const, detail: `${err.kind} ${err.statusCode}${err.code ? ` ${err.code}` : ''}` };
    const ticket = err.needsHuman ? await this.deps.records.escalate(input, event, 'failed', err.requestId) : null;
    if (!ticket) await this.deps.records.note(input, 'failed', event.detail, err.requestId);
    return { kind: 'failed', action: input.action, failure: err.kind, retryAfterSeconds: err.retryAfterSeconds, ticketId: ticket?.id ?? null };
  }

  private lookupFailed(action: AccountAction, err: unknown): Extract<AccountOutcome, { kind: 'failed' }> {
    const kind = err instanceof AccountOperationError ? err.kind
      : err instanceof GraphUnavailableError ? failureKindOf(err.statusCode, err.code) : null;
    if (kind === null) throw err;
    this.deps.logger.warn({ action, kind }, 'directory look-up for an account action failed');
    const retryAfterSeconds = err instanceof AccountOperationError || err instanceof GraphUnavailableError ? err.retryAfterSeconds : null;
    return { kind: 'failed', action, failure: kind, retryAfterSeconds, ticketId: null };
  }
}
