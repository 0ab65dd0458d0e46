import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { cardResponse, messageResponse, withNotice, type CardActionRouter, type CardActor } from '../../bot/card-action-router.js';
import { VENDOR_TASK_VERBS, type VendorTaskView } from '../../../cards/vendor-task-card.js';
import { STATEMENT_VERBS } from '../../../cards/vendor-statement-card.js';
import type { StatementPresenter } from './statement-presenter.js';
import type { StatementService } from './statement-service.js';
import type { VendorCardRenderer } from './vendor-card-renderer.js';
import { vt, type VendorMessageKey } from './vendor-messages.js';
import { MONTH_PATTERN } from './vendor-month.js';
import type { VendorPeople } from './vendor-people.js';
import type { TaskOutcome, VendorTaskService } from './vendor-task-service.js';
import type { VendorTaskCommand } from './vendor-task.js';

const taskBase = z.object({ taskId: z.string().regex(/^HD-\d{4}-\d{5,}\/\d+$/u), version: z.coerce.number().int().min(1), view: z.enum(['vendor', 'oit']) });
const text = z.string().max(2000);
const statementKey = z.object({ vendor: z.string().min(1).max(100), district: z.string().min(1).max(100), month: z.string().regex(MONTH_PATTERN) });

type Make = (d: Record<string, unknown>) => VendorTaskCommand | null;
const parse = <S extends z.ZodTypeAny>(schema: S, d: Record<string, unknown>, make: (p: z.infer<S>) => VendorTaskCommand): VendorTaskCommand | null => {
  const p = schema.safeParse(d);
  return p.success ? make(p.data) : null;
};

const COMMANDS: Record<string, Make> = {
  [VENDOR_TASK_VERBS.accept]: () => ({ kind: 'accept' }),
  [VENDOR_TASK_VERBS.arrive]: () => ({ kind: 'arrive' }),
  [VENDOR_TASK_VERBS.done]: (d) => parse(z.object({
    note: text, taskType: z.string().max(100), parts: text.optional(), minutes: z.coerce.number().int().min(-100_000).max(100_000), signedOff: z.enum(['true', 'false']).optional(),
  }), d, (p) => ({ kind: 'done', note: p.note, taskType: p.taskType, parts: p.parts ?? '', minutes: p.minutes, signedOff: p.signedOff === 'true' })),
  [VENDOR_TASK_VERBS.return]: (d) => parse(z.object({ reason: text }), d, (p) => ({ kind: 'return', reason: p.reason })),
  [VENDOR_TASK_VERBS.approve]: () => ({ kind: 'approve' }),
  [VENDOR_TASK_VERBS.reject]: (d) => parse(z.object({ reason: text }), d, (p) => ({ kind: 'reject', reason: p.reason })),
};

const INVALID: Record<string, VendorMessageKey> = { status: 'invalidStatus', 'task-type': 'invalidTaskType', minutes: 'invalidMinutes', text: 'invalidText' };

/**
 * The vendor cards' Action.Execute verbs. The actor comes from the activity; the payload names only
 * the task (or statement) and the version seen. The services decide what the actor may do.
 */
export class VendorCardActions {
  constructor(private readonly d: {
    tasks: VendorTaskService; statements: StatementService; presenter: StatementPresenter; cards: VendorCardRenderer; people: VendorPeople; logger: Logger;
  }) {}

  register(router: CardActionRouter): void {
    router.register(VENDOR_TASK_VERBS.refresh, (_c, d, a) => this.refresh(d, a));
    for (const [verb, make] of Object.entries(COMMANDS)) router.register(verb, (_c, d, a) => this.run(verb, d, a, make));
    router.register(STATEMENT_VERBS.approve, (_c, d, a) => this.approve(d, a));
    router.register(STATEMENT_VERBS.export, (_c, d, a) => this.export(d, a));
    router.register(STATEMENT_VERBS.dispute, (_c, d, a) => this.dispute(d, a));
    router.register(STATEMENT_VERBS.decide, (_c, d, a) => this.decide(d, a));
  }

  private async refresh(data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const p = taskBase.safeParse(data);
    const task = p.success ? this.d.tasks.visibleTo(p.data.taskId, actor.id) : undefined;
    if (!p.success || !task) return messageResponse(vt(actor.lang, 'notFound'));
    return cardResponse(await this.d.cards.card(task, p.data.view, actor.lang, actor.id));
  }

  private async run(verb: string, data: Record<string, unknown>, actor: CardActor, make: Make): Promise<AdaptiveCardInvokeResponse> {
    const p = taskBase.safeParse(data);
    if (!p.success) return messageResponse(vt(actor.lang, 'notFound'));
    const command = make(data);
    if (!command) return messageResponse(vt(actor.lang, 'badInput'));
    const outcome = await this.d.tasks.act(p.data.taskId, actor.id, command, p.data.version);
    if (outcome.kind !== 'done') this.d.logger.info({ userId: actor.id, verb, task: p.data.taskId, outcome: outcome.kind }, 'vendor card action not done');
    return this.answer(outcome, p.data.view, actor);
  }

  private async answer(outcome: TaskOutcome, view: VendorTaskView, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    switch (outcome.kind) {
      case 'done': return cardResponse(await this.d.cards.card(outcome.task, view, actor.lang, actor.id));
      case 'not-found': return messageResponse(vt(actor.lang, 'notFound'));
      case 'forbidden': return messageResponse(vt(actor.lang, 'notAllowed'));
      case 'stale': return cardResponse(withNotice(await this.d.cards.card(outcome.task, view, actor.lang, actor.id), vt(actor.lang, 'stale')));
      case 'invalid': return messageResponse(vt(actor.lang, INVALID[outcome.code] ?? 'invalidStatus'));
      case 'no-contract': return messageResponse(vt(actor.lang, 'moveNoContract'));
    }
  }

  private async approve(data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const p = statementKey.extend({ hash: z.string().regex(/^[0-9a-f]{64}$/u) }).safeParse(data);
    if (!p.success) return messageResponse(vt(actor.lang, 'badInput'));
    const { vendor, district, month, hash } = p.data;
    const out = await this.d.statements.approve(actor.id, vendor, district, month, hash);
    const show = (notice: string) => {
      const rendered = this.d.presenter.render(this.d.statements.view(actor.id, vendor, district, month), actor.id, actor.lang, p.data);
      return 'card' in rendered ? cardResponse(withNotice(rendered.card, notice)) : messageResponse(rendered.text);
    };
    switch (out.kind) {
      case 'forbidden': return messageResponse(vt(actor.lang, 'notAllowed'));
      case 'approved': {
        const contact = this.d.statements.contactOf(out.statement);
        if (contact) await this.sendToContact(out.statement, contact.aadObjectId);
        return show(vt(actor.lang, 'approvedNow', { number: out.statement.number, contact: contact?.name ?? '–' }));
      }
      case 'already': return show(vt(actor.lang, 'alreadyApproved', { number: out.statement.number }));
      case 'stale': return show(vt(actor.lang, 'staleDraft'));
      default: {
        const rendered = this.d.presenter.render(out.kind === 'not-over' ? out : { kind: 'no-contract' }, actor.id, actor.lang, p.data);
        return 'card' in rendered ? cardResponse(rendered.card) : messageResponse(rendered.text);
      }
    }
  }

  /** The approved statement goes to the vendor's contract manager as a PDF (their language is not known here: Czech, the contract's). */
  private async sendToContact(statement: Parameters<StatementPresenter['deliver']>[0], contactId: string): Promise<void> {
    try {
      await this.d.presenter.deliver(statement, 'pdf', contactId, 'cs');
    } catch (err) {
      this.d.logger.warn({ statement: statement.number, userId: contactId, err: (err as Error).message }, 'statement not delivered to the vendor contact');
    }
  }

  private async export(data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const p = z.object({ number: z.string().regex(/^VS-\d{4}-\d{4,}$/u), format: z.enum(['xlsx', 'pdf']) }).safeParse(data);
    if (!p.success) return messageResponse(vt(actor.lang, 'badInput'));
    const statement = this.d.statements.approvedFor(actor.id).find((s) => s.number === p.data.number);
    if (!statement) return messageResponse(vt(actor.lang, 'statementForbidden'));
    try {
      const name = await this.d.presenter.deliver(statement, p.data.format, actor.id, actor.lang);
      return messageResponse(vt(actor.lang, 'fileOffered', { name }));
    } catch (err) {
      this.d.logger.warn({ statement: statement.number, userId: actor.id, err: (err as Error).message }, 'statement export not delivered');
      return messageResponse(vt(actor.lang, 'fileFailed'));
    }
  }

  private async dispute(data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const p = z.object({ number: z.string().max(40), line: z.string().max(100), reason: text }).safeParse(data);
    if (!p.success) return messageResponse(vt(actor.lang, 'disputeInvalid'));
    const out = await this.d.statements.dispute(actor.id, p.data.number, p.data.line, p.data.reason);
    if (out.kind === 'done') return messageResponse(vt(actor.lang, 'disputeSent', { id: out.dispute.id, line: out.dispute.line }));
    if (out.kind === 'forbidden' || out.kind === 'not-found') return messageResponse(vt(actor.lang, 'notAllowed'));
    return messageResponse(vt(actor.lang, 'disputeInvalid'));
  }

  private async decide(data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const p = z.object({
      disputeId: z.string().max(40), upheld: z.union([z.boolean(), z.enum(['true', 'false'])]), amount: z.coerce.number().min(0).max(1_000_000).optional(), note: text.optional(),
    }).safeParse(data);
    if (!p.success) return messageResponse(vt(actor.lang, 'decideInvalid'));
    const upheld = p.data.upheld === true || p.data.upheld === 'true';
    const haler = Math.round((p.data.amount ?? 0) * 100);
    const out = await this.d.statements.decide(actor.id, p.data.disputeId, upheld, haler, p.data.note ?? '');
    if (out.kind === 'done') return messageResponse(vt(actor.lang, 'disputeDecided', { id: out.dispute.id, status: vt(actor.lang, upheld ? 'uphold' : 'rejectDispute') }));
    if (out.kind === 'forbidden' || out.kind === 'not-found') return messageResponse(vt(actor.lang, 'notAllowed'));
    return messageResponse(vt(actor.lang, 'decideInvalid'));
  }
}
