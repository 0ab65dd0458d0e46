import { randomUUID } from 'node:crypto';
import type { JsonStore, Op } from '../../store/json-store.js';
import { formatStatementNumber, statementKey, type ApprovedStatement, type Dispute, type PendingCorrection } from './statement.js';
import { isOpenTask, type VendorTask } from './vendor-task.js';

const TASKS = 'vendorTasks';
const STATEMENTS = 'vendorStatements';
const STATEMENT_INDEX = 'vendorStatementIndex';
const CORRECTIONS = 'vendorCorrections';
const DISPUTES = 'vendorDisputes';
const POSTS = 'vendorCardPosts';
const COUNTERS = 'counters';

/** Where a card was sent (a person's chat or a channel), to update it in place. */
export interface CardPost {
  /** A user id (personal chat) or `team:<teamId>|<channelId>`. */
  to: string;
  activityId: string;
}

/**
 * The vendors' data in the store: tasks, approved statements (never changed once written),
 * pending corrections, disputes and the cards sent about tasks. A commit changes memory at once,
 * so a read → check → commit with no await in between is atomic (two approvals cannot both number).
 */
export class VendorRepository {
  /** Ticket id → the ids of its vendor tasks in order (built at start, kept in step). */
  private readonly byTicket = new Map<string, string[]>();
  /**
   * `vendor|district` → the ids of tasks OIT accepted that no approved statement billed yet, in
   * statement order (assigned, then id): what a statement gathers, already in the order it prints.
   */
  private readonly unbilledBy = new Map<string, string[]>();
  /** `vendor|district` → bumped whenever its unbilled tasks or pending corrections change (a draft's identity). */
  private readonly revisions = new Map<string, number>();
  /** Makes a draft's revision mean nothing after a restart (the counters start again). */
  private readonly instance = randomUUID();
  /** Vendor → its tasks still being worked or waiting for OIT: "moje úkoly". */
  private readonly openBy = new Map<string, Set<string>>();

  constructor(private readonly store: JsonStore) {
    const tasks = store.values<VendorTask>(TASKS).sort((a, b) => a.assignedAt.localeCompare(b.assignedAt) || a.id.localeCompare(b.id));
    for (const t of tasks) this.index(t);
  }

  task(id: string): VendorTask | undefined {
    const t = this.store.get<VendorTask>(TASKS, id);
    return t && structuredClone(t);
  }

  /** The latest task of a ticket (the one that counts when the ticket moves between vendors). */
  latestOf(ticketId: string): VendorTask | undefined {
    const ids = this.byTicket.get(ticketId);
    return ids?.length ? this.task(ids[ids.length - 1]!) : undefined;
  }

  tasksOfTicket(ticketId: string): number {
    return this.byTicket.get(ticketId)?.length ?? 0;
  }

  /** Read-only view of every task (callers must not change them). */
  allTasks(): readonly VendorTask[] {
    return this.store.values<VendorTask>(TASKS);
  }

  /** Read-only: the accepted, unbilled tasks of a vendor and district, in statement order (assigned, then id). */
  unbilled(vendor: string, district: string): VendorTask[] {
    const ids = this.unbilledBy.get(`${vendor}|${district}`) ?? [];
    const out: VendorTask[] = [];
    for (const id of ids) {
      const task = this.store.get<VendorTask>(TASKS, id);
      if (task) out.push(task);
    }
    return out;
  }

  /**
   * What a draft of the vendor and district is made of, as a token: it changes whenever a task is
   * accepted, billed or reopened there or a correction is added or applied, and after a restart.
   * An approval names the token of the draft the head of OIT saw.
   */
  revision(vendor: string, district: string): string {
    return `${this.instance}:${this.revisions.get(`${vendor}|${district}`) ?? 0}`;
  }

  /** Copies of a vendor's open tasks. */
  openOf(vendor: string): VendorTask[] {
    return [...this.openBy.get(vendor) ?? []].map((id) => this.task(id)!).filter(Boolean);
  }

  saveTask(task: VendorTask, extra: Op[] = []): Promise<void> {
    this.index(task);
    return this.store.commit([{ c: TASKS, k: task.id, v: structuredClone(task) }, ...extra]);
  }

  statement(number: string): ApprovedStatement | undefined {
    const s = this.store.get<ApprovedStatement>(STATEMENTS, number);
    return s && structuredClone(s);
  }

  approvedFor(vendor: string, district: string, month: string): ApprovedStatement | undefined {
    const number = this.store.get<string>(STATEMENT_INDEX, statementKey(vendor, district, month));
    return number ? this.statement(number) : undefined;
  }

  statements(): ApprovedStatement[] {
    return this.store.values<ApprovedStatement>(STATEMENTS).map((s) => structuredClone(s));
  }

  /**
   * Numbers and stores an approved statement, marks its tasks billed and its corrections applied:
   * one durable write, so a crash leaves either all of it or none. `build` gets the number.
   */
  approve(year: number, build: (number: string) => ApprovedStatement): { statement: ApprovedStatement; durable: Promise<void> } {
    const counter = `vendor-statement-${year}`;
    const n = (this.store.get<number>(COUNTERS, counter) ?? 0) + 1;
    const statement = build(formatStatementNumber(year, n));
    const ops: Op[] = [
      { c: COUNTERS, k: counter, v: n },
      { c: STATEMENTS, k: statement.number, v: structuredClone(statement) },
      { c: STATEMENT_INDEX, k: statementKey(statement.vendor, statement.district, statement.month), v: statement.number },
    ];
    for (const line of statement.lines) {
      const task = this.store.get<VendorTask>(TASKS, line.taskId);
      if (task) ops.push({ c: TASKS, k: task.id, v: { ...structuredClone(task), billedIn: statement.number } });
    }
    for (const c of statement.corrections) {
      const pending = this.store.get<PendingCorrection>(CORRECTIONS, c.id);
      if (pending) ops.push({ c: CORRECTIONS, k: c.id, v: { ...structuredClone(pending), appliedIn: statement.number } });
    }
    const durable = this.store.commit(ops);
    const key = `${statement.vendor}|${statement.district}`;
    const billed = new Set(statement.lines.map((l) => l.taskId));
    this.unbilledBy.set(key, (this.unbilledBy.get(key) ?? []).filter((id) => !billed.has(id)));
    this.bump(key);
    durable.catch(() => {
      // the write failed and the store took it back: the tasks are unbilled again
      for (const line of statement.lines) {
        const task = this.store.get<VendorTask>(TASKS, line.taskId);
        if (task) this.index(task);
      }
    });
    return { statement, durable };
  }

  pendingCorrections(vendor: string, district: string): PendingCorrection[] {
    return this.store.values<PendingCorrection>(CORRECTIONS).filter((c) => c.vendor === vendor && c.district === district && !c.appliedIn)
      .map((c) => structuredClone(c));
  }

  /** The op that records a correction (written with the change that caused it). */
  correctionOp(correction: PendingCorrection): Op {
    this.bump(`${correction.vendor}|${correction.district}`);
    return { c: CORRECTIONS, k: correction.id, v: structuredClone(correction) };
  }

  nextId(counter: string): { id: number; op: Op } {
    const n = (this.store.get<number>(COUNTERS, counter) ?? 0) + 1;
    return { id: n, op: { c: COUNTERS, k: counter, v: n } };
  }

  dispute(id: string): Dispute | undefined {
    const d = this.store.get<Dispute>(DISPUTES, id);
    return d && structuredClone(d);
  }

  disputesOf(statement: string): Dispute[] {
    return this.store.values<Dispute>(DISPUTES).filter((d) => d.statement === statement).map((d) => structuredClone(d));
  }

  saveDispute(dispute: Dispute, extra: Op[] = []): Promise<void> {
    return this.store.commit([{ c: DISPUTES, k: dispute.id, v: structuredClone(dispute) }, ...extra]);
  }

  posts(key: string): CardPost[] {
    return [...(this.store.get<CardPost[]>(POSTS, key) ?? [])];
  }

  savePosts(key: string, posts: CardPost[]): Promise<void> {
    return this.store.commit([{ c: POSTS, k: key, v: posts.map((p) => ({ ...p })) }]);
  }

  private index(task: VendorTask): void {
    const ids = this.byTicket.get(task.ticketId);
    if (!ids) this.byTicket.set(task.ticketId, [task.id]);
    else if (!ids.includes(task.id)) ids.push(task.id);
    this.toggleUnbilled(task, task.status === 'approved' && !task.billedIn);
    toggle(this.openBy, task.vendor, task.id, isOpenTask(task.status));
  }

  /** Keeps the task in (or out of) its vendor's and district's unbilled ids, in order, by binary search on (assigned, id). */
  private toggleUnbilled(task: VendorTask, member: boolean): void {
    const key = `${task.vendor}|${task.district}`;
    let ids = this.unbilledBy.get(key);
    if (!ids) this.unbilledBy.set(key, (ids = []));
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.store.get<VendorTask>(TASKS, ids[mid]!);
      if (other && (other.assignedAt < task.assignedAt || (other.assignedAt === task.assignedAt && other.id < task.id))) lo = mid + 1;
      else hi = mid;
    }
    const present = ids[lo] === task.id;
    if (member && !present) ids.splice(lo, 0, task.id);
    else if (!member && present) ids.splice(lo, 1);
    if (member || present) this.bump(key);
  }

  private bump(key: string): void {
    this.revisions.set(key, (this.revisions.get(key) ?? 0) + 1);
  }
}

function toggle(map: Map<string, Set<string>>, key: string, id: string, member: boolean): void {
  let set = map.get(key);
  if (member) {
    if (!set) map.set(key, (set = new Set()));
    set.add(id);
  } else {
    set?.delete(id);
  }
}
