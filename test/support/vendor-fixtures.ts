import type { VendorTask } from '../../src/capabilities/vendors/vendor-task.js';

/** A vendor task as the store keeps it, finished and accepted by OIT unless overridden. */
export function vendorTask(over: Partial<VendorTask> & Pick<VendorTask, 'id' | 'assignedAt'>): VendorTask {
  return {
    ticketId: over.id.split('/')[0]!, vendor: 'vendor-klatovy', district: 'klatovy', organisation: 'SUS', title: 'Nefunguje tiskárna',
    priority: 'P2', team: 'service-desk', contractId: 'SML-KT-2026', status: 'approved', version: 5, technician: 'patti',
    acceptedAt: over.assignedAt, onSiteAt: over.assignedAt, doneAt: over.assignedAt,
    report: { note: 'Opraveno', taskType: 'onsite-repair', parts: '', minutes: 30, signedOff: true, by: 'patti', at: over.assignedAt },
    approvedAt: over.assignedAt, approvedBy: 'megan', history: [],
    ...over,
  };
}
