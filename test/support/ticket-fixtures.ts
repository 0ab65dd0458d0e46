import path from 'node:path';
import { loadDomainConfig } from '../../src/config/load-config.js';
import type { DomainConfig, CategoryId, Priority } from '../../src/config/domain-schema.js';
import { JsonStore } from '../../src/store/json-store.js';
import { TicketRepository } from '../../src/store/ticket-repository.js';
import { SlaEventRepository } from '../../src/store/sla-event-repository.js';
import { SlaCalendars } from '../../src/services/sla-calendars.js';
import { SlaScheduleService } from '../../src/services/sla-schedule-service.js';
import { TicketService } from '../../src/services/ticket-service.js';
import { TicketWorkflowService, type TicketChange, type TicketChangeListener } from '../../src/services/ticket-workflow-service.js';
import type { RequesterProfile } from '../../src/services/requester-resolver.js';
import { memoryLogger } from './silent-logger.js';
import { tempDir } from './temp-dir.js';

export const REQUESTER = '00000000-0000-0000-0000-0000000000020';
export const OTHER_REQUESTER = '00000000-0000-0000-0000-0000000000023';
export const TECHNICIAN = '00000000-0000-0000-0000-0000000000021';
export const SECOND_TECHNICIAN = '00000000-0000-0000-0000-0000000000025';
export const HEAD = '00000000-0000-0000-0000-0000000000022';
export const VENDOR_TECHNICIAN = '00000000-0000-0000-0000-0000000000024';

export function demoConfig(): DomainConfig {
  return loadDomainConfig(path.resolve('config/demo.yaml'));
}

/** A settable clock: tests move time by hand. */
export class ManualClock {
  constructor(public at: Date) {}
  now(): Date {
    return new Date(this.at);
  }
  set(iso: string): void {
    this.at = new Date(iso);
  }
}

export class RecordingListener implements TicketChangeListener {
  readonly changes: TicketChange[] = [];
  async changed(change: TicketChange): Promise<void> {
    this.changes.push(change);
  }
}

export function requester(id = REQUESTER, organisation = 'KU', site: string | null = 'ku-skroupova'): RequesterProfile {
  return { id, name: 'Requester', upn: null, organisation, site, district: null, jobTitle: null, directoryAvailable: true, known: true };
}

/** The ticket parts over a real store in a temp dir (reopen it with `reopen()` to test restarts). */
export class TicketWorld {
  readonly log = memoryLogger();
  readonly listener = new RecordingListener();
  readonly config: DomainConfig;
  store!: JsonStore;
  repo!: TicketRepository;
  events!: SlaEventRepository;
  sla!: SlaScheduleService;
  workflow!: TicketWorkflowService;
  tickets!: TicketService;
  /** The store's data directory. */
  readonly temp = tempDir('helpdesk-tickets-');

  constructor(readonly clock: ManualClock, config?: DomainConfig) {
    this.config = config ?? demoConfig();
  }

  async open(): Promise<this> {
    this.store = await JsonStore.open({ dataDir: this.temp.dir, logger: this.log.logger });
    this.repo = new TicketRepository(this.store);
    this.events = new SlaEventRepository(this.store);
    const calendars = new SlaCalendars(this.config);
    this.sla = new SlaScheduleService(this.config, calendars, this.events);
    this.workflow = new TicketWorkflowService({
      tickets: this.repo, sla: this.sla, calendars, config: this.config, clock: this.clock, logger: this.log.logger, listeners: [this.listener],
    });
    this.tickets = new TicketService(this.repo, this.config, this.clock, this.log.logger, {
      opsFor: (t) => this.workflow.opsForNew(t), created: (t) => this.workflow.created(t),
    });
    return this;
  }

  async reopen(): Promise<void> {
    await this.store.close();
    await this.open();
  }

  create(category: CategoryId = 'printer', priority: Priority = 'P3', who = requester()) {
    return this.tickets.create({ requester: who, description: 'Nefunguje tiskárna v kanceláři 312', language: 'cs', category, priority });
  }

  async close(): Promise<void> {
    await this.store.close();
    this.temp.cleanup();
  }
}
