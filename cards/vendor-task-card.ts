import type { Language } from '../src/domain/tickets/ticket.js';
import { vt } from '../src/capabilities/vendors/vendor-messages.js';
import type { VendorTask } from '../src/capabilities/vendors/vendor-task.js';
import { plainText, type CardAction, type CardElement } from './adaptive-card.js';
import type { InputElement, TicketCardAction } from './ticket-card-parts.js';

/** Card verbs of vendor tasks; the data carries only the task id, the version seen and the view. */
export const VENDOR_TASK_VERBS = {
  refresh: 'vendorTask.refresh',
  accept: 'vendorTask.accept',
  arrive: 'vendorTask.arrive',
  done: 'vendorTask.done',
  return: 'vendorTask.return',
  approve: 'vendorWork.approve',
  reject: 'vendorWork.reject',
} as const;

export type VendorTaskView = 'vendor' | 'oit';
type Element = CardElement | InputElement | { type: 'Input.Toggle'; id: string; title: string; value: 'true' | 'false'; valueOn: 'true'; valueOff: 'false' };

/** What the card shows, prepared by the renderer (names, labels and SLA lines in the reader's language). */
export interface VendorTaskCardModel {
  task: VendorTask;
  lang: Language;
  vendorName: string;
  facts: { title: string; value: string }[];
  /** "Přijmout do …" lines with the time left or how late. */
  sla: { title: string; value: string }[];
  report: { title: string; value: string }[];
  notes: string[];
  taskTypes: { id: string; name: string }[];
  /** The viewer's buttons: the vendor's technician, the OIT decider, or none (the shared card). */
  buttons: 'vendor' | 'oit' | 'none';
  refreshUserIds: string[];
}

export interface VendorTaskCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: Element[];
  actions?: TicketCardAction[];
  refresh?: { action: CardAction; userIds: string[] };
}

function execute(title: string, verb: string, task: VendorTask, view: VendorTaskView, style?: 'positive' | 'destructive'): CardAction {
  return { type: 'Action.Execute', title, verb, data: { taskId: task.id, version: task.version, view }, ...(style ? { style } : {}) };
}

function showCard(title: string, body: Element[], submit: CardAction): TicketCardAction {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body: body as InputElement[], actions: [submit] } };
}

/**
 * A vendor task: for the vendor's technician with Přijmout / Na místě / Hotovo (work report) / Vrátit OIT;
 * for the OIT team that gave it, once done, the work report with Převzít práci / Vrátit dodavateli.
 * Never an OIT ticket verb. Each listed user gets their own buttons through the refresh.
 */
export function renderVendorTaskCard(m: VendorTaskCardModel, view: VendorTaskView): VendorTaskCard {
  const { task, lang } = m;
  const heading = view === 'oit' ? vt(lang, 'workHeading', { id: task.ticketId }) : vt(lang, 'taskHeading', { id: task.ticketId });
  const body: Element[] = [
    { type: 'TextBlock', text: heading, weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true },
    { type: 'TextBlock', text: plainText(task.title, 200), wrap: true },
    { type: 'FactSet', facts: m.facts },
    ...(m.sla.length ? [{ type: 'FactSet' as const, facts: m.sla }] : []),
    ...(m.report.length ? [{ type: 'TextBlock' as const, text: vt(lang, 'reportTitle'), weight: 'Bolder' as const, separator: true }, { type: 'FactSet' as const, facts: m.report }] : []),
    ...m.notes.map((text): Element => ({ type: 'TextBlock', text: plainText(text, 600), wrap: true, color: 'Warning' })),
  ];
  const actions = m.buttons === 'vendor' ? vendorActions(m) : m.buttons === 'oit' ? oitActions(m) : [];
  return {
    type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body,
    ...(actions.length ? { actions } : {}),
    refresh: { action: execute('refresh', VENDOR_TASK_VERBS.refresh, task, view), userIds: m.refreshUserIds.slice(0, 60) },
  };
}

function vendorActions(m: VendorTaskCardModel): TicketCardAction[] {
  const { task, lang } = m;
  const out: TicketCardAction[] = [];
  const working = task.status === 'assigned' || task.status === 'accepted' || task.status === 'on-site';
  if (task.status === 'assigned') out.push(execute(vt(lang, 'accept'), VENDOR_TASK_VERBS.accept, task, 'vendor', 'positive'));
  if (task.status === 'assigned' || task.status === 'accepted') out.push(execute(vt(lang, 'arrive'), VENDOR_TASK_VERBS.arrive, task, 'vendor'));
  if (working) {
    out.push(showCard(vt(lang, 'done'), [
      { type: 'Input.Text', id: 'note', placeholder: vt(lang, 'phNote'), isMultiline: true, maxLength: 2000 },
      { type: 'Input.ChoiceSet', id: 'taskType', style: 'compact', value: m.taskTypes[0]?.id ?? '', choices: m.taskTypes.map((t) => ({ title: t.name, value: t.id })) },
      { type: 'Input.Text', id: 'parts', placeholder: vt(lang, 'phParts'), maxLength: 500 },
      { type: 'Input.Number', id: 'minutes', placeholder: vt(lang, 'phMinutes'), min: 0, max: 10000 },
      { type: 'Input.Toggle', id: 'signedOff', title: vt(lang, 'signedOffToggle'), value: 'false', valueOn: 'true', valueOff: 'false' },
    ], execute(vt(lang, 'done'), VENDOR_TASK_VERBS.done, task, 'vendor', 'positive')));
    out.push(showCard(vt(lang, 'returnToOit'), [
      { type: 'Input.Text', id: 'reason', placeholder: vt(lang, 'phReason'), isMultiline: true, maxLength: 2000 },
    ], execute(vt(lang, 'returnToOit'), VENDOR_TASK_VERBS.return, task, 'vendor', 'destructive')));
  }
  return out;
}

function oitActions(m: VendorTaskCardModel): TicketCardAction[] {
  const { task, lang } = m;
  if (task.status !== 'done') return [];
  return [
    execute(vt(lang, 'approveWork'), VENDOR_TASK_VERBS.approve, task, 'oit', 'positive'),
    showCard(vt(lang, 'rejectWork'), [
      { type: 'Input.Text', id: 'reason', placeholder: vt(lang, 'phReason'), isMultiline: true, maxLength: 2000 },
    ], execute(vt(lang, 'rejectWork'), VENDOR_TASK_VERBS.reject, task, 'oit', 'destructive')),
  ];
}
