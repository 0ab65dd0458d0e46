import { createVendorServices, type VendorServices } from '../../src/capabilities/vendors/vendor-services.js';
import type { DomainConfig } from '../../src/config/domain-schema.js';
import { ManualClock, OTHER_REQUESTER, TicketWorld, requester } from './ticket-fixtures.js';

export const PATTI = '00000000-0000-0000-0000-0000000000024';
export const JOHANNA = '00000000-0000-0000-0000-0000000000027';
export const TACHOV_CONTACT = '00000000-0000-0000-0000-0000000000f4';
/** A technician of the Tachov vendor (tests that need one add it to the config). */
export const TACHOV_TECH = '00000000-0000-0000-0000-0000000000f5';

/** The ticket parts over a real store plus the vendor capability's services (reopen() rebuilds both, as a restart). */
export class VendorWorld extends TicketWorld {
  vendors!: VendorServices;

  constructor(clock: ManualClock, config?: DomainConfig) {
    super(clock, config);
  }

  override async open(): Promise<this> {
    await super.open();
    this.vendors = createVendorServices({ store: this.store, workflow: this.workflow, config: this.config, clock: this.clock, logger: this.log.logger });
    return this;
  }

  /** A printer ticket at SÚS Klatovy (a remote site: the district vendor's task). */
  klatovyTicket(priority: 'P2' | 'P3' = 'P2') {
    return this.create('printer', priority, requester(OTHER_REQUESTER, 'SUS', 'sus-klatovy'));
  }

  /** The vendor works the task and OIT accepts it, each step `minutes` later. */
  async workAndApprove(taskId: string, by: string, approver: string, minutes = 10, taskType = 'printer-service'): Promise<void> {
    const t = this.vendors.tasks;
    const step = async (run: () => Promise<{ kind: string }>) => {
      this.clock.at = new Date(this.clock.at.getTime() + minutes * 60_000);
      const out = await run();
      if (out.kind !== 'done') throw new Error(`step not done: ${out.kind}`);
    };
    await step(() => t.act(taskId, by, { kind: 'accept' }));
    await step(() => t.act(taskId, by, { kind: 'arrive' }));
    await step(() => t.act(taskId, by, { kind: 'done', note: 'Vyčištěna tiskárna', taskType, parts: '', minutes: 20, signedOff: true }));
    await step(() => t.act(taskId, approver, { kind: 'approve' }));
  }
}
