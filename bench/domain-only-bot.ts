import { ActivityHandler, CardFactory, MessageFactory } from 'botbuilder';
import type { Logger } from 'pino';
import { HttpServer } from '../src/server.js';
import { loadConfig } from '../src/config/load-config.js';
import { createAdapter } from '../src/bot/create-adapter.js';
import { JsonStore } from '../src/store/json-store.js';
import { TicketRepository } from '../src/store/ticket-repository.js';
import { TicketService } from '../src/services/ticket-service.js';
import { SlaCalendars } from '../src/services/sla-calendars.js';
import { SlaScheduleService } from '../src/services/sla-schedule-service.js';
import { SlaEventRepository } from '../src/store/sla-event-repository.js';
import type { TriageAssessment } from '../src/services/ports.js';
import { TriageEngine } from '../src/triage/triage-engine.js';
import { KnowledgeBase } from '../src/triage/knowledge-base.js';
import { triageDataPath } from '../src/triage/project-paths.js';
import { knowledgePort, triagePort } from '../src/triage/triage-ports.js';
import { renderConfirmTicketCard } from '../cards/confirm-ticket-card.js';
import { renderTicketCard } from '../cards/ticket-card.js';

/**
 * A lower bound for the benchmark, not a bot: the domain work of the create-ticket pair and
 * nothing else, on the same adapter and server as the bot and the echo. A description is triaged,
 * the self-help articles searched, the confirmation card sent; "ano" writes the ticket through the
 * store (durably: its card is sent once it is on disk) and sends its card with
 * its SLA deadlines. No dialogs, no conversation state in the store, no router, no directory, no
 * SLA events: the draft waits in a Map. What it costs over the echo is what the work itself
 * costs, whatever the bot's framework layer (dialogs, state, routing) would be.
 */
export async function createDomainOnlyServer(dataDir: string, logger: Logger): Promise<{ server: HttpServer; close(): Promise<void> }> {
  const config = loadConfig({}).domain;
  const store = await JsonStore.open({ dataDir, logger });
  const tickets = new TicketService(new TicketRepository(store), config, { now: () => new Date() }, logger);
  const sla = new SlaScheduleService(config, new SlaCalendars(config), new SlaEventRepository(store));
  const triage = triagePort(TriageEngine.create(config));
  const knowledge = knowledgePort(KnowledgeBase.load(triageDataPath('knowledge-base')));
  const drafts = new Map<string, { text: string; assessment: TriageAssessment }>();
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    const { conversation, from } = context.activity;
    const text = context.activity.text ?? '';
    const draft = drafts.get(conversation.id);
    if (draft && text === 'ano') {
      drafts.delete(conversation.id);
      const { assessment } = draft;
      const { ticket, saved } = tickets.begin({
        requester: { id: from.aadObjectId ?? from.id, name: from.name ?? '', upn: null, organisation: 'KU', site: null, district: null, jobTitle: null, directoryAvailable: true, known: true },
        description: draft.text, language: 'cs', category: assessment.category, priority: assessment.priority, entities: assessment.entities,
      });
      const card = renderTicketCard(ticket, { lang: 'cs', config }, sla.deadlines(ticket));
      await saved;
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), `Požadavek ${ticket.id} je založen.`));
    } else {
      const assessment = triage.analyze(text);
      knowledge.bestMatch(text, 'cs', assessment.category);
      drafts.set(conversation.id, { text, assessment });
      const card = renderConfirmTicketCard({
        description: text, category: assessment.category, priority: assessment.priority, place: null,
        office: assessment.entities.rooms[0] ?? null, applications: assessment.entities.applications.map((a) => a.id),
      }, { lang: 'cs', config });
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    }
    await next();
  });
  const server = new HttpServer({ adapter: createAdapter({}), bot, logger, maxBodyBytes: 512 * 1024, isReady: () => true });
  return { server, close: async () => { await server.close(); await store.close(); } };
}
