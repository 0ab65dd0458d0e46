/**
 * Paging over HTTP with the real bot, store and Graph sandbox: a P1 at 22:00 pages the one on
 * call, the chain moves on when nobody acknowledges, exactly once per step across a restart; an
 * acknowledgement stops it and every copy of the card is updated; delivery failures move on at
 * once (to the fallback email at the end); only the paged, their team and managers may act.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { randomUUID } from 'node:crypto';
import { ADELE, ALEX, BOT, MEGAN, TENANT, type Persona } from '../support/activities.js';
import { click, LYNNE, TestTime } from './accounts-support.js';
import type { Page } from '../../src/domain/paging/page.js';

/** Wednesday 25 November 2026, 22:00 in Prague: Lynne is on call for the network team, Megan is next (backup). */
const NIGHT = '2026-11-25T21:00:00Z';
const PAGE_ID = 'PG-2026-00001';

const personal = (bot: BotHarness, who: Persona) => bot.connector.received.filter((r) => r.conversationId === `a:personal-${who.aadObjectId}`);
const alertCards = (bot: BotHarness, who: Persona) =>
  personal(bot, who).filter((r) => r.method === 'POST' && JSON.stringify(r.activity.attachments ?? []).includes('page.acknowledge'));
const updates = (bot: BotHarness, who: Persona) => personal(bot, who).filter((r) => r.method === 'PUT');
const pageOf = (bot: BotHarness, id = PAGE_ID): Page => bot.app.oncall.paging.get(id)!;

async function reportOutage(bot: BotHarness): Promise<string> {
  await bot.say(ALEX, 'Celý úřad nemá internet, nikdo nemůže pracovat');
  const confirmed = await bot.say(ALEX, 'ano');
  const id = /HD-\d{4}-\d{5}/u.exec(allText(confirmed.replies))?.[0];
  expect(id, allText(confirmed.replies)).toBeDefined();
  await bot.app.settled(); // the alert card goes out in the background, not in Alex's turn
  return id!;
}

describe('paging the on-call chain', () => {
  let bot: BotHarness;
  let time: TestTime;

  beforeEach(async () => {
    time = new TestTime(NIGHT);
    bot = await new BotHarness({ clock: time.clock, ticketTimer: time.timer, accountTimer: time.timer, pagingTimer: time.timer }).start();
    for (const who of [LYNNE, MEGAN, ADELE, ALEX]) await bot.say(who, 'nápověda'); // each has a personal chat with the bot
  });
  afterEach(async () => bot.stop());

  it('a P1 at 22:00 pages Lynne at once with the alert card: what, priority, ticket, organisation, buttons', async () => {
    const ticketId = await reportOutage(bot);
    const cards = alertCards(bot, LYNNE);
    expect(cards).toHaveLength(1);
    const card = JSON.stringify(cards[0]!.activity.attachments![0]!.content);
    for (const text of ['Výzva pohotovosti PG-2026-00001', 'P1', ticketId, 'Síť a telefonie', 'Krajský úřad', 'Čeká na potvrzení', 'Potvrdit', 'Eskalovat', 'Vyřešeno',
      'zavolán(a) Lynne Robbins (krok 1)']) { // the card as first sent already lists its own delivery
      expect(card).toContain(text);
    }
    expect(alertCards(bot, MEGAN)).toHaveLength(0);
    expect(pageOf(bot)).toMatchObject({ ticketId, teamId: 'network', source: 'ticket', status: 'open', step: 1 });
  });

  it('without an acknowledgement: Lynne again after 10 min, then Megan (backup) after 10 more; exactly once per step across a restart', async () => {
    await reportOutage(bot);
    time.advance(9);
    await time.fire();
    expect(alertCards(bot, LYNNE)).toHaveLength(1);
    time.advance(1);
    await time.fire();
    expect(alertCards(bot, LYNNE)).toHaveLength(2);
    await bot.restart();
    await time.fire();
    expect(alertCards(bot, LYNNE)).toHaveLength(2);
    time.advance(10);
    await bot.restart(); // the step fell due while the bot was down: it fires at start, once
    await time.fire();
    await time.fire();
    expect(alertCards(bot, MEGAN)).toHaveLength(1);
    expect(alertCards(bot, LYNNE)).toHaveLength(2);
    expect(pageOf(bot).timeline.filter((e) => e.kind === 'paged').map((e) => [e.personId, e.step]))
      .toEqual([[LYNNE.aadObjectId, 0], [LYNNE.aadObjectId, 1], [MEGAN.aadObjectId, 2]]);
  });

  it('Megan acknowledges: the chain stops, every copy of the card is updated in place, she takes the ticket', async () => {
    const ticketId = await reportOutage(bot);
    for (const _step of [1, 2]) {
      time.advance(10);
      await time.fire();
    }
    expect(alertCards(bot, MEGAN)).toHaveLength(1);
    const { answer } = await click(bot, MEGAN, 'page.acknowledge', { pageId: PAGE_ID, shown: 'open' });
    expect(JSON.stringify(answer.value)).toContain('Převzal(a) Megan Bowen');
    expect(pageOf(bot)).toMatchObject({ status: 'acknowledged', acknowledgedBy: MEGAN.aadObjectId, nextStepAt: null });
    expect(updates(bot, LYNNE)).toHaveLength(2);
    expect(updates(bot, MEGAN)).toHaveLength(1);
    expect(JSON.stringify(updates(bot, LYNNE)[0]!.activity)).toContain('Převzal(a) Megan Bowen');
    expect(bot.app.tickets.workflow.get(ticketId)).toMatchObject({ assignee: MEGAN.aadObjectId, status: 'in-progress' });
    time.advance(120);
    await time.fire();
    expect(alertCards(bot, ADELE)).toHaveLength(0);
    expect(alertCards(bot, LYNNE)).toHaveLength(2);
  });

  it('a second click and a stale card change nothing and say why; Resolve ends the page and records the work', async () => {
    await reportOutage(bot);
    await click(bot, LYNNE, 'page.acknowledge', { pageId: PAGE_ID, shown: 'open' });
    const again = await click(bot, LYNNE, 'page.acknowledge', { pageId: PAGE_ID, shown: 'open' });
    expect(JSON.stringify(again.answer.value)).toContain('Výzva se mezitím změnila');
    expect(pageOf(bot).timeline.filter((e) => e.kind === 'acknowledged')).toHaveLength(1);
    time.advance(95);
    const resolved = await click(bot, LYNNE, 'page.resolve', { pageId: PAGE_ID, shown: 'acknowledged' });
    expect(JSON.stringify(resolved.answer.value)).toContain('Vyřešil(a) Lynne Robbins');
    const work = await bot.app.oncall.incidents.workBetween(new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    expect(work).toEqual([
      { personId: LYNNE.aadObjectId, pagedAt: expect.any(String), workedMinutes: 0, paged: true },
      { personId: LYNNE.aadObjectId, pagedAt: expect.any(String), workedMinutes: 95, paged: false },
    ]);
  });

  it('only the paged, their team and managers act: Alex\'s forged click is refused, a garbage payload too', async () => {
    await reportOutage(bot);
    const forged = await click(bot, ALEX, 'page.acknowledge', { pageId: PAGE_ID, shown: 'open' });
    expect(forged.answer.value).toContain('Na tuto výzvu může reagovat jen');
    const garbage = await click(bot, LYNNE, 'page.acknowledge', { pageId: '../../etc', shown: 'open' });
    expect(garbage.answer.value).toContain('Takovou výzvu neznám');
    expect(pageOf(bot).status).toBe('open');
    expect(allText((await bot.say(ALEX, `výzva ${PAGE_ID}`)).replies)).toContain('Takovou výzvu neznám');
    expect(allText((await bot.say(ADELE, `výzva ${PAGE_ID}`)).replies)).toContain('Výzva pohotovosti PG-2026-00001');
  });

  it('Escalate pages the next step now', async () => {
    await reportOutage(bot);
    await click(bot, LYNNE, 'page.escalate', { pageId: PAGE_ID, shown: 'open' });
    await bot.app.settled();
    expect(alertCards(bot, LYNNE)).toHaveLength(2);
    expect(pageOf(bot).timeline.map((e) => e.kind)).toEqual(['opened', 'paged', 'escalated', 'paged']);
  });

  it('a delivery failure moves to the next step at once: nobody can reach Lynne, so Megan is paged in the same turn', async () => {
    bot.app.store.commitLazily([{ c: 'conversationRefs', k: LYNNE.aadObjectId, d: true }]);
    await reportOutage(bot);
    expect(alertCards(bot, MEGAN)).toHaveLength(1);
    const kinds = pageOf(bot).timeline.map((e) => `${e.kind}:${e.step ?? ''}`);
    expect(kinds).toEqual(['opened:', 'delivery-failed:0', 'delivery-failed:1', 'paged:2']);
  });

  it('inside business hours a P1 goes to the team as usual and pages nobody', async () => {
    time.at = new Date('2026-11-25T09:00:00Z');
    await reportOutage(bot);
    expect(alertCards(bot, LYNNE)).toHaveLength(0);
    expect(bot.app.store.values('pages')).toHaveLength(0);
  });

  it('a manual page by a technician; refused for an employee; "page <not a team>: …" from an employee is a problem report', async () => {
    const sent = await bot.say(MEGAN, 'zavolej pohotovost servery: Padá diskové pole, hlásí chyby řadiče');
    await bot.app.settled();
    expect(allText(sent.replies)).toContain('Výzva PG-2026-00001 odešla na pohotovost týmu Servery a hosting, volám: Lynne Robbins');
    expect(JSON.stringify(alertCards(bot, LYNNE)[0]!.activity)).toContain('Padá diskové pole');
    expect(allText((await bot.say(ALEX, 'zavolej pohotovost síť: test')).replies)).toContain('Pohotovost mohou volat jen technici');
    expect(allText((await bot.say(MEGAN, 'zavolej pohotovost')).replies)).toContain('Napište tým a co se děje');
    const report = await bot.say(ALEX, 'page loading: the intranet shows an error 500');
    expect(allText(report.replies)).not.toContain('Pohotovost mohou volat');
    expect(bot.app.store.values('pages')).toHaveLength(1);
  });

  it('the alert endpoint is off (503) when no ALERTS_TOKEN is configured', async () => {
    const res = await fetch(`${bot.url}/api/alerts`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body: '{}' });
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('ALERTS_TOKEN');
  });

  it('the standby report counts pages received (once per page) and incident hours (acknowledged → resolved)', async () => {
    await reportOutage(bot);
    for (const _step of [1, 2]) {
      time.advance(10);
      await time.fire();
    }
    await click(bot, MEGAN, 'page.acknowledge', { pageId: PAGE_ID, shown: 'open' });
    time.advance(90);
    await click(bot, MEGAN, 'page.resolve', { pageId: PAGE_ID, shown: 'acknowledged' });
    const turn = await bot.say(ADELE, 'výkaz pohotovosti 2026-11');
    const facts = turn.replies.flatMap((r) => (r.attachments ?? []).flatMap((a) => ((a.content as { body: { facts?: { title: string; value: string }[] }[] }).body)))
      .flatMap((e) => e.facts ?? []);
    const row = (name: string) => facts.find((f) => f.title === name)?.value ?? '';
    expect(row('Lynne Robbins')).toMatch(/ · 1 · 0$/u);
    expect(row('Megan Bowen')).toMatch(/ · 1 · 1,5$/u);
  });

  it('when nobody acknowledges the whole chain, the service-desk channel is told once; the card says so', async () => {
    const channelId = '19:channel-service-desk@thread.tacv2';
    await bot.send({
      type: 'conversationUpdate', id: randomUUID(), channelId: 'msteams', serviceUrl: bot.connector.url, recipient: BOT, membersAdded: [{ id: BOT.id }],
      from: { id: MEGAN.id, name: MEGAN.name, aadObjectId: MEGAN.aadObjectId },
      conversation: { id: channelId, conversationType: 'channel', isGroup: true, tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: { id: '19:team-oit@thread.tacv2' }, channel: { id: channelId } },
    });
    await reportOutage(bot);
    for (const wait of [10, 10, 15, 30, 30]) {
      time.advance(wait);
      await time.fire();
    }
    const told = bot.connector.received.filter((r) => r.conversationId === channelId && (r.activity.text ?? '').includes('nikdo nepotvrdil'));
    expect(told).toHaveLength(1);
    expect(told[0]!.activity.text).toContain('Zavoláni: Lynne Robbins, Megan Bowen, Adele Vance');
    expect(pageOf(bot).timeline.map((e) => e.kind)).toEqual(['opened', 'paged', 'paged', 'paged', 'paged', 'mailed', 'chain-exhausted']);
    expect(JSON.stringify(updates(bot, LYNNE).at(-1)!.activity)).toContain('Nikdo nepotvrdil');
    time.advance(60);
    await time.fire();
    expect(bot.connector.received.filter((r) => r.conversationId === channelId && (r.activity.text ?? '').includes('nikdo nepotvrdil'))).toHaveLength(1);
  });
});
