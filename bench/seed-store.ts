import { formatTicketId, type Ticket } from '../src/domain/tickets/ticket.js';
import { JsonStore, type Op } from '../src/store/json-store.js';
import { archiveOps } from '../src/store/ticket-repository.js';
import { createLogger } from '../src/logging/logger.js';
import { CATEGORY_IDS, PRIORITIES } from '../src/config/domain-schema.js';

const TEXTS = [
  'Nefunguje mi tiskárna v kanceláři, hlásí zaseknutý papír a nejde ho vyndat.',
  'Po restartu počítače se nemohu přihlásit do spisové služby, píše chybu oprávnění.',
  'Na cestmistrovství nejde internet, prosím o prověření routeru.',
  'Potřebuji přístup do sdílené složky odboru, kolegyně mi ho nemůže nasdílet.',
  'Outlook se stále ptá na heslo a nestahuje poštu.',
];

/**
 * Fills a store with `count` realistic tickets (about 1 KB each), 10 % open and the rest closed and
 * archived, through the store's own operations - the layout the bot itself would have made.
 */
export async function seedStore(dataDir: string, count: number, firstYear = 2024): Promise<void> {
  const store = await JsonStore.open({ dataDir, logger: createLogger('silent') });
  let ops: Op[] = [];
  const start = Date.UTC(firstYear, 0, 2, 8);
  const counters: Record<string, number> = {};
  const spacing = 15 * 60_000; // 100,000 tickets over almost three years, about 35 monthly archives
  for (let n = 1; n <= count; n++) {
    const at = new Date(start + n * spacing).toISOString();
    const year = Number(at.slice(0, 4));
    counters[`ticket-${year}`] = (counters[`ticket-${year}`] ?? 0) + 1;
    const id = formatTicketId(year, counters[`ticket-${year}`]!);
    const text = TEXTS[n % TEXTS.length]!;
    const requester = `00000000-0000-4000-8000-${String(n % 5000).padStart(12, '0')}`;
    const ticket: Ticket = {
      id, version: 3, title: text.slice(0, 60), description: text, language: 'cs',
      requester: { id: requester, name: `Uživatel ${n % 5000}`, upn: `uzivatel${n % 5000}@ku.demo-kraj.cz` },
      organisation: 'KU', site: 'ku-skroupova', district: 'plzen-mesto', office: String(100 + (n % 300)),
      category: CATEGORY_IDS[n % CATEGORY_IDS.length]!, priority: PRIORITIES[n % 4]!,
      status: n % 10 === 0 ? 'new' : 'closed', team: 'service-desk', assignee: null,
      entities: { rooms: [String(100 + (n % 300))], assetTags: [], phones: [], applications: [] },
      createdAt: at, updatedAt: at,
      history: [
        { at, actor: requester, action: 'created', to: 'new' },
        { at, actor: '00000000-0000-0000-0000-0000000000021', action: 'resolved', from: 'new', to: 'resolved', comment: 'Vyřešeno na místě.' },
        { at, actor: 'system', action: 'closed', from: 'resolved', to: 'closed' },
      ],
    };
    ops.push(...(ticket.status === 'closed' ? archiveOps(ticket) : [{ c: 'tickets', k: id, v: ticket }]));
    if (ops.length >= 6000 || n === count) {
      await store.commit(ops);
      ops = [];
    }
  }
  await store.commit(Object.entries(counters).map(([k, v]) => ({ c: 'counters', k, v })));
  await store.compact();
  await store.close();
}
