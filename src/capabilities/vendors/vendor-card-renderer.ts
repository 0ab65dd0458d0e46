import type { DomainConfig } from '../../config/domain-schema.js';
import type { Language } from '../../domain/tickets/ticket.js';
import type { Clock, DirectoryPort } from '../../services/ports.js';
import { formatTime } from '../../../cards/card-format.js';
import { renderVendorTaskCard, type VendorTaskCard, type VendorTaskView } from '../../../cards/vendor-task-card.js';
import type { VendorTaskRow } from '../../../cards/vendor-tasks-card.js';
import { dueTimes, TARGETS, type VendorTarget } from './penalty-rules.js';
import { durationText, vt, type VendorMessageKey } from './vendor-messages.js';
import type { VendorCalendars } from './vendor-month.js';
import type { VendorPeople } from './vendor-people.js';
import type { TicketPort, VendorTaskService } from './vendor-task-service.js';
import type { VendorTask } from './vendor-task.js';

const DUE_KEY: Record<VendorTarget, VendorMessageKey> = { accept: 'dueAccept', onSite: 'dueOnSite', resolved: 'dueResolved' };
const MET_AT: Record<VendorTarget, (t: VendorTask) => string | undefined> = {
  accept: (t) => t.acceptedAt ?? t.onSiteAt ?? t.doneAt, onSite: (t) => t.onSiteAt ?? t.doneAt, resolved: (t) => t.doneAt,
};

/** Builds vendor task cards: names from the directory, SLA lines on the district's business calendar. */
export class VendorCardRenderer {
  constructor(private readonly d: {
    tasks: VendorTaskService; tickets: Pick<TicketPort, 'get'>; people: VendorPeople; calendars: VendorCalendars; directory: DirectoryPort; config: DomainConfig; clock: Clock;
  }) {}

  /** `viewer` null: the shared card without buttons (sent to a chat or channel, refreshed per user). */
  async card(task: VendorTask, view: VendorTaskView, lang: Language, viewer: string | null): Promise<VendorTaskCard> {
    const ctx = { lang, config: this.d.config };
    const ticket = this.d.tickets.get(task.ticketId);
    const contract = this.d.tasks.contractOf(task);
    const site = this.d.config.sites.find((s) => s.id === ticket?.site)?.name ?? this.d.config.districts.find((x) => x.id === task.district)?.name ?? task.district;
    const technician = task.technician ? await this.name(task.technician) : '–';
    const facts = [
      { title: vt(lang, 'fStatus'), value: vt(lang, `status_${task.status}` as VendorMessageKey) },
      { title: vt(lang, 'fPriority'), value: task.priority },
      { title: vt(lang, 'fWhere'), value: `${site}${ticket?.entities.rooms.length ? `, ${ticket.entities.rooms.join(', ')}` : ''}` },
      { title: vt(lang, 'fRequester'), value: ticket?.requester.name ?? '–' },
      { title: vt(lang, 'fVendor'), value: this.d.people.vendorName(task.vendor) },
      { title: vt(lang, 'fTechnician'), value: technician },
      { title: vt(lang, 'fContract'), value: task.contractId },
    ];
    const types = this.taskTypes(task, lang);
    const report = task.report ? [
      { title: vt(lang, 'fDone'), value: task.report.note },
      { title: vt(lang, 'fTaskType'), value: types.find((t) => t.id === task.report!.taskType)?.name ?? task.report.taskType },
      ...(task.report.parts ? [{ title: vt(lang, 'fParts'), value: task.report.parts }] : []),
      { title: vt(lang, 'fMinutes'), value: String(task.report.minutes) },
      { title: vt(lang, 'fSignedOff'), value: vt(lang, task.report.signedOff ? 'yes' : 'no') },
    ] : [];
    const notes: string[] = [];
    if (task.returnReason) notes.push(vt(lang, 'returnedReason', { reason: task.returnReason }));
    if (task.status === 'withdrawn') notes.push(this.withdrawnNote(task, lang));
    const rejected = [...task.history].reverse().find((h) => h.action === 'reject' || h.action === 'reopen');
    if (rejected && task.status === 'accepted') notes.push(vt(lang, 'rejectedReason', { reason: rejected.note ?? '' }));
    if (task.approvedAt) notes.push(vt(lang, 'approvedBy', { at: formatTime(task.approvedAt, ctx) }));
    const buttons = viewer && this.d.people.works(viewer, task) && view === 'vendor' ? 'vendor'
      : viewer && this.d.people.decides(viewer, task) && view === 'oit' ? 'oit' : 'none';
    return renderVendorTaskCard({
      task, lang, vendorName: this.d.people.vendorName(task.vendor), facts, sla: contract ? this.slaLines(task, lang) : [], report, notes,
      taskTypes: types, buttons, refreshUserIds: view === 'vendor' ? this.d.people.techniciansOf(task.vendor) : this.deciders(task),
    }, view);
  }

  /** A row of "moje úkoly": the next target not met, with the time left or how late. */
  row(task: VendorTask, viewer: string, lang: Language): VendorTaskRow {
    const next = this.slaLines(task, lang).find((l) => !l.met);
    return {
      ticketId: task.ticketId, taskId: task.id, version: task.version, priority: task.priority, title: task.title,
      status: vt(lang, `status_${task.status}` as VendorMessageKey), sla: next ? `${next.title} ${next.value}` : '–', mine: task.technician === viewer,
    };
  }

  /** The OIT people who may decide on the work: the team's members and lead. */
  deciders(task: VendorTask): string[] {
    const team = this.d.people.team(task.team);
    return [...new Set([...(team?.members ?? []), ...(team ? [team.lead] : [])])];
  }

  private slaLines(task: VendorTask, lang: Language): { title: string; value: string; met: boolean }[] {
    const contract = this.d.tasks.contractOf(task);
    if (!contract) return [];
    const calendar = this.d.calendars.of(contract);
    const due = dueTimes(new Date(task.assignedAt), contract.sla[task.priority], calendar);
    const now = this.d.clock.now();
    const ctx = { lang, config: this.d.config };
    return TARGETS.map((target) => {
      const met = MET_AT[target](task);
      const dueText = formatTime(due[target].toISOString(), ctx);
      let value: string;
      if (met) {
        const late = calendar.businessMinutesBetween(due[target], new Date(met));
        value = late > 0 ? vt(lang, 'metLate', { at: formatTime(met, ctx), late: durationText(late) }) : vt(lang, 'met', { at: formatTime(met, ctx) });
      } else {
        const left = calendar.businessMinutesBetween(now, due[target]);
        value = left >= 0 ? vt(lang, 'left', { due: dueText, left: durationText(left) }) : vt(lang, 'late', { due: dueText, late: durationText(-left) });
      }
      return { title: vt(lang, DUE_KEY[target]), value, met: Boolean(met) };
    });
  }

  private taskTypes(task: VendorTask, lang: Language): { id: string; name: string }[] {
    const prices = this.d.tasks.contractOf(task)?.prices ?? {};
    return this.d.config.contracts.taskTypes.filter((t) => Object.hasOwn(prices, t.id)).map((t) => ({ id: t.id, name: t.name[lang] }));
  }

  private withdrawnNote(task: VendorTask, lang: Language): string {
    if (task.movedTo) return vt(lang, 'movedAway', { vendor: this.d.people.vendorName(task.movedTo) });
    return vt(lang, 'withdrawnReason', { reason: [...task.history].reverse().find((h) => h.action === 'withdraw')?.note ?? '–' });
  }

  private async name(id: string): Promise<string> {
    const user = await this.d.directory.getUser(id).catch(() => null);
    return user?.displayName ?? id;
  }
}
