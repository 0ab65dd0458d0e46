/**
 * The demo ticket history of `npm run dev`: twelve months of tickets of the demo organisations,
 * districts and teams (responses, pauses, priority changes, escalations, resolutions, reopens,
 * ratings, SLA breaches, district vendors' on-site work accepted by OIT), so that the managers'
 * reports, the vendors' statements and the cost per organisation have something to show.
 *
 * Only in local mode, only when asked (DEMO_DATA=1, which `npm run dev` sets unless DEMO_DATA=0)
 * and only into a store that never had a ticket; never in production. The same history every time
 * for the same "now" (a seeded generator, times relative to the clock). Everything is done through
 * the capabilities' own services (ticket service and workflow, vendor tasks) on an app composed for
 * it, each step at its own time, so the journal, the SLA events, the reports' facts and the vendors'
 * lines are written exactly as the bot writes them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import type { AppConfig } from './config/load-config.js';
import type { CategoryId, DomainConfig, Priority } from './config/domain-schema.js';
import type { TicketCommand } from './domain/tickets/ticket-command.js';
import type { Clock, DirectoryPort } from './services/ports.js';
import type { RequesterProfile } from './services/requester-resolver.js';
import { closing, playStoryAsync, seededRandom, ticketStory } from './services/ticket-stories.js';
import { SlaCalendars } from './services/sla-calendars.js';
import { seedDemoDirectory } from './graph/sandbox/demo-directory-seed.js';
import type { JsonStore } from './store/json-store.js';
import type { VendorTaskCommand } from './capabilities/vendors/vendor-task.js';
import { composeApp, type App } from './compose.js';

const SEED = 20261207;
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Tickets over the twelve months (about six a working day across the region). */
const DEMO_TICKETS = 1500;
/** Stories played at once (each at its own simulated time): the store writes them in fewer flushes. */
const PARALLEL = 32;

/** Whether this start seeds the demo history: local mode, DEMO_DATA=1, and a store that never had a ticket. */
export function demoHistoryWanted(config: AppConfig, store: Pick<JsonStore, 'keys'>): boolean {
  if (config.mode !== 'local' || config.env.DEMO_DATA !== '1') return false;
  return store.keys('tickets').length === 0 && !store.keys('counters').some((k) => k.startsWith('ticket-'));
}

export interface DemoSummary { tickets: number; vendorTasks: number; ms: number }

/** What a drawn ticket is: who asks, where, about what, how urgent, when; and whether the bot solved it itself (a password reset). */
interface Draft { start: number; requester: RequesterProfile; category: CategoryId; priority: Priority; description: string; selfService: boolean }

const SELF_SERVICE = 'Heslo obnoveno v chatu s Helpdeskem OIT (ověření přes MFA); uživatel se přihlásil.';

/** Seeds the history ending at `clock`'s now into `store` (already open; left open). */
export async function seedDemoHistory(config: AppConfig, store: JsonStore, logger: Logger, clock: Clock, count = DEMO_TICKETS): Promise<DemoSummary> {
  const started = performance.now();
  logger.info({ tickets: count }, 'seeding the demo ticket history of twelve months (first start only; DEMO_DATA=0 skips it)');
  const time = new AsyncLocalStorage<number>();
  const simulated: Clock = { now: () => new Date(time.getStore() ?? clock.now().getTime()) };
  const inert = { every: () => ({ stop: () => undefined }) };
  const slaTicks: (() => Promise<void>)[] = [];
  const app = await composeApp(config, {
    store, clock: simulated, logger: logger.child({ demo: true }, { level: 'error' }), directory: NO_DIRECTORY, charts: null,
    ticketTimer: { every: (_ms, tick) => (slaTicks.push(tick), { stop: () => undefined }) }, pagingTimer: inert, reportsTimer: inert, accountTimer: inert,
  });
  const now = clock.now().getTime();
  const drafts = drawTickets(config.domain, now, count);
  const running = new Set<Promise<void>>();
  let vendorTasks = 0;
  for (const [i, draft] of drafts.entries()) {
    const input = { requester: draft.requester, description: draft.description, language: 'cs' as const, category: draft.category, priority: draft.priority };
    if (draft.selfService) {
      await time.run(draft.start, () => app.tickets.service.createResolved(input, SELF_SERVICE));
      continue;
    }
    const ticket = await time.run(draft.start, () => app.tickets.service.create(input));
    await app.settled(); // a ticket for a district vendor becomes its task right after its write
    const life = new DemoLife(app, time, ticket.id, draft, now, seededRandom(SEED + i + 1));
    if (life.vendorWorker()) vendorTasks++;
    const story = life.play().finally(() => running.delete(story));
    running.add(story);
    if (running.size >= PARALLEL) await Promise.race(running);
  }
  await Promise.all(running);
  // the SLA watch of the seeding app fires what fell due (nobody to tell: no one has talked to the
  // bot yet), so the bot does not send months-old escalations once a manager opens the chat
  for (const job of app.tickets.jobs) job.start();
  for (const tick of slaTicks) await tick();
  for (const job of app.tickets.jobs) await job.stop();
  await app.settled();
  const summary = { tickets: drafts.length, vendorTasks, ms: Math.round(performance.now() - started) };
  logger.info(summary, 'demo ticket history seeded (DEMO_DATA=0 starts with an empty store)');
  return summary;
}

/** The seeding app asks no directory: requesters come from the demo directory's own data. */
const NO_DIRECTORY: DirectoryPort = {
  getUser: async () => null, getManager: async () => null, getDirectReports: async () => [], searchUsers: async () => [],
};

/** One ticket's life after it was opened, each step at its own time through the services. */
class DemoLife {
  private readonly config: DomainConfig;

  constructor(
    private readonly app: App, private readonly time: AsyncLocalStorage<number>, private readonly id: string,
    private readonly draft: Draft, private readonly now: number, private readonly rnd: () => number,
  ) {
    this.config = app.config.domain;
  }

  /** The technician of the district vendor the ticket's on-site work went to, if that vendor has one to work it. */
  vendorWorker(): string | null {
    const task = this.app.vendors.tasks.latestVisible(this.id, this.config.oit.head);
    return task ? this.app.vendors.people.techniciansOf(task.vendor)[0] ?? null : null;
  }

  async play(): Promise<void> {
    const current = () => this.app.tickets.workflow.get(this.id)!;
    const apply = (at: number, command: TicketCommand) => this.act(at, command);
    // most tickets are answered and solved well within their SLA, one in ten takes its time (the
    // breaches); those of the last ten days are still being worked, so that today has a backlog
    // (new ones nobody took yet, some waiting on the requester or a vendor)
    const pace = this.draft.start > this.now - 10 * DAY ? 2.5 : this.rnd() < 0.1 ? 1 : 0.25;
    if (this.vendorWorker()) {
      const end = await this.vendorWork();
      if (end !== null) await playStoryAsync(closing(this.rnd, current), this.rnd, end, this.now, apply);
      return;
    }
    const story = ticketStory(this.rnd, { current, nextTier: this.config.escalation.nextTier, resolveShare: 0.995 });
    await playStoryAsync(story, this.rnd, this.draft.start, this.now, apply, pace);
  }

  /** A ticket command at `at`: the requester rates and reopens, a technician of the ticket's team does the rest. */
  private async act(at: number, command: TicketCommand): Promise<boolean> {
    const ticket = this.app.tickets.workflow.get(this.id)!;
    // no on-call page for the past: a raise to P1 outside business hours is left out
    if (command.kind === 'priority' && command.priority === 'P1' && !this.calendarOpen(at)) return false;
    const requester = command.kind === 'rate' || command.kind === 'reopen';
    const actor = requester ? ticket.requester.id : this.technician(ticket.team);
    const outcome = await this.time.run(at, () => this.app.tickets.workflow.act(this.id, actor, command));
    return outcome.kind === 'done';
  }

  private calendarOpen(at: number): boolean {
    return new SlaCalendars(this.config).of(this.draft.requester.organisation).isOpen(new Date(at));
  }

  private technician(team: string | null): string {
    const t = this.config.oit.teams.find((x) => x.id === team) ?? this.config.oit.teams[0]!;
    return t.members[0] ?? t.lead;
  }

  /**
   * On-site work by the district's vendor: OIT takes the ticket and hands it over (waiting on the
   * vendor), the vendor's technician accepts, arrives (now and then late: a breach the statement
   * prices), finishes with a work report; OIT accepts the work (sometimes returns it first), which
   * resolves the ticket. Returns when the ticket was resolved, or null when "now" came first.
   */
  private async vendorWork(): Promise<number | null> {
    const oit = this.technician(this.app.tickets.workflow.get(this.id)!.team);
    const worker = this.vendorWorker()!;
    const task = () => this.app.vendors.tasks.latestVisible(this.id, this.config.oit.head)!;
    const types = Object.keys(this.app.vendors.tasks.contractOf(task())?.prices ?? {});
    const late = this.rnd() < 0.15;
    const report = (): VendorTaskCommand => ({
      kind: 'done', note: 'Závada odstraněna na místě, zařízení otestováno s uživatelem.', taskType: types[Math.floor(this.rnd() * types.length)] ?? 'onsite-repair',
      parts: this.rnd() < 0.3 ? 'náhradní díl' : '', minutes: 30 + Math.floor(this.rnd() * 150), signedOff: true,
    });
    const steps: [number, string, TicketCommand | VendorTaskCommand][] = [
      [2, oit, { kind: 'take' }], [0.5, oit, { kind: 'status', to: 'waiting-vendor' }],
      [3, worker, { kind: 'accept' }], [late ? 40 : 16, worker, { kind: 'arrive' }], [4, worker, report()],
      ...(this.rnd() < 0.08 ? [[20, oit, { kind: 'reject', reason: 'Chybí podpis uživatele na výkazu.' }], [24, worker, report()]] as [number, string, VendorTaskCommand][] : []),
      [30, oit, { kind: 'approve' }],
    ];
    let t = this.draft.start;
    for (const [maxHours, actor, command] of steps) {
      t += this.rnd() * maxHours * HOUR + 60_000;
      if (t >= this.now) return null;
      const ticketCommand = command.kind === 'take' || command.kind === 'status';
      const done = await this.time.run(t, async () => ticketCommand
        ? (await this.app.tickets.workflow.act(this.id, actor, command as TicketCommand)).kind === 'done'
        : (await this.app.vendors.tasks.act(task().id, actor, command as VendorTaskCommand)).kind === 'done');
      if (!done) return null;
    }
    return t;
  }
}

const ORGANISATION_WEIGHTS: [string, number][] = [['KU', 40], ['SUS', 30], ['ZH', 20], ['CN', 10]];
const CATEGORY_WEIGHTS: [CategoryId, number][] = [
  ['hardware', 16], ['printer', 14], ['software', 14], ['account', 10], ['access', 9], ['email', 9], ['network', 9], ['application', 10], ['phone', 3], ['purchase', 3], ['other', 3],
];
const PRIORITY_WEIGHTS: [Priority, number][] = [['P1', 3], ['P2', 17], ['P3', 60], ['P4', 20]];
const DESCRIPTIONS: Partial<Record<CategoryId, string[]>> = {
  hardware: ['Počítač se nezapne, jen bliká kontrolka napájení.', 'Monitor zůstává černý, i když počítač běží.', 'Nefunguje klávesnice u pracovní stanice, nepíše žádná klávesa.', 'Notebook se přehřívá a sám se vypíná.'],
  printer: ['Tiskárna v kanceláři hlásí zaseknutý papír a nejde ho vyndat.', 'Tiskárna netiskne, hlásí chybu toneru.', 'Skener neposílá naskenované dokumenty do pošty.'],
  software: ['Excel hlásí chybu licence a nejde spustit.', 'Prosím o instalaci programu na úpravu PDF.', 'Po aktualizaci nejde otevřít Word, hned spadne.'],
  account: ['Zapomněla jsem heslo a nemohu se přihlásit do počítače.', 'Účet je zablokovaný po několika špatných pokusech.'],
  access: ['Potřebuji přístup do sdílené složky odboru.', 'Prosím o oprávnění do spisové služby pro novou kolegyni.'],
  email: ['Outlook se stále ptá na heslo a nestahuje poštu.', 'Nechodí mi pošta z externích adres.', 'Nejde sdílet kalendář s kolegou.'],
  network: ['V celé kanceláři nejde internet.', 'Wi-Fi v zasedačce neustále vypadává.', 'VPN z domova se nepřipojí, hlásí chybu ověření.'],
  application: ['Spisová služba hlásí chybu při ukládání dokumentu.', 'Ekonomický systém je od rána velmi pomalý.', 'Nejde vytisknout sestavu z personálního systému.'],
  phone: ['Nefunguje pevná linka v kanceláři, není oznamovací tón.'],
  purchase: ['Potřebujeme nový notebook pro nastupujícího zaměstnance.'],
  other: ['Dotaz k nastavení podpisu v e-mailu.'],
};

/** The tickets of the twelve months before `now`, oldest first: in business hours, a little more each month. */
function drawTickets(config: DomainConfig, now: number, count: number): Draft[] {
  const rnd = seededRandom(SEED);
  const weighted = <T>(items: [T, number][]): T => {
    let x = rnd() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) if ((x -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const people = requestersOf(config);
  const calendars = new SlaCalendars(config);
  const worked = new Set(config.districts.filter((d) => config.vendors.some((v) => v.id === d.vendor && v.technicians.length > 0)).map((d) => d.id));
  const from = now - 365 * DAY;
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const organisation = weighted(ORGANISATION_WEIGHTS);
    const offHours = rnd() < 0.08; // written in the evening or at the weekend
    let start = from;
    for (let tries = 0; tries < 40; tries++) {
      start = from + (now - from - HOUR) * rnd() ** 0.8; // a mild growth month by month
      if (offHours || calendars.of(organisation).isOpen(new Date(start))) break;
    }
    const priority = weighted(PRIORITY_WEIGHTS);
    // sites whose district's vendor has a technician to work its tasks (the demo: Klatovy, Patti) thrice as often, so its statements fill up
    const site = weighted(config.sites.filter((s) => s.organisation === organisation).map((s) => [s, worked.has(s.district ?? '') ? 3 : 1] as [typeof s, number]));
    const category = weighted(CATEGORY_WEIGHTS);
    const person = pick(people.get(organisation) ?? people.get('KU')!);
    drafts.push({
      // no on-call page for the past: a P1 outside business hours would open one
      start, category, priority: priority === 'P1' && !calendars.of(organisation).isOpen(new Date(start)) ? 'P2' : priority, description: pick(DESCRIPTIONS[category] ?? DESCRIPTIONS.other!),
      requester: { ...person, organisation, site: site.id, district: site.district ?? null },
      selfService: category === 'account' && rnd() < 0.4,
    });
  }
  return drafts.sort((a, b) => a.start - b.start);
}

/** The demo directory's people by organisation (by their UPN's domain), as the requester resolver would describe them. */
function requestersOf(config: DomainConfig): Map<string, RequesterProfile[]> {
  const users = seedDemoDirectory(config).users.filter((u) => u.accountEnabled && u.userType === 'Member');
  const out = new Map<string, RequesterProfile[]>();
  for (const org of config.organisations) {
    out.set(org.id, users.filter((u) => u.userPrincipalName.endsWith(`@${org.domain}`)).map((u) => ({
      id: u.id, name: u.displayName, upn: u.userPrincipalName, organisation: org.id, site: null, district: null, jobTitle: u.jobTitle, directoryAvailable: true, known: true,
    })));
  }
  return out;
}
