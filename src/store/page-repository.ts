import { formatPageId, isActive, type Page } from '../domain/paging/page.js';
import type { JsonStore } from './json-store.js';

const PAGES = 'pages';
const COUNTERS = 'counters';
const DELIVERY_RECORDS: ReadonlySet<string> = new Set(['paged', 'mailed', 'delivery-failed']);

/**
 * The on-call pages, durable. A commit changes memory at once, so a read → check → save with no
 * await in between is atomic (two alerts with the same key can never open two pages). Pages are
 * few (an incident each), so look-ups scan them.
 */
export class PageRepository {
  constructor(private readonly store: JsonStore) {}

  get(id: string): Page | undefined {
    const page = this.store.get<Page>(PAGES, id);
    return page && structuredClone(page);
  }

  /** Opens a page with the next id of the year; memory changes before this returns, the promise is the disk. */
  create(year: number, build: (id: string) => Page): { page: Page; durable: Promise<void> } {
    const key = `page-${year}`;
    // never below the highest id stored: a counter that fell behind must not hand an id out again
    const prefix = `PG-${year}-`;
    const highest = Math.max(0, ...this.store.keys(PAGES).filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(prefix.length)) || 0));
    const n = Math.max(this.store.get<number>(COUNTERS, key) ?? 0, highest) + 1;
    const page = build(formatPageId(year, n));
    const durable = this.store.commit([{ c: COUNTERS, k: key, v: n }, { c: PAGES, k: page.id, v: structuredClone(page) }]);
    return { page, durable };
  }

  save(page: Page): Promise<void> {
    return this.store.commit([{ c: PAGES, k: page.id, v: structuredClone(page) }]);
  }

  /** The page an alert key groups onto: the newest one with that key that is not resolved. */
  activeByAlertKey(key: string): Page | undefined {
    return this.newest((p) => p.alertKey === key && isActive(p));
  }

  activeByTicket(ticketId: string): Page | undefined {
    return this.newest((p) => p.ticketId === ticketId && isActive(p));
  }

  /** Open pages whose next step (or the end of the chain) is due, oldest due first. */
  due(now: Date): Page[] {
    const limit = now.toISOString();
    return this.store.values<Page>(PAGES)
      .filter((p) => p.status === 'open' && p.nextStepAt !== null && p.nextStepAt <= limit)
      .sort((a, b) => (a.nextStepAt! < b.nextStepAt! ? -1 : a.nextStepAt! > b.nextStepAt! ? 1 : a.id.localeCompare(b.id)))
      .map((p) => structuredClone(p));
  }

  /**
   * Open pages whose last started step has no delivery recorded (no "paged", "mailed" or
   * "delivery-failed" entry for it): a crash came between starting the step and recording its delivery.
   */
  undelivered(): Page[] {
    return this.store.values<Page>(PAGES)
      .filter((p) => p.status === 'open' && p.step > 0 && !p.timeline.some((e) => e.step === p.step - 1 && DELIVERY_RECORDS.has(e.kind)))
      .map((p) => structuredClone(p));
  }

  /** Pages opened in [from, to). */
  openedBetween(from: Date, to: Date): Page[] {
    const [a, b] = [from.toISOString(), to.toISOString()];
    return this.store.values<Page>(PAGES).filter((p) => p.openedAt >= a && p.openedAt < b).map((p) => structuredClone(p));
  }

  private newest(match: (p: Page) => boolean): Page | undefined {
    let best: Page | undefined;
    for (const p of this.store.values<Page>(PAGES)) if (match(p) && (!best || p.openedAt > best.openedAt)) best = p;
    return best && structuredClone(best);
  }
}
