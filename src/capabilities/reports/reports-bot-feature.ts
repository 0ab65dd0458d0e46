import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import type { Logger } from 'pino';
import type { BotFeature, FeatureCommand, IntentTurn } from '../../bot/bot-feature.js';
import { isPersonal } from '../../bot/conversation-scope.js';
import type { Language } from '../../domain/tickets/ticket.js';
import type { FileDeliveryPort } from '../../services/file-delivery-port.js';
import { turnUser } from '../../../dialogs/turn-user.js';
import type { ReportContextRepository } from './report-context-repository.js';
import { exportFile } from './report-export.js';
import { REPORT_INTENTS, queryForIntent } from './report-intents.js';
import { mergeQuestion } from './report-query.js';
import type { ReportQuestionRecognizer } from './report-question-recognizer.js';
import type { ReportView } from './report-view.js';
import type { ReportOutcome, ReportQuery, ReportsService } from './reports-service.js';
import { tr } from './reports-messages.js';

export interface ReportsFeatureDeps {
  service: ReportsService;
  recognizer: ReportQuestionRecognizer;
  view: ReportView;
  contexts: ReportContextRepository;
  files: FileDeliveryPort;
  /** Whether answering this query takes a moment (facts not loaded yet, charts to draw): the typing indicator goes first. */
  slow(query: ReportQuery): boolean;
  logger: Logger;
}

/** Managers' questions in chat: recognised here, answered with a report card (and a file when they ask for an export). */
export class ReportsBotFeature implements BotFeature {
  readonly dialogs: Dialog[] = [];
  readonly intents = REPORT_INTENTS;

  constructor(private readonly deps: ReportsFeatureDeps) {}

  recognise(text: string, _folded: string, context: TurnContext): FeatureCommand | null {
    const userId = context.activity.from?.aadObjectId ?? '';
    const audience = this.deps.service.audience(userId);
    const last = audience ? this.deps.contexts.last(userId) : null;
    const question = this.deps.recognizer.recognise(text, this.deps.service.today(), last !== null);
    if (!question) return null;
    if (!audience) return question.kind && question.strong ? async (dc) => void (await dc.context.sendActivity(tr(turnUser(dc.context).lang, 'notForYou'))) : null;
    const query = mergeQuestion(question, last);
    if (!query) return null;
    return async (dc) => {
      const { lang } = turnUser(dc.context);
      if (!isPersonal(dc.context)) {
        await dc.context.sendActivity(tr(lang, 'personalOnly'));
        return;
      }
      await this.answer(dc.context, userId, lang, query, question.format);
    };
  }

  /**
   * A report question in words the recogniser missed ("Mohl byste mi dát přehled za listopad?"),
   * read by the intent layer: answered like a recognised one (same audience check and refusals),
   * narrowed by the intent's slots (period, organisation, team, district, vendor).
   */
  async onIntent({ context, text, reading }: IntentTurn): Promise<boolean> {
    const userId = context.activity.from?.aadObjectId ?? '';
    const { lang } = turnUser(context);
    if (!this.deps.service.audience(userId)) {
      await context.sendActivity(tr(lang, 'notForYou'));
      return true;
    }
    if (!isPersonal(context)) {
      await context.sendActivity(tr(lang, 'personalOnly'));
      return true;
    }
    const question = this.deps.recognizer.recognise(text, this.deps.service.today(), false);
    await this.answer(context, userId, lang, queryForIntent(reading.intent, reading.slots, question), question?.format ?? null);
    return true;
  }

  private async answer(context: TurnContext, userId: string, lang: Language, query: ReportQuery, format: 'xlsx' | 'csv' | null): Promise<void> {
    // a report with charts, or the first one after a start (facts being loaded), takes a moment: say so at once
    if (this.deps.slow(query)) await context.sendActivity({ type: 'typing' });
    const outcome = await this.deps.service.answer(userId, query);
    if (outcome.kind === 'refused') {
      await context.sendActivity(refusal(outcome, lang, this.deps.view));
      return;
    }
    this.deps.contexts.remember(userId, outcome.report.query);
    const send = async (charts: boolean) => context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(await this.deps.view.card(outcome.report, lang, charts))));
    try {
      await send(true);
    } catch (err) {
      // Teams does not count the charts (base64 images) in its message size limit; a client that does
      // (the Agents Playground refuses bodies over 100 kB) gets the card with its tables alone
      if ((err as { statusCode?: number }).statusCode !== 413) throw err;
      this.deps.logger.warn({ userId, kind: outcome.report.kind }, 'report card too large for the client: sent without its charts');
      await send(false);
    }
    if (format) await context.sendActivity(await offerExport(this.deps, userId, lang, outcome.report.query, format));
  }
}

/** The polite sentence for a refused report. */
export function refusal(outcome: Extract<ReportOutcome, { kind: 'refused' }>, lang: Language, view: ReportView): string {
  const f = view.format(lang);
  const a = outcome.audience;
  if (outcome.reason === 'other-organisation' && a?.role === 'organisation') return tr(lang, 'otherOrganisation', { org: f.name('organisation', a.organisation) });
  if (outcome.reason === 'other-team' && a?.role === 'lead') return tr(lang, 'otherTeam', { teams: a.teams.map((t) => f.name('team', t)).join(', ') });
  return tr(lang, 'notForYou');
}

/** Builds the export (authorization re-checked by the service) and offers it through the file delivery; returns what to say. */
export async function offerExport(
  deps: Pick<ReportsFeatureDeps, 'service' | 'view' | 'files' | 'logger'>, userId: string, lang: Language, query: ReportQuery, format: 'xlsx' | 'csv',
): Promise<string> {
  const outcome = await deps.service.answer(userId, query);
  if (outcome.kind === 'refused') return refusal(outcome, lang, deps.view);
  const rows = await deps.service.exportRows(userId, outcome.report.query);
  try {
    const file = await exportFile(outcome.report, rows ?? [], deps.view.format(lang), format, (ms) => deps.view.when(ms, lang));
    await deps.files.offer(userId, file);
    deps.logger.info({ userId, kind: query.kind, format, bytes: file.bytes.length }, 'report export offered');
    return tr(lang, 'exportSent', { name: file.name });
  } catch (err) {
    deps.logger.error({ userId, err: (err as Error).message }, 'report export failed');
    return tr(lang, 'exportFailed');
  }
}
