import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Dialog, DialogContext } from 'botbuilder-dialogs';
import type { BotFeature, FeatureCommand, IntentTurn } from '../../bot/bot-feature.js';
import { foldText } from '../../graph/text-fold.js';
import type { Clock } from '../../services/ports.js';
import { turnUser } from '../../../dialogs/turn-user.js';
import { renderVendorTasksCard } from '../../../cards/vendor-tasks-card.js';
import { districtsOf } from './contract-rules.js';
import type { StatementPresenter } from './statement-presenter.js';
import type { StatementService } from './statement-service.js';
import type { VendorCardRenderer } from './vendor-card-renderer.js';
import type { VendorCommandRecognizer } from './vendor-commands.js';
import { VENDOR_INTENTS } from './vendor-intents.js';
import { vt, type VendorMessageKey } from './vendor-messages.js';
import type { VendorCalendars } from './vendor-month.js';
import type { VendorPeople } from './vendor-people.js';
import type { MoveOutcome, VendorTaskService } from './vendor-task-service.js';
import type { DomainConfig } from '../../config/domain-schema.js';
import type { CostService } from './cost-service.js';
import type { CostPresenter } from './cost-presenter.js';
import { monthName } from '../../i18n/month-names.js';

const LIST_LIMIT = 20;
const MOVE_REFUSED: Record<Extract<MoveOutcome, { kind: 'refused' }>['reason'], VendorMessageKey> = {
  'work-done': 'moveWorkDone', 'not-open': 'moveNotOpen', same: 'moveSame',
};

export interface VendorFeatureDeps {
  recognizer: VendorCommandRecognizer;
  tasks: VendorTaskService;
  statements: StatementService;
  presenter: StatementPresenter;
  cards: VendorCardRenderer;
  people: VendorPeople;
  calendars: VendorCalendars;
  config: DomainConfig;
  clock: Clock;
  costs: CostService;
  costCards: CostPresenter;
}

/**
 * Vendors and costs in chat: a vendor technician's "moje úkoly" (theirs and their company's, with
 * the SLA time left) and a task's card by its ticket number; "vyúčtování ‹okres› ‹měsíc›" for the
 * head of OIT and the vendor's contract manager; "kolik nás stál SÚS za listopad?" for the head of
 * OIT and the organisation's director; "srovnání organizací" for the head of OIT.
 */
export class VendorFeature implements BotFeature {
  readonly dialogs: Dialog[] = [];
  readonly intents = VENDOR_INTENTS;

  constructor(private readonly d: VendorFeatureDeps) {}

  recognise(text: string, folded: string, context: TurnContext): FeatureCommand | null {
    const userId = context.activity.from?.aadObjectId ?? '';
    const technician = this.d.people.technicianOf(userId).length > 0;
    const [year, month] = this.d.calendars.monthOf(this.d.clock.now()).split('-').map(Number) as [number, number];
    const command = this.d.recognizer.recognise(text, folded, technician, { year, month });
    if (!command) return null;
    switch (command.kind) {
      case 'tasks': return async (dc) => this.showTasks(dc);
      case 'task': return async (dc) => this.showTask(dc, command.ticketId, 'vendor');
      case 'work': return async (dc) => this.showTask(dc, command.ticketId, 'oit');
      case 'move': return async (dc) => this.move(dc, command.ticketId, command.district);
      case 'statement': return async (dc) => this.showStatement(dc, command.district, command.month);
      case 'cost': return async (dc) => this.showCost(dc, command.organisation, command.month);
      case 'compare': return async (dc) => this.showComparison(dc, command.month);
    }
  }

  /**
   * Words the recogniser missed, read by the intent layer: "co na mě čeká" (a vendor technician's
   * tasks; anyone else is told where their work is), "kolik jsme zaplatili dodavateli" (a statement,
   * or an organisation's costs for its director), through the same paths and checks as the commands.
   */
  async onIntent({ dc, text, reading }: IntentTurn): Promise<boolean> {
    const context = await dc();
    if (reading.intent === 'reports.tasks') {
      await this.showTasks(context, 'tasksNotVendor');
      return true;
    }
    const { slots } = reading;
    const userId = context.context.activity.from?.aadObjectId ?? '';
    const [year, month] = this.d.calendars.monthOf(this.d.clock.now()).split('-').map(Number) as [number, number];
    const folded = foldText(text).replace(/[^a-z0-9]+/gu, ' ').trim();
    const command = this.d.recognizer.recognise(text, folded, false, { year, month });
    const when = (command && 'month' in command ? command.month : null) ?? (/^\d{4}-\d{2}$/u.test(slots.period ?? '') ? slots.period! : null);
    if (command?.kind === 'compare') await this.showComparison(context, when);
    else if (command?.kind === 'cost' || slots.organisation || this.costsOnly(userId)) {
      await this.showCost(context, (command?.kind === 'cost' ? command.organisation : null) ?? slots.organisation ?? null, when);
    } else {
      const ofVendor = slots.vendor ? districtsOf(this.d.config.contracts, slots.vendor) : [];
      const district = (command?.kind === 'statement' ? command.district : null) ?? slots.district ?? (ofVendor.length === 1 ? ofVendor[0]! : null);
      await this.showStatement(context, district, when);
    }
    return true;
  }

  /** Sees an organisation's costs but no vendor statements (an organisation's director). */
  private costsOnly(userId: string): boolean {
    return !this.d.people.isHead(userId) && this.d.people.contactOf(userId).length === 0 && this.d.costs.visibleTo(userId).length > 0;
  }

  private async showTasks(dc: DialogContext, notVendor: 'tasksOnlyVendors' | 'tasksNotVendor' = 'tasksOnlyVendors'): Promise<void> {
    const user = turnUser(dc.context);
    const vendors = this.d.people.technicianOf(user.id);
    if (vendors.length === 0) {
      await dc.context.sendActivity(vt(user.lang, notVendor));
      return;
    }
    const tasks = this.d.tasks.tasksOf(user.id);
    if (tasks.length === 0) {
      await dc.context.sendActivity(vt(user.lang, 'tasksNone'));
      return;
    }
    tasks.sort((a, b) => Number(b.technician === user.id) - Number(a.technician === user.id) || a.priority.localeCompare(b.priority) || a.assignedAt.localeCompare(b.assignedAt));
    const rows = tasks.slice(0, LIST_LIMIT).map((t) => this.d.cards.row(t, user.id, user.lang));
    const card = renderVendorTasksCard(rows, vendors.map((v) => this.d.people.vendorName(v)).join(', '), user.lang);
    await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }

  /** A task's card: the vendor's view, or OIT's ("práce HD-…": the work report with Převzít práci). */
  private async showTask(dc: DialogContext, ticketId: string, view: 'vendor' | 'oit'): Promise<void> {
    const user = turnUser(dc.context);
    const task = this.d.tasks.latestVisible(ticketId, user.id);
    if (!task) {
      await dc.context.sendActivity(vt(user.lang, 'notFound'));
      return;
    }
    await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(await this.d.cards.card(task, view, user.lang, user.id))));
  }

  /** OIT gives a ticket's on-site work to another district's vendor ("předat HD-… dodavateli Tachov"). */
  private async move(dc: DialogContext, ticketId: string, district: string | null): Promise<void> {
    const user = turnUser(dc.context);
    const vendor = this.d.config.districts.find((x) => x.id === district)?.vendor;
    if (!district || !vendor) {
      await dc.context.sendActivity(vt(user.lang, 'moveWhich'));
      return;
    }
    const out = await this.d.tasks.move(ticketId, vendor, district, user.id);
    const key = out.kind === 'refused' ? MOVE_REFUSED[out.reason]
      : out.kind === 'done' ? 'moved' : out.kind === 'no-contract' ? 'moveNoContract' : out.kind === 'forbidden' ? 'notAllowed' : 'notFound';
    const districtName = this.d.config.districts.find((x) => x.id === district)?.name ?? district;
    await dc.context.sendActivity(vt(user.lang, key, { id: ticketId, vendor: this.d.people.vendorName(vendor), district: districtName }));
  }

  private async showCost(dc: DialogContext, organisation: string | null, month: string | null): Promise<void> {
    const user = turnUser(dc.context);
    const mine = this.d.costs.visibleTo(user.id);
    if (mine.length === 0) {
      await dc.context.sendActivity(vt(user.lang, 'costForbidden'));
      return;
    }
    const org = organisation ?? (mine.length === 1 ? mine[0]! : null);
    if (!org) {
      await dc.context.sendActivity(vt(user.lang, 'costWhich', { orgs: mine.join(', ') }));
      return;
    }
    const out = this.d.costs.cost(user.id, org, month ?? this.d.costs.defaultMonth());
    if (out.kind === 'ok') {
      await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(await this.d.costCards.costCard(out.cost, out.trend, user.lang))));
      return;
    }
    const key = out.kind === 'forbidden' ? 'costForbidden' : out.kind === 'unknown' ? 'costUnknown' : 'costNotOver';
    await dc.context.sendActivity(vt(user.lang, key, { month: out.kind === 'not-over' ? monthName(user.lang, out.month) : '' }));
  }

  private async showComparison(dc: DialogContext, month: string | null): Promise<void> {
    const user = turnUser(dc.context);
    const out = this.d.costs.comparison(user.id, month ?? this.d.costs.defaultMonth());
    if (out.kind === 'ok') {
      await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(this.d.costCards.comparisonCard(out.rows, out.month, user.lang))));
      return;
    }
    await dc.context.sendActivity(out.kind === 'forbidden' ? vt(user.lang, 'compareForbidden') : vt(user.lang, 'costNotOver', { month: monthName(user.lang, out.month) }));
  }

  private async showStatement(dc: DialogContext, district: string | null, month: string | null): Promise<void> {
    const user = turnUser(dc.context);
    const head = this.d.people.isHead(user.id);
    const vendors = this.d.people.contactOf(user.id);
    if (!head && vendors.length === 0) {
      await dc.context.sendActivity(vt(user.lang, 'statementNone'));
      return;
    }
    const mine = head ? this.d.config.districts.map((x) => x.id) : vendors.flatMap((v) => districtsOf(this.d.config.contracts, v));
    const chosen = district ?? (mine.length === 1 ? mine[0]! : null);
    if (!chosen) {
      const names = mine.map((id) => this.d.config.districts.find((x) => x.id === id)?.name ?? id).join(', ');
      await dc.context.sendActivity(vt(user.lang, 'statementWhich', { districts: names }));
      return;
    }
    // the vendor of a district: the contact's own vendor there, else (head of OIT) the district's vendor
    const vendor = vendors.find((v) => districtsOf(this.d.config.contracts, v).includes(chosen))
      ?? (head ? this.d.config.districts.find((x) => x.id === chosen)?.vendor : undefined) ?? vendors[0]!;
    const key = { vendor, district: chosen, month: month ?? this.d.statements.defaultMonth() };
    const rendered = this.d.presenter.render(this.d.statements.view(user.id, key.vendor, key.district, key.month), user.id, user.lang, key);
    await dc.context.sendActivity('card' in rendered ? MessageFactory.attachment(CardFactory.adaptiveCard(rendered.card)) : rendered.text);
  }
}
