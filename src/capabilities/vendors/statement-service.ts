import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { Clock } from '../../services/ports.js';
import { contractOn, previousMonth } from './contract-rules.js';
import type { Contract } from '../../config/contract-schema.js';
import { buildStatement } from './statement-builder.js';
import { contentHash, draftFingerprint } from './statement-hash.js';
import type { ApprovedStatement, Dispute, PendingCorrection, StatementContent } from './statement.js';
import type { VendorCalendars } from './vendor-month.js';
import type { VendorPeople } from './vendor-people.js';
import type { VendorRepository } from './vendor-repository.js';

export type StatementView =
  | { kind: 'draft'; content: StatementContent; hash: string; disputes: Dispute[] }
  | { kind: 'approved'; statement: ApprovedStatement; disputes: Dispute[] }
  | { kind: 'not-over'; from: Date }
  | { kind: 'no-contract' }
  | { kind: 'forbidden' };

export type ApproveOutcome =
  | { kind: 'approved'; statement: ApprovedStatement }
  | { kind: 'already'; statement: ApprovedStatement }
  | { kind: 'stale'; view: StatementView }
  | { kind: 'not-over'; from: Date }
  | { kind: 'no-contract' }
  | { kind: 'forbidden' };

export type DisputeOutcome =
  | { kind: 'done'; dispute: Dispute }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'invalid'; reason: 'line' | 'text' | 'decided' | 'amount' | 'open' };

export interface StatementServiceDeps {
  repo: VendorRepository;
  people: VendorPeople;
  calendars: VendorCalendars;
  config: DomainConfig;
  clock: Clock;
  logger: Logger;
}

/**
 * Monthly statements per vendor and district: a draft from the first business day after the
 * month, approved by the head of OIT (then numbered, hashed and never changed: a second approval
 * answers with the first), disputed per line by the vendor's contract manager, decided by OIT,
 * the upheld amounts landing in the next statement as corrections.
 */
export class StatementService {
  constructor(private readonly deps: StatementServiceDeps) {}

  /** The previous month, the default when someone asks without one. */
  defaultMonth(): string {
    return previousMonth(this.deps.calendars.monthOf(this.deps.clock.now()));
  }

  view(userId: string, vendor: string, district: string, month: string): StatementView {
    if (!this.deps.people.readsStatementsOf(userId, vendor)) return { kind: 'forbidden' };
    const approved = this.deps.repo.approvedFor(vendor, district, month);
    if (approved) return { kind: 'approved', statement: approved, disputes: this.deps.repo.disputesOf(approved.number) };
    const contract = this.contractOf(vendor, district, month);
    if (!contract) return { kind: 'no-contract' };
    const from = this.deps.calendars.draftFrom(month, this.deps.calendars.of(contract));
    if (this.deps.clock.now().getTime() < from.getTime()) return { kind: 'not-over', from };
    const content = this.build(vendor, district, month);
    return { kind: 'draft', content, hash: draftFingerprint(month, this.deps.repo.revision(vendor, district), content.totals), disputes: [] };
  }

  /**
   * Approves the draft the head of OIT saw (`draftHash`): numbers it, stores it with its SHA-256 and
   * marks its tasks billed, in one durable write. Read → check → write has no await in between,
   * so a double click approves once; the second click gets the same statement back.
   */
  async approve(userId: string, vendor: string, district: string, month: string, draftHash: string): Promise<ApproveOutcome> {
    if (!this.deps.people.isHead(userId)) {
      this.deps.logger.warn({ userId, vendor, district, month }, 'statement approval refused: not the head of OIT');
      return { kind: 'forbidden' };
    }
    const view = this.view(userId, vendor, district, month);
    if (view.kind === 'approved') return { kind: 'already', statement: view.statement };
    if (view.kind !== 'draft') return view.kind === 'not-over' ? view : { kind: 'no-contract' };
    if (view.hash !== draftHash) return { kind: 'stale', view };
    const now = this.deps.clock.now();
    const { statement, durable } = this.deps.repo.approve(Number(month.slice(0, 4)), (number) => {
      const body = { ...view.content, number, approvedAt: now.toISOString(), approvedBy: userId };
      return { ...body, sha256: contentHash(body) };
    });
    await durable;
    this.deps.logger.info({ statement: statement.number, vendor, district, month, net: statement.totals.net }, 'vendor statement approved');
    return { kind: 'approved', statement };
  }

  /** Whether a stored statement still matches its hash (nobody changed it). */
  verify(statement: ApprovedStatement): boolean {
    const { sha256, ...body } = statement;
    return contentHash(body) === sha256;
  }

  /** The vendor's contract manager disputes one line (a task or a correction) of an approved statement. */
  async dispute(userId: string, number: string, line: string, reason: string): Promise<DisputeOutcome> {
    const statement = this.deps.repo.statement(number);
    if (!statement) return { kind: 'not-found' };
    if (!this.deps.people.contactOf(userId).includes(statement.vendor)) return { kind: 'forbidden' };
    if (!statement.lines.some((l) => l.taskId === line) && !statement.corrections.some((c) => c.id === line)) return { kind: 'invalid', reason: 'line' };
    const text = reason.trim().slice(0, 2000);
    if (!text) return { kind: 'invalid', reason: 'text' };
    if (this.deps.repo.disputesOf(number).some((d) => d.line === line && d.status === 'open')) return { kind: 'invalid', reason: 'open' };
    const { id, op } = this.deps.repo.nextId('vendor-dispute');
    const dispute: Dispute = {
      id: `SP-${id}`, statement: number, vendor: statement.vendor, district: statement.district, line, reason: text, by: userId,
      at: this.deps.clock.now().toISOString(), status: 'open',
    };
    await this.deps.repo.saveDispute(dispute, [op]);
    return { kind: 'done', dispute };
  }

  /** OIT (the head) decides a dispute; upheld, `amount` (haléře, owed to the vendor) lands in the next statement as a correction. */
  async decide(userId: string, disputeId: string, upheld: boolean, amount: number, note: string): Promise<DisputeOutcome> {
    if (!this.deps.people.isHead(userId)) return { kind: 'forbidden' };
    const dispute = this.deps.repo.dispute(disputeId);
    if (!dispute) return { kind: 'not-found' };
    if (dispute.status !== 'open') return { kind: 'invalid', reason: 'decided' };
    if (upheld && (!Number.isInteger(amount) || amount <= 0 || amount > 100_000_000)) return { kind: 'invalid', reason: 'amount' };
    const now = this.deps.clock.now().toISOString();
    const decided: Dispute = {
      ...dispute, status: upheld ? 'upheld' : 'rejected', decidedBy: userId, decidedAt: now, ...(upheld ? { amount } : {}),
      ...(note.trim() ? { decisionNote: note.trim().slice(0, 2000) } : {}),
    };
    const extra = [];
    if (upheld) {
      const { id, op } = this.deps.repo.nextId('vendor-correction');
      const correction: PendingCorrection = {
        id: `OPR-${id}`, kind: 'dispute', ticketId: null, refersTo: dispute.statement, note: `${dispute.id}: ${dispute.reason}`, amount,
        createdAt: now, vendor: dispute.vendor, district: dispute.district,
      };
      extra.push(op, this.deps.repo.correctionOp(correction));
    }
    await this.deps.repo.saveDispute(decided, extra);
    return { kind: 'done', dispute: decided };
  }

  /** The vendor's contact for statements under the contract of the statement's month. */
  contactOf(s: { vendor: string; district: string; month: string }): Contract['contact'] | null {
    return this.contractOf(s.vendor, s.district, s.month)?.contact ?? null;
  }

  /** The statements the user may read: approved ones of their vendors (all for the head of OIT), newest first. */
  approvedFor(userId: string): ApprovedStatement[] {
    return this.deps.repo.statements().filter((s) => this.deps.people.readsStatementsOf(userId, s.vendor))
      .sort((a, b) => b.month.localeCompare(a.month) || a.number.localeCompare(b.number));
  }

  private build(vendor: string, district: string, month: string): StatementContent {
    return buildStatement({
      vendor, district, month, monthEnd: this.deps.calendars.monthEnd(month), tasks: this.deps.repo.unbilled(vendor, district),
      corrections: this.deps.repo.pendingCorrections(vendor, district).map(({ vendor: _v, district: _d, appliedIn: _a, ...c }) => c),
      contracts: this.deps.config.contracts, calendarOf: (c) => this.deps.calendars.of(c),
    });
  }

  /** A contract of the vendor and district in force at some day of the month (its first or last). */
  private contractOf(vendor: string, district: string, month: string): Contract | null {
    const last = this.deps.calendars.dateOf(new Date(this.deps.calendars.monthEnd(month).getTime() - 1));
    return contractOn(this.deps.config.contracts, vendor, district, last) ?? contractOn(this.deps.config.contracts, vendor, district, `${month}-01`)
      ?? this.deps.config.contracts.list.find((c) => c.vendor === vendor && c.district === district && c.validFrom <= last && (!c.validTo || c.validTo >= `${month}-01`)) ?? null;
  }
}
