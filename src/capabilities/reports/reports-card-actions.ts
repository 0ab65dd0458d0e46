import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { cardResponse, messageResponse, type CardActionRouter, type CardActor } from '../../bot/card-action-router.js';
import { REPORT_VERBS } from './cards/report-card-parts.js';
import { reportTicketCard } from './cards/report-ticket-card.js';
import type { ReportContextRepository } from './report-context-repository.js';
import { parseReportQuery } from './report-query.js';
import type { ReportView } from './report-view.js';
import type { ReportsService } from './reports-service.js';
import { offerExport, refusal } from './reports-bot-feature.js';
import type { FileDeliveryPort } from '../../services/file-delivery-port.js';
import type { TicketFact } from './figures/ticket-fact.js';
import type { Ticket } from '../../domain/tickets/ticket.js';
import { tr } from './reports-messages.js';

export interface ReportsCardActionsDeps {
  service: ReportsService;
  view: ReportView;
  contexts: ReportContextRepository;
  files: FileDeliveryPort;
  factOf(ticket: Ticket): TicketFact;
  logger: Logger;
}

/**
 * The reports' buttons: a drill-down (the same report with part of the question changed), a
 * ticket's detail, an export. Whatever the card's data says, who may see what is decided again from
 * the clicking user's Entra object id: a forged drill-down to another organisation is refused.
 */
export class ReportsCardActions {
  constructor(private readonly deps: ReportsCardActionsDeps) {}

  register(router: CardActionRouter): void {
    router.register(REPORT_VERBS.show, (ctx, data, actor) => this.show(ctx, data, actor));
    router.register(REPORT_VERBS.ticket, (ctx, data, actor) => this.ticket(data, actor));
    router.register(REPORT_VERBS.export, (ctx, data, actor) => this.export(data, actor));
  }

  private async show(_context: TurnContext, data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const query = parseReportQuery(data.q);
    if (!query) return messageResponse(tr(actor.lang, 'staleReport'));
    const outcome = await this.deps.service.answer(actor.id, query);
    if (outcome.kind === 'refused') {
      this.deps.logger.warn({ userId: actor.id, reason: outcome.reason, verb: REPORT_VERBS.show }, 'report drill-down refused');
      return messageResponse(refusal(outcome, actor.lang, this.deps.view));
    }
    this.deps.contexts.remember(actor.id, outcome.report.query);
    return cardResponse(await this.deps.view.card(outcome.report, actor.lang));
  }

  private async ticket(data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const id = typeof data.id === 'string' ? data.id : '';
    const ticket = id ? await this.deps.service.ticketFor(actor.id, id) : undefined;
    if (!ticket) {
      this.deps.logger.warn({ userId: actor.id, ticket: id, verb: REPORT_VERBS.ticket }, 'report ticket detail refused');
      return messageResponse(this.deps.service.audience(actor.id) ? tr(actor.lang, 'notInReport') : tr(actor.lang, 'notForYou'));
    }
    const f = this.deps.view.format(actor.lang);
    return cardResponse(reportTicketCard(ticket, this.deps.factOf(ticket), f, (ms) => this.deps.view.when(ms, actor.lang)));
  }

  private async export(data: Record<string, unknown>, actor: CardActor): Promise<AdaptiveCardInvokeResponse> {
    const query = parseReportQuery(data.q);
    const format = data.format === 'csv' ? 'csv' : data.format === 'xlsx' ? 'xlsx' : null;
    if (!query || !format) return messageResponse(tr(actor.lang, 'staleReport'));
    return messageResponse(await offerExport(this.deps, actor.id, actor.lang, query, format));
  }
}
