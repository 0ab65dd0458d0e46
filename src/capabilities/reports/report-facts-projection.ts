import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { SlaClock } from '../../domain/sla/sla-clock.js';
import type { Ticket } from '../../domain/tickets/ticket.js';
import type { JsonStore, Op } from '../../store/json-store.js';
import type { TicketRepository } from '../../store/ticket-repository.js';
import { FactTable } from './figures/fact-table.js';
import { FACT_VERSION, ticketFact, type TicketFact } from './figures/ticket-fact.js';

/** The months that have facts (hot, tiny) and the fact version they were derived with. */
const META = 'reportFactsMeta';
const VERSION_KEY = 'version';

/** Facts of the tickets created in a month live in a cold collection of their own, like the ticket archives. */
export function factsCollection(createdAt: string): string {
  return `archive-facts-${createdAt.slice(0, 7)}`;
}

export interface ReportFactsDeps {
  store: JsonStore;
  tickets: TicketRepository;
  clockFor(ticket: Ticket): SlaClock;
  config: DomainConfig;
  logger: Logger;
}

/**
 * The reports' projection of the tickets: one fact record per ticket, written in the same durable
 * commit as each change of the ticket (TicketWorkflowService.project), kept in memory as a column
 * table once a report first asks. When the stored facts are missing or were derived otherwise (a
 * store from before the reports, a new FACT_VERSION, or changed SLA targets, business hours or
 * routing in the config), they are rebuilt from the tickets, open and archived.
 */
export class ReportFactsProjection {
  private loaded: FactTable | null = null;
  private loading: Promise<FactTable> | null = null;

  /** The fact version and what of the config the facts depend on: a change of either rebuilds them. */
  private readonly derivation: string;

  constructor(private readonly deps: ReportFactsDeps) {
    const c = deps.config;
    const inputs = JSON.stringify([c.timezone, c.sla, c.organisations.map((o) => [o.id, o.businessHours]), c.routing, c.categories.map((k) => [k.id, k.team, k.onSite]), c.sites, c.districts]);
    this.derivation = `${FACT_VERSION}:${createHash('sha256').update(inputs).digest('hex').slice(0, 16)}`;
  }

  /** Whether the facts are in memory (else the next report loads or rebuilds them first). */
  get isLoaded(): boolean {
    return this.loaded !== null;
  }

  /** The store operations that keep `ticket`'s fact in step (committed with the ticket). */
  opsFor(ticket: Ticket): Op[] {
    const fact = this.factOf(ticket);
    this.loaded?.put(fact);
    const month = ticket.createdAt.slice(0, 7);
    const ops: Op[] = [{ c: factsCollection(ticket.createdAt), k: ticket.id, v: fact }];
    if (!this.deps.store.get(META, month)) ops.push({ c: META, k: month, v: true });
    return ops;
  }

  factOf(ticket: Readonly<Ticket>): TicketFact {
    return ticketFact(ticket as Ticket, this.deps.clockFor(ticket as Ticket), this.deps.config);
  }

  /** The facts of every ticket, loaded (or rebuilt) on first use. */
  table(): Promise<FactTable> {
    if (this.loaded) return Promise.resolve(this.loaded);
    this.loading ??= this.loadOrRebuild().finally(() => (this.loading = null));
    return this.loading;
  }

  private async loadOrRebuild(): Promise<FactTable> {
    const started = performance.now();
    const stale = this.deps.store.get<string>(META, VERSION_KEY) !== this.derivation;
    const table = stale ? await this.rebuild() : this.load();
    this.loaded = table;
    this.deps.logger.info({ tickets: table.size, rebuilt: stale, ms: Math.round(performance.now() - started) }, 'report facts loaded');
    return table;
  }

  private load(): FactTable {
    const table = new FactTable();
    for (const month of this.months()) {
      for (const fact of this.deps.store.values<TicketFact>(factsCollection(month))) table.put(fact);
    }
    return table;
  }

  /** Derives every ticket's fact again and stores them, month by month, then the version. */
  async rebuild(): Promise<FactTable> {
    const table = new FactTable();
    const byMonth = new Map<string, Op[]>();
    this.deps.tickets.forEachTicket((ticket) => {
      const fact = this.factOf(ticket);
      table.put(fact);
      const month = ticket.createdAt.slice(0, 7);
      let ops = byMonth.get(month);
      if (!ops) byMonth.set(month, (ops = [{ c: META, k: month, v: true }]));
      ops.push({ c: factsCollection(ticket.createdAt), k: ticket.id, v: fact });
    });
    // from here on a change of a ticket updates this table too
    this.loaded = table;
    for (const ops of byMonth.values()) await this.deps.store.commit(ops);
    await this.deps.store.commit([{ c: META, k: VERSION_KEY, v: this.derivation }]);
    // the archives of every month now hold changes: written now, they leave memory (else they stay until the journal folds)
    await this.deps.store.fold();
    return table;
  }

  private months(): string[] {
    return this.deps.store.keys(META).filter((k) => /^\d{4}-\d{2}$/u.test(k)).sort();
  }
}
