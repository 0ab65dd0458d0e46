import type { Logger } from 'pino';
import type { AccountAction } from '../domain/accounts/account-action.js';
import type { AccountAuditEntry, AccountAuditResult } from '../domain/accounts/account-audit.js';
import type { Language, Ticket } from '../domain/tickets/ticket.js';
import type { AuditLogStorePort } from './store-ports.js';
import type { Clock, DirectoryUser } from './ports.js';
import type { RequesterProfile } from './requester-resolver.js';
import type { TicketService } from './ticket-service.js';
import { accountTicketText, type AccountTicketEvent } from './account-ticket-text.js';

/** Tells the target of an action, in their personal chat, what was done and by whom (implemented in src/bot). */
export interface AccountTargetNotifier {
  notify(targetId: string, event: { action: AccountAction; byName: string; ticketId: string | null }): Promise<boolean>;
}

export interface AccountRecordInput {
  requester: RequesterProfile;
  lang: Language;
  action: AccountAction;
  target: DirectoryUser;
}

/** The records of an account action: its ticket (resolved, or open for the identity team), the audit line, the target's notice. */
export class AccountRecordService {
  constructor(
    private readonly tickets: TicketService,
    private readonly audit: AuditLogStorePort,
    private readonly notifier: AccountTargetNotifier,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** A resolved ticket, the audit line, and the target told (when it is not the requester). */
  async done(input: AccountRecordInput, graphRequestId: string | null, detail: string | null): Promise<Ticket> {
    const ticket = await this.tickets.createResolved(this.ticketInput(input, { kind: 'done', detail }), accountTicketText(input, { kind: 'done', detail }).resolution);
    await this.log(input, 'success', graphRequestId, ticket.id, detail);
    // Not awaited: the requester's answer (an invoke with a deadline) must not wait for the target's notice,
    // which can be slow when the target's channel retries; tellTarget never throws.
    if (input.target.id !== input.requester.id) void this.tellTarget(input, ticket.id);
    return ticket;
  }

  /** An open ticket for the identity team (privileged target, limit, Graph failure) and the audit line. */
  async escalate(input: AccountRecordInput, event: AccountTicketEvent, result: AccountAuditResult, graphRequestId: string | null): Promise<Ticket> {
    const ticket = await this.tickets.create(this.ticketInput(input, event));
    await this.log(input, result, graphRequestId, ticket.id, event.detail);
    return ticket;
  }

  /** An audit line without a ticket (a refusal, or a failure that needs no human such as "no such user"). */
  async note(input: AccountRecordInput, result: AccountAuditResult, detail: string, graphRequestId: string | null = null): Promise<void> {
    await this.log(input, result, graphRequestId, null, detail);
  }

  private ticketInput(input: AccountRecordInput, event: AccountTicketEvent) {
    return {
      requester: input.requester,
      description: accountTicketText(input, event).description,
      language: input.lang,
      category: 'account' as const,
      priority: event.kind === 'done' ? ('P4' as const) : ('P3' as const),
    };
  }

  private async log(input: AccountRecordInput, result: AccountAuditResult, graphRequestId: string | null, ticketId: string | null, detail: string | null): Promise<AccountAuditEntry> {
    const entry = await this.audit.append({
      at: this.clock.now().toISOString(), requesterId: input.requester.id, action: input.action, targetId: input.target.id,
      result, graphRequestId, ticketId, detail,
    });
    this.logger.info({ audit: entry.id, requesterId: entry.requesterId, targetId: entry.targetId, action: entry.action, result, graphRequestId, ticketId }, 'account action recorded');
    return entry;
  }

  private async tellTarget(input: AccountRecordInput, ticketId: string): Promise<void> {
    try {
      const told = await this.notifier.notify(input.target.id, { action: input.action, byName: input.requester.name, ticketId });
      if (!told) this.logger.info({ targetId: input.target.id }, 'target has no personal chat with the bot: not told');
    } catch (err) {
      this.logger.warn({ targetId: input.target.id, err: (err as Error)?.message }, 'could not tell the target about the account action');
    }
  }
}
