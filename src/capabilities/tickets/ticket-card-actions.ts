import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import { TICKET_STATUSES } from '../../domain/tickets/ticket-lifecycle.js';
import type { TicketCommand } from '../../domain/tickets/ticket-command.js';
import type { Ticket } from '../../domain/tickets/ticket.js';
import { STATUS_LABELS } from '../../i18n/catalogue.js';
import { tt } from '../../i18n/ticket-messages.js';
import type { TicketWorkflowService, WorkflowOutcome } from '../../services/ticket-workflow-service.js';
import { TICKET_VERBS, type TicketVerb } from '../../../cards/ticket-card-parts.js';
import { cardResponse, messageResponse, withNotice, type CardActionRouter, type CardActor } from '../../bot/card-action-router.js';
import type { TicketCardRenderer } from './ticket-card-renderer.js';

const base = z.object({ ticketId: z.string().regex(/^HD-\d{4}-\d{5,}$/u), version: z.coerce.number().int().min(1), view: z.enum(['technician', 'requester']) });
const text = z.string().max(2000);

/** Each verb: the extra payload fields it needs and the command they make. Null = refresh only. */
const COMMANDS: Record<Exclude<TicketVerb, 'ticket.refresh'>, (d: Record<string, unknown>) => TicketCommand | null> = {
  [TICKET_VERBS.take]: () => ({ kind: 'take' }),
  [TICKET_VERBS.status]: (d) => parse(z.object({ status: z.enum(TICKET_STATUSES), text: text.optional() }), d, (p) => ({ kind: 'status', to: p.status, ...(p.text ? { comment: p.text } : {}) })),
  [TICKET_VERBS.comment]: (d) => parse(z.object({ text: text.min(1) }), d, (p) => ({ kind: 'comment', text: p.text })),
  [TICKET_VERBS.resolve]: (d) => parse(z.object({ note: text.min(1), minutes: z.coerce.number().int().min(0).max(100_000) }), d, (p) => ({ kind: 'resolve', note: p.note, minutes: p.minutes })),
  [TICKET_VERBS.escalate]: () => ({ kind: 'escalate' }),
  [TICKET_VERBS.reassign]: (d) => parse(z.object({ team: z.string().min(1).max(100) }), d, (p) => ({ kind: 'reassign', team: p.team })),
  [TICKET_VERBS.cancel]: () => ({ kind: 'cancel' }),
  [TICKET_VERBS.reopen]: () => ({ kind: 'reopen' }),
  [TICKET_VERBS.rate]: (d) => parse(z.object({ rating: z.coerce.number().int().min(1).max(5) }), d, (p) => ({ kind: 'rate', rating: p.rating })),
  [TICKET_VERBS.expedite]: () => ({ kind: 'expedite' }),
};

function parse<S extends z.ZodTypeAny>(schema: S, data: Record<string, unknown>, make: (p: z.infer<S>) => TicketCommand): TicketCommand | null {
  const parsed = schema.safeParse(data);
  return parsed.success ? make(parsed.data) : null;
}

/**
 * The ticket cards' Action.Execute verbs. The actor is the one from the activity; the payload only
 * names the ticket, the version the card showed and the view. The service decides what the actor
 * may do; a stale version or a forbidden action changes nothing and says so.
 */
export class TicketCardActions {
  constructor(private readonly workflow: TicketWorkflowService, private readonly cards: TicketCardRenderer, private readonly logger: Logger) {}

  register(router: CardActionRouter): void {
    router.register(TICKET_VERBS.refresh, (c, d, a) => this.refresh(d, a));
    for (const [verb, make] of Object.entries(COMMANDS)) router.register(verb, (c, d, a) => this.run(c, verb, d, a, make));
  }

  private async refresh(data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const payload = base.safeParse(data);
    // only for someone who may see the ticket: a forged refresh of any ticket id must not show it
    const ticket = payload.success ? this.workflow.visibleTo(payload.data.ticketId, actor.id) : undefined;
    if (!ticket) return messageResponse(tt(actor.lang, 'staleCard'));
    const technician = this.workflow.people.isTechnician(actor.id, ticket);
    return cardResponse(await this.cards.technician(ticket, actor.lang, technician ? actor.id : null));
  }

  private async run(_c: TurnContext, verb: string, data: Record<string, unknown>, actor: CardActor, make: (d: Record<string, unknown>) => TicketCommand | null): Promise<AdaptiveCardInvokeResponse> {
    const payload = base.safeParse(data);
    if (!payload.success) return messageResponse(tt(actor.lang, 'staleCard'));
    const command = make(data);
    if (!command) return messageResponse(tt(actor.lang, 'badInput'));
    const outcome = await this.workflow.act(payload.data.ticketId, actor.id, command, payload.data.version);
    if (outcome.kind !== 'done') this.logger.info({ userId: actor.id, verb, ticket: payload.data.ticketId, outcome: outcome.kind }, 'ticket card action not done');
    return this.answer(outcome, payload.data.view, payload.data.ticketId, actor);
  }

  private async answer(outcome: WorkflowOutcome, view: 'technician' | 'requester', id: string, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    switch (outcome.kind) {
      case 'done': return cardResponse(await this.cardFor(outcome.ticket, view, actor));
      case 'not-found': return messageResponse(tt(actor.lang, 'notFound', { id }));
      case 'forbidden': return messageResponse(tt(actor.lang, 'notAllowed'));
      case 'stale': return cardResponse(withNotice(await this.cardFor(outcome.ticket, view, actor), tt(actor.lang, 'cardRefreshed')));
      case 'invalid': return messageResponse(tt(actor.lang, 'invalidAction', { reason: outcome.reason }));
      case 'too-soon': return messageResponse(tt(actor.lang, 'tooSoon', { time: this.cards.time(outcome.nextAt, actor.lang) }));
    }
  }

  private async cardFor(ticket: Ticket, view: 'technician' | 'requester', actor: CardActor): Promise<object> {
    if (view === 'requester' && ticket.requester.id === actor.id) return this.cards.requester(ticket, actor.lang);
    const technician = this.workflow.people.isTechnician(actor.id, ticket);
    return this.cards.technician(ticket, actor.lang, technician ? actor.id : null);
  }
}

export function statusText(ticket: Ticket, lang: 'cs' | 'en'): string {
  return STATUS_LABELS[ticket.status]?.[lang] ?? ticket.status;
}
