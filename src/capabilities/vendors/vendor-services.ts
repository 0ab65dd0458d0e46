import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { Clock } from '../../services/ports.js';
import type { TicketWorkflowService } from '../../services/ticket-workflow-service.js';
import type { JsonStore } from '../../store/json-store.js';
import { StatementService } from './statement-service.js';
import { VendorCalendars } from './vendor-month.js';
import { VendorPeople } from './vendor-people.js';
import { VendorRepository } from './vendor-repository.js';
import { VendorTaskService } from './vendor-task-service.js';
import { VendorTicketListener } from './vendor-ticket-listener.js';

export interface VendorServices {
  repo: VendorRepository;
  people: VendorPeople;
  calendars: VendorCalendars;
  tasks: VendorTaskService;
  statements: StatementService;
}

/** The capability's use cases over the store, following the ticket workflow (no Teams parts: tests use this alone). */
export function createVendorServices(d: { store: JsonStore; workflow: TicketWorkflowService; config: DomainConfig; clock: Clock; logger: Logger }): VendorServices {
  const repo = new VendorRepository(d.store);
  const people = new VendorPeople(d.config);
  const calendars = new VendorCalendars(d.config.timezone);
  const tasks = new VendorTaskService({
    repo, people, calendars, config: d.config, clock: d.clock, logger: d.logger,
    tickets: {
      get: (id) => d.workflow.get(id),
      resolve: async (id, actor, note) => (await d.workflow.act(id, actor, { kind: 'resolve', note, minutes: 0 })).kind === 'done',
      setVendor: async (id, actor, vendor, note) => (await d.workflow.act(id, actor, { kind: 'vendor', vendor, comment: note })).kind === 'done',
    },
  });
  d.workflow.subscribe(new VendorTicketListener(tasks, d.config));
  const statements = new StatementService({ repo, people, calendars, config: d.config, clock: d.clock, logger: d.logger });
  return { repo, people, calendars, tasks, statements };
}
