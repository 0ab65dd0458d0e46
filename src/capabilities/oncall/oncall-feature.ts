import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Dialog, DialogContext } from 'botbuilder-dialogs';
import type { DomainConfig } from '../../config/domain-schema.js';
import { parseUserDate, parseUserMonth } from '../../domain/oncall/oncall-date.js';
import type { Language } from '../../domain/tickets/ticket.js';
import { to } from '../../i18n/oncall-messages.js';
import type { OncallPeopleService } from '../../services/oncall-people-service.js';
import type { OncallReportService } from '../../services/oncall-report-service.js';
import type { OncallRotaService } from '../../services/oncall-rota-service.js';
import type { OncallSwapService, ProposeResult } from '../../services/oncall-swap-service.js';
import type { PagingService } from '../../services/paging-service.js';
import { turnUser } from '../../../dialogs/turn-user.js';
import { renderMyShiftsCard, renderOnCallCard } from '../../../cards/oncall-now-card.js';
import { renderStandbyReportCard } from '../../../cards/oncall-report-card.js';
import { formatTime } from '../../../cards/card-format.js';
import { isPersonal } from '../../bot/conversation-scope.js';
import type { BotFeature, FeatureCommand, IntentTurn } from '../../bot/bot-feature.js';
import { ONCALL_INTENTS } from './oncall-intents.js';
import { ti } from '../../i18n/intent-messages.js';
import { normaliseOncallText, parseOncallCommand, type OncallCommand } from './oncall-command-parser.js';
import type { PageMessenger } from '../paging/page-messenger.js';

export interface OncallFeatureDeps {
  rota: OncallRotaService;
  swaps: OncallSwapService;
  reports: OncallReportService;
  people: OncallPeopleService;
  paging: PagingService;
  messenger: PageMessenger;
  config: DomainConfig;
}

const MY_SHIFTS = 6;
const REFUSALS = {
  'same-person': 'swapSamePerson', 'no-shift-on-date': 'swapNoShift', 'shift-over': 'swapShiftOver',
  'no-counterpart': 'swapNoCounterpart', 'not-in-rota': 'notInRota',
} as const;

/** On-call duty in chat: who is on call, my shifts, swaps between technicians, covers by rota administrators, the standby report. */
export class OncallFeature implements BotFeature {
  readonly dialogs: Dialog[] = [];
  readonly intents = ONCALL_INTENTS;

  constructor(private readonly deps: OncallFeatureDeps) {}

  /**
   * On-call intents however they are phrased. A swap needs a colleague and a day, else the bot says
   * how to write it; a page is only sent from its exact form ("zavolej pohotovost síť: …"), so a
   * misread message never wakes anyone: here it gets the how-to.
   */
  async onIntent({ reading, dc, context }: IntentTurn): Promise<boolean> {
    const { slots } = reading;
    const { lang } = turnUser(context);
    const privateOnly = reading.intent === 'oncall.report' || reading.intent === 'oncall.swap';
    if (privateOnly && !isPersonal(context)) return say(context, to(lang, 'personalOnly'));
    switch (reading.intent) {
      case 'oncall.who': await this.who(await dc(), slots.team ?? null); return true;
      case 'oncall.myShifts': await this.myShifts(await dc()); return true;
      case 'oncall.swap':
        if (!slots.person || !slots.date) return say(context, ti(lang, 'swapHowTo'));
        await this.swap(await dc(), slots.person, slots.date);
        return true;
      case 'oncall.report': {
        const month = slots.period && /^\d{4}-\d{2}$/u.test(slots.period) ? slots.period : null;
        await this.report(await dc(), month ?? this.previousMonth(), false);
        return true;
      }
      case 'oncall.page': return say(context, to(lang, 'pageHelp'));
      default: return false;
    }
  }

  private previousMonth(): string {
    const today = this.deps.rota.today();
    return today.month === 1 ? `${today.year - 1}-12` : `${today.year}-${String(today.month - 1).padStart(2, '0')}`;
  }

  recognise(text: string, _folded: string, context: TurnContext): FeatureCommand | null {
    const command = parseOncallCommand(text);
    if (!command) return null;
    // "page <something>: …" from someone who may not page and names no team is a problem report, not a command.
    if (command.kind === 'page' && !this.findTeam(command.team) && !this.deps.paging.mayPage(turnUser(context).id)) return null;
    const privateOnly = command.kind === 'report' || command.kind === 'cover' || command.kind === 'swap';
    if (privateOnly && !isPersonal(context)) return async (dc) => void (await dc.context.sendActivity(to(turnUser(dc.context).lang, 'personalOnly')));
    return async (dc) => this.run(dc, command);
  }

  private async run(dc: DialogContext, command: OncallCommand): Promise<void> {
    switch (command.kind) {
      case 'who': return this.who(dc, command.team);
      case 'myShifts': return this.myShifts(dc);
      case 'swap': return this.swap(dc, command.name, command.date);
      case 'cover': return this.cover(dc, command);
      case 'report': return this.report(dc, command.month, command.csv);
      case 'page': return this.page(dc, command.team, command.message);
      case 'pageHelp': return void (await dc.context.sendActivity(to(turnUser(dc.context).lang, 'pageHelp')));
      case 'showPage': return this.showPage(dc, command.id);
    }
  }

  private async page(dc: DialogContext, teamQuery: string, message: string): Promise<void> {
    const { id: userId, lang } = turnUser(dc.context);
    const teamId = this.findTeam(teamQuery);
    const teams = this.deps.config.oncall.rotations.map((r) => this.teamLabel(r.team, lang)).join(', ');
    if (!teamId) return void (await dc.context.sendActivity(to(lang, 'unknownTeam', { teams })));
    const outcome = await this.deps.paging.manual(userId, teamId, message);
    if (outcome.kind === 'forbidden') return void (await dc.context.sendActivity(to(lang, 'pageForbiddenManual')));
    if (outcome.kind === 'no-rotation') return void (await dc.context.sendActivity(to(lang, 'pageNoRotation', { team: this.teamLabel(teamId, lang), teams })));
    const reply = outcome.onCall
      ? to(lang, 'pageSent', { id: outcome.page.id, team: this.teamLabel(teamId, lang), name: await this.deps.people.nameOf(outcome.onCall) })
      : to(lang, 'pageSentNobody', { id: outcome.page.id });
    await dc.context.sendActivity(reply);
  }

  /** The page's current card, for the people who may act on it (others learn nothing, not even that it exists). */
  private async showPage(dc: DialogContext, pageId: string): Promise<void> {
    const { id: userId, lang } = turnUser(dc.context);
    const page = this.deps.paging.get(pageId);
    if (!page || !this.deps.paging.mayAct(page, userId)) return void (await dc.context.sendActivity(to(lang, 'pageNotFound')));
    await this.sendCard(dc, await this.deps.messenger.card(page, lang));
  }

  private async who(dc: DialogContext, teamQuery: string | null): Promise<void> {
    const { lang } = turnUser(dc.context);
    const teamId = teamQuery ? this.findTeam(teamQuery) : null;
    if (teamQuery && !teamId) {
      const teams = this.deps.config.oncall.rotations.map((r) => this.teamLabel(r.team, lang)).join(', ');
      await dc.context.sendActivity(to(lang, 'unknownTeam', { teams }));
      return;
    }
    const rows = this.deps.rota.overview(this.deps.rota.now(), teamId ?? undefined);
    const names = await this.deps.people.names(rows.flatMap((r) => [r.current.personId, ...(r.next ? [r.next.personId] : [])]));
    await this.sendCard(dc, renderOnCallCard(rows, names, { lang, config: this.deps.config }));
  }

  private async myShifts(dc: DialogContext): Promise<void> {
    const user = turnUser(dc.context);
    const now = this.deps.rota.now();
    const shifts = this.deps.rota.nextShifts(user.id, now, MY_SHIFTS);
    const pending = this.deps.swaps.pendingFor(user.id);
    const names = await this.deps.people.names(pending.flatMap((s) => [s.proposerId, s.otherId]));
    await this.sendCard(dc, renderMyShiftsCard(shifts, pending, names, now, { lang: user.lang, config: this.deps.config }));
  }

  private async swap(dc: DialogContext, name: string, dateText: string): Promise<void> {
    const user = turnUser(dc.context);
    const date = parseUserDate(dateText, this.deps.rota.today());
    if (!date) return void (await dc.context.sendActivity(to(user.lang, 'badDate', { date: dateText })));
    const other = await this.person(dc, name, user.lang);
    if (!other) return;
    const result: ProposeResult = await this.deps.swaps.propose(user.id, other.id, date);
    const reply = result.kind === 'refused'
      ? to(user.lang, REFUSALS[result.reason])
      : to(user.lang, result.delivered ? 'swapSent' : 'swapNotDelivered', { name: other.name });
    await dc.context.sendActivity(reply);
  }

  private async cover(dc: DialogContext, c: Extract<OncallCommand, { kind: 'cover' }>): Promise<void> {
    const user = turnUser(dc.context);
    if (!this.deps.rota.isAdministrator(user.id)) return void (await dc.context.sendActivity(to(user.lang, 'coverForbidden')));
    const today = this.deps.rota.today();
    const [fromDate, toDate] = [parseUserDate(c.from, today), parseUserDate(c.to, today)];
    if (!fromDate || !toDate) return void (await dc.context.sendActivity(to(user.lang, 'badDate', { date: fromDate ? c.to : c.from })));
    const cover = await this.person(dc, c.cover, user.lang);
    const absent = cover && (await this.person(dc, c.absent, user.lang));
    if (!cover || !absent) return;
    const result = await this.deps.rota.addCover(user.id, { coverId: cover.id, absentId: absent.id, fromDate, toDate });
    if (result.kind === 'forbidden') return void (await dc.context.sendActivity(to(user.lang, 'coverForbidden')));
    if (result.kind === 'invalid') {
      const key = result.reason === 'range' ? 'coverRange' : result.reason === 'same-person' ? 'coverSamePerson' : 'coverNotInRota';
      return void (await dc.context.sendActivity(to(user.lang, key, { name: absent.name })));
    }
    const lines = [to(user.lang, 'coverDone', { cover: cover.name, absent: absent.name, from: fromDate, to: toDate })];
    const ctx = { lang: user.lang, config: this.deps.config };
    const shifts = result.covered.map((s) => `${this.teamLabel(s.teamId, user.lang)} ${formatTime(s.start.toISOString(), ctx)} – ${formatTime(s.end.toISOString(), ctx)}`);
    lines.push(shifts.length > 0 ? to(user.lang, 'coverShifts', { shifts: shifts.join(', ') }) : to(user.lang, 'coverNoEffect', { absent: absent.name }));
    await dc.context.sendActivity(lines.join('\n\n'));
  }

  private async report(dc: DialogContext, monthText: string | null, csv: boolean): Promise<void> {
    const user = turnUser(dc.context);
    const month = monthText ? parseUserMonth(monthText) : null;
    if (!month) return void (await dc.context.sendActivity(to(user.lang, 'reportBadMonth')));
    if (csv) {
      const exported = await this.deps.reports.exportCsv(user.id, month.year, month.month, user.lang);
      const reply = exported.kind === 'forbidden' ? to(user.lang, 'reportForbidden') : to(user.lang, 'reportExported', { path: exported.path, lines: exported.lines });
      return void (await dc.context.sendActivity(reply));
    }
    const report = await this.deps.reports.monthReport(user.id, month.year, month.month);
    if (report.kind === 'forbidden') return void (await dc.context.sendActivity(to(user.lang, 'reportForbidden')));
    await this.sendCard(dc, renderStandbyReportCard(report.month, report.lines, { lang: user.lang, config: this.deps.config }));
  }

  private async person(dc: DialogContext, name: string, lang: Language): Promise<{ id: string; name: string } | null> {
    const match = await this.deps.people.find(name);
    if (match.kind === 'one') return match;
    const reply = match.kind === 'none' ? to(lang, 'personNotFound', { name }) : to(lang, 'personAmbiguous', { name, names: match.names.join(', ') });
    await dc.context.sendActivity(reply);
    return null;
  }

  /** A team by id, Czech or English name (or its first words), or one of its configured aliases. */
  private findTeam(query: string): string | null {
    const q = normaliseOncallText(query);
    for (const r of this.deps.config.oncall.rotations) {
      const team = this.deps.config.oit.teams.find((t) => t.id === r.team);
      const words = [r.team, team?.name.cs ?? '', team?.name.en ?? '', ...r.aliases].map(normaliseOncallText);
      if (words.some((w) => w === q || w.startsWith(`${q} `) || w.replace(/-/gu, ' ') === q)) return r.team;
    }
    return null;
  }

  private teamLabel(teamId: string, lang: Language): string {
    return this.deps.config.oit.teams.find((t) => t.id === teamId)?.name[lang] ?? teamId;
  }

  private async sendCard(dc: DialogContext, card: object): Promise<void> {
    await dc.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }
}

async function say(context: TurnContext, text: string): Promise<true> {
  await context.sendActivity(text);
  return true;
}
