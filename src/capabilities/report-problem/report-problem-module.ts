import { ReportProblemDialog } from '../../../dialogs/report-problem-dialog.js';
import type { KnowledgePort, TriagePort } from '../../services/ports.js';
import type { RequesterResolver } from '../../services/requester-resolver.js';
import { StatsRepository } from '../../store/stats-repository.js';
import { noCardActions, type CapabilityModule, type Platform } from '../capability-module.js';
import type { TicketsModule } from '../tickets/tickets-module.js';

export interface ReportProblemModuleDeps {
  triage: TriagePort;
  knowledge: KnowledgePort;
  requesters: RequesterResolver;
  tickets: TicketsModule;
}

export interface ReportProblemModule extends CapabilityModule {
  /** The router's fallback: a message no command claims, that triage reads as a request, begins it. */
  readonly dialog: ReportProblemDialog;
}

/**
 * Reporting a problem: the dialog that triages a description, asks what it could not tell, offers
 * self-help and opens the ticket. The message router runs it for free text and for "nahlásit
 * problém" (its commands are the router's own), so it registers no feature, verbs or jobs.
 */
export function reportProblemModule(p: Platform, d: ReportProblemModuleDeps): ReportProblemModule {
  const dialog = new ReportProblemDialog({
    triage: d.triage, knowledge: d.knowledge, tickets: d.tickets.service, requesters: d.requesters, stats: new StatsRepository(p.store),
    deadlines: (ticket) => d.tickets.deadlines(ticket), clock: p.clock, config: p.domain, logger: p.logger,
  });
  return { name: 'report-problem', dialog, feature: null, registerCardActions: noCardActions, jobs: [] };
}
