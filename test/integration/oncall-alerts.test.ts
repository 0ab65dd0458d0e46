/**
 * POST /api/alerts: the bearer token, bad JSON and bad fields answered with a 400 and a reason,
 * a ticket and a page per new key, repeated alerts grouped, 100 simultaneous alerts without loss
 * or duplicates, and a chain whose Teams deliveries all fail ending in the fallback email.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { ADELE, MEGAN, type Persona } from '../support/activities.js';
import { LYNNE, TestTime } from './accounts-support.js';
import type { Page } from '../../src/domain/paging/page.js';
import type { Ticket } from '../../src/domain/tickets/ticket.js';

const TOKEN = 'test-alerts-token-0123456789abcdef';
const NIGHT = '2026-11-25T21:00:00Z';

const alertCards = (bot: BotHarness, who: Persona) => bot.connector.received.filter((r) =>
  r.method === 'POST' && r.conversationId === `a:personal-${who.aadObjectId}` && JSON.stringify(r.activity.attachments ?? []).includes('page.acknowledge'));

async function post(bot: BotHarness, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }, settle = true): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${bot.url}/api/alerts`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (settle) await bot.app.settled(); // cards go out in the background, not in the request
  return { status: res.status, json };
}

const ALERT = { key: 'core-switch-ku', title: 'Páteřní switch KÚ nedostupný', description: 'ping timeout 5/5 z Zabbixu', team: 'network', organisation: 'KU' };

describe('the alert endpoint for monitoring', () => {
  let bot: BotHarness;
  let time: TestTime;

  beforeEach(async () => {
    time = new TestTime(NIGHT);
    bot = await new BotHarness({ clock: time.clock, ticketTimer: time.timer, accountTimer: time.timer, pagingTimer: time.timer, env: { ALERTS_TOKEN: TOKEN } }).start();
    for (const who of [LYNNE, MEGAN, ADELE]) await bot.say(who, 'nápověda');
  });
  afterEach(async () => bot.stop());

  it('refuses a request without a token or with a wrong one, before reading the body', async () => {
    expect((await post(bot, ALERT, {})).status).toBe(401);
    expect((await post(bot, ALERT, { authorization: 'Bearer wrong-token-wrong-token-wrong' })).status).toBe(401);
    expect((await post(bot, '{not json', {})).status).toBe(401);
    expect((await post(bot, ALERT, { authorization: TOKEN })).status).toBe(401);
    expect(bot.app.store.values('pages')).toHaveLength(0);
  });

  it('answers bad JSON and invalid fields with a 400 and the reason', async () => {
    const bad = await post(bot, '{"key": "x", "title": ');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json)).toMatch(/JSON/iu);
    const missing = await post(bot, { key: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.json.reason).toContain('title');
    const unknownTeam = await post(bot, { ...ALERT, team: 'kuchyne' });
    expect(unknownTeam.status).toBe(400);
    expect(unknownTeam.json.reason).toContain('team');
    expect((await post(bot, { ...ALERT, extra: 1 })).status).toBe(400);
    expect((await post(bot, { ...ALERT, ticketId: 'HD-2026-99999' })).json.reason).toContain('no ticket');
    expect(bot.app.store.values('pages')).toHaveLength(0);
  });

  it('opens a ticket and pages the on-call; a repeated alert with the same key joins the page; a resolved page lets a new one open', async () => {
    const first = await post(bot, ALERT);
    expect(first.status).toBe(202);
    expect(first.json).toMatchObject({ pageId: 'PG-2026-00001', ticketId: 'HD-2026-00001', grouped: false, status: 'open' });
    const ticket = bot.app.tickets.workflow.get('HD-2026-00001') as Ticket;
    expect(ticket).toMatchObject({ priority: 'P1', category: 'network', organisation: 'KU', requester: { name: 'Monitoring' } });
    expect(alertCards(bot, LYNNE)).toHaveLength(1);
    const again = await post(bot, ALERT);
    expect(again).toMatchObject({ status: 200, json: { pageId: 'PG-2026-00001', grouped: true } });
    expect(alertCards(bot, LYNNE)).toHaveLength(1);
    const page = bot.app.oncall.paging.get('PG-2026-00001')!;
    expect(page.repeats).toBe(1);
    expect(bot.connector.received.some((r) => r.method === 'PUT' && JSON.stringify(r.activity).includes('Opakování alertu'))).toBe(true);
    await bot.app.oncall.paging.act(page.id, LYNNE.aadObjectId, 'resolve', 'open');
    const after = await post(bot, ALERT);
    expect(after.json).toMatchObject({ pageId: 'PG-2026-00002', grouped: false });
  });

  it('links an existing ticket instead of opening one; when that ticket is being paged, the alert joins its page', async () => {
    await post(bot, { ...ALERT, key: 'first' });
    const joined = await post(bot, { ...ALERT, key: 'second', ticketId: 'HD-2026-00001' });
    expect(joined.json).toMatchObject({ pageId: 'PG-2026-00001', ticketId: 'HD-2026-00001', grouped: true });
    await bot.app.oncall.paging.act('PG-2026-00001', LYNNE.aadObjectId, 'resolve', 'open');
    const linked = await post(bot, { ...ALERT, key: 'second', ticketId: 'HD-2026-00001' });
    expect(linked.json).toMatchObject({ pageId: 'PG-2026-00002', ticketId: 'HD-2026-00001', grouped: false });
    expect(bot.app.store.values('tickets')).toHaveLength(1);
  });

  it('100 simultaneous alerts over 10 keys: 10 pages, 10 tickets, each paged once, none lost', async () => {
    const replies = await Promise.all(Array.from({ length: 100 }, (_, i) => post(bot, { ...ALERT, key: `key-${i % 10}`, title: `Alert ${i % 10}` })));
    expect(replies.every((r) => r.status === 200 || r.status === 202)).toBe(true);
    expect(replies.filter((r) => r.json.grouped === false)).toHaveLength(10);
    const pages = bot.app.store.values<Page>('pages');
    expect(pages).toHaveLength(10);
    expect(new Set(pages.map((p) => p.alertKey)).size).toBe(10);
    expect(pages.reduce((sum, p) => sum + p.repeats, 0)).toBe(90);
    expect(bot.app.store.values('tickets')).toHaveLength(10);
    expect(alertCards(bot, LYNNE)).toHaveLength(10);
  });

  it('Teams refuses every card (403 MessageWritesBlocked): the chain moves on at once and ends with the email to the head of OIT', async () => {
    bot.connector.failWith = { status: 403, code: 'MessageWritesBlocked' };
    expect((await post(bot, ALERT)).status).toBe(202);
    const page = bot.app.oncall.paging.get('PG-2026-00001')!;
    expect(page.timeline.map((e) => e.kind)).toEqual(['opened', 'delivery-failed', 'delivery-failed', 'delivery-failed', 'delivery-failed', 'mailed']);
    expect(page.timeline[1]!.detail).toContain('403');
    const mail = bot.app.graph!.sandbox!.directory.sentMail;
    expect(mail).toHaveLength(1);
    expect(JSON.stringify(mail[0])).toContain('PG-2026-00001');
    expect(mail[0]!.fromUserId).toBe(ADELE.aadObjectId);
  });

  it('a 5xx from Teams (after the connector client\'s own retries) moves the chain on; monitoring is answered at once', async () => {
    bot.connector.failWith = { status: 503, code: 'ServiceUnavailable' };
    const t0 = Date.now();
    expect((await post(bot, ALERT, { authorization: `Bearer ${TOKEN}` }, false)).status).toBe(202);
    expect(Date.now() - t0).toBeLessThan(2000);
    const timeline = () => bot.app.oncall.paging.get('PG-2026-00001')!.timeline;
    await expect.poll(() => timeline().some((e) => e.kind === 'delivery-failed'), { timeout: 15_000, interval: 50 }).toBe(true);
    bot.connector.failWith = null; // Teams is back: the next step (Lynne again) gets through
    await bot.app.settled();
    expect(timeline().map((e) => `${e.kind}:${e.step ?? ''}:${e.detail ?? ''}`)).toEqual(['opened::alert', 'delivery-failed:0:503 ServiceUnavailable', 'paged:1:']);
    expect(alertCards(bot, LYNNE)).toHaveLength(1);
  });
});
