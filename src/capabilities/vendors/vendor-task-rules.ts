import type { VendorTask, VendorTaskCommand, VendorTaskStatus } from './vendor-task.js';

/** A command that does not fit the task as it is (a value the use case turns into a sentence). */
export class VendorTaskError extends Error {
  constructor(readonly code: 'status' | 'task-type' | 'minutes' | 'text', message: string) {
    super(message);
    this.name = 'VendorTaskError';
  }
}

const MAX_TEXT = 2000;
const MAX_MINUTES = 10_000;

const FROM: Record<VendorTaskCommand['kind'], readonly VendorTaskStatus[]> = {
  accept: ['assigned'],
  arrive: ['assigned', 'accepted'],
  done: ['assigned', 'accepted', 'on-site'],
  return: ['assigned', 'accepted', 'on-site'],
  approve: ['done'],
  reject: ['done'],
  withdraw: ['assigned', 'accepted', 'on-site', 'done'],
  reopen: ['approved'],
};

/**
 * Applies a command to a copy of the task: status, the SLA facts (first accept, first arrival,
 * latest finish), the work report, OIT's decision, one history line, version + 1.
 * `taskTypes` are the ids of the contract's price list.
 * @throws VendorTaskError when the command does not fit.
 */
export function applyTaskCommand(task: VendorTask, command: VendorTaskCommand, actor: string, now: Date, taskTypes: readonly string[]): VendorTask {
  if (!FROM[command.kind].includes(task.status)) throw new VendorTaskError('status', `a task that is ${task.status} cannot be ${command.kind}ed`);
  const next = structuredClone(task);
  const at = now.toISOString();
  let note: string | undefined;
  switch (command.kind) {
    case 'accept':
      next.status = 'accepted';
      next.acceptedAt ??= at;
      next.technician = actor;
      break;
    case 'arrive':
      next.status = 'on-site';
      next.acceptedAt ??= at;
      next.onSiteAt ??= at;
      next.technician ??= actor;
      break;
    case 'done': {
      if (!taskTypes.includes(command.taskType)) throw new VendorTaskError('task-type', `unknown task type "${command.taskType}"`);
      if (!Number.isInteger(command.minutes) || command.minutes < 0 || command.minutes > MAX_MINUTES) throw new VendorTaskError('minutes', 'minutes must be a whole number from 0');
      const text = required(command.note);
      next.status = 'done';
      next.acceptedAt ??= at;
      next.doneAt = at;
      next.technician ??= actor;
      next.report = { note: text, taskType: command.taskType, parts: command.parts.trim().slice(0, MAX_TEXT), minutes: command.minutes, signedOff: command.signedOff, by: actor, at };
      note = text;
      break;
    }
    case 'return':
      next.status = 'returned';
      next.returnReason = required(command.reason);
      note = next.returnReason;
      break;
    case 'approve':
      next.status = 'approved';
      next.approvedAt = at;
      next.approvedBy = actor;
      break;
    case 'reject':
      next.status = 'accepted';
      note = required(command.reason);
      break;
    case 'withdraw':
      next.status = 'withdrawn';
      note = required(command.reason);
      if (command.movedTo) next.movedTo = command.movedTo;
      break;
    case 'reopen':
      next.status = 'accepted';
      note = required(command.reason);
      delete next.approvedAt;
      delete next.approvedBy;
      delete next.line;
      delete next.billedIn; // the statement that billed it is credited by a correction line; the rework is billed anew
      break;
  }
  next.history.push({ at, actor, action: command.kind, ...(note ? { note } : {}) });
  next.version = task.version + 1;
  return next;
}

function required(text: string): string {
  const clean = text.trim();
  if (!clean) throw new VendorTaskError('text', 'text is required');
  return clean.slice(0, MAX_TEXT);
}
