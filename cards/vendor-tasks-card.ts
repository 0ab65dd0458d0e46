import { taskCount, vt } from '../src/capabilities/vendors/vendor-messages.js';
import type { Language } from '../src/domain/tickets/ticket.js';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.js';

export interface VendorTaskRow {
  ticketId: string;
  taskId: string;
  version: number;
  priority: string;
  title: string;
  status: string;
  /** The next target and the time left (or how late). */
  sla: string;
  mine: boolean;
}

/** A vendor technician's open tasks (theirs ★ and their company's), most urgent first; a click opens the task card. */
export function renderVendorTasksCard(rows: VendorTaskRow[], vendorName: string, lang: Language): AdaptiveCard {
  const items: CardElement[] = rows.map((r, i) => ({
    type: 'Container', separator: i > 0, spacing: 'Small',
    selectAction: { type: 'Action.Execute', title: r.ticketId, verb: 'vendorTask.refresh', data: { taskId: r.taskId, version: r.version, view: 'vendor' } },
    items: [
      { type: 'TextBlock', text: `${r.priority} ${r.ticketId}${r.mine ? ' ★' : ''} · ${plainText(r.title, 100)}`, weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: `${r.status} · ${r.sla}`, isSubtle: true, size: 'Small', wrap: true, spacing: 'None' },
    ],
  }));
  return adaptiveCard([
    { type: 'TextBlock', text: `${vt(lang, 'tasksTitle', { vendor: vendorName })}: ${taskCount(rows.length, lang)}`, weight: 'Bolder', size: 'Medium', style: 'heading', wrap: true },
    ...items,
  ]);
}
