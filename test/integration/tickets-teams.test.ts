import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { ADELE, ALEX, BOT, ISAIAH, MEGAN, TENANT, type Persona } from '../support/activities.js';
import { click, LYNNE, TestTime, type InvokeAnswer } from './accounts-support.js';
import type { Ticket } from '../../src/domain/tickets/ticket.js';

const TEAM_ID = '19:team-oit@thread.tacv2';
const CHANNEL_ID = '19:channel-service-desk@thread.tacv2';
const ID = 'HD-2026-00001';

function channelActivity(serviceUrl: string, from: Persona, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    id: randomUUID(), timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl, locale: 'en-US',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId }, recipient: BOT,
    conversation: { id: `${CHANNEL_ID};messageid=1`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: TEAM_ID }, channel: { id: CHANNEL_ID } },
    ...extra,
  };
}

async function clickInChannel(bot: BotHarness, from: Persona, verb: string, data: Record<string, unknown>): Promise<InvokeAnswer> {
  const turn = await bot.send(channelActivity(bot.connector.url, from, {
    type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } },
  }));
  expect(turn.status).toBe(200);
  return JSON.parse(turn.body) as InvokeAnswer;
}

const ticketOf = (bot: BotHarness) => bot.app.tickets.workflow.get(ID)!;
const channelPosts = (bot: BotHarness) => bot.connector.received.filter((r) => r.conversationId === CHANNEL_ID);
const personal = (bot: BotHarness, who: Persona) => bot.connector.received.filter((r) => r.conversationId === `a:personal-${who.aadObjectId}`);

describe('tickets in Teams: the team channel card, technicians\' actions, requester messages', () => {
  let bot: BotHarness;
  let time: TestTime;
  beforeEach(async () => {
    time = new TestTime('2026-03-09T08:00:00Z');
    bot = await new BotHarness({ clock: time.clock, ticketTimer: time.timer, accountTimer: time.timer }).start();
    await bot.send(channelActivity(bot.connector.url, MEGAN, { type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] }));
    await bot.say(MEGAN, 'nápověda');
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    await bot.say(ALEX, 'ano');
  });
  afterEach(async () => bot.stop());

  it('posts each new ticket as a card in its team channel, with a refresh for the team\'s technicians', async () => {
    const posts = channelPosts(bot).filter((p) => p.method === 'POST' && JSON.stringify(p.activity).includes(ID));
    expect(posts).toHaveLength(1);
    const card = posts[0]!.activity.attachments![0]!.content as { refresh: { userIds: string[]; action: { verb: string } }; actions?: unknown };
    expect(card.refresh.action.verb).toBe('ticket.refresh');
    expect(card.refresh.userIds).toContain(MEGAN.aadObjectId);
    expect(card.actions).toBeUndefined();
    expect(bot.app.store.get('ticketChannelPosts', ID)).toMatchObject({ channelId: CHANNEL_ID, activityId: expect.any(String) });
  });

  it('take updates the channel card in place, answers the technician with their own buttons, and tells the requester', async () => {
    const answer = await clickInChannel(bot, MEGAN, 'ticket.take', { ticketId: ID, version: 1, view: 'technician' });
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(answer.value)).toContain('ticket.resolve');
    expect(JSON.stringify(answer.value)).not.toContain('ticket.take');
    expect(ticketOf(bot)).toMatchObject({ status: 'in-progress', assignee: MEGAN.aadObjectId, version: 2 });
    const activityId = bot.app.store.get<{ activityId: string }>('ticketChannelPosts', ID)!.activityId;
    const update = channelPosts(bot).find((p) => p.method === 'PUT');
    expect(update?.path).toContain(encodeURIComponent(activityId));
    expect(allText(personal(bot, ALEX).map((p) => p.activity))).toContain('Řeší se');
  });

  it('refuses a forged action from the requester on the technician card, and a stale card; nothing changes', async () => {
    const forged = await clickInChannel(bot, ALEX, 'ticket.resolve', { ticketId: ID, version: 1, view: 'technician', note: 'hotovo', minutes: 1 });
    expect(forged.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(forged.value)).toContain('nemůžete');
    const forgedInPersonal = await click(bot, ALEX, 'ticket.take', { ticketId: ID, version: 1, view: 'technician' });
    expect(String(forgedInPersonal.answer.value)).toContain('nemůžete');
    expect(ticketOf(bot).version).toBe(1);
    await clickInChannel(bot, MEGAN, 'ticket.take', { ticketId: ID, version: 1, view: 'technician' });
    const stale = await clickInChannel(bot, LYNNE, 'ticket.take', { ticketId: ID, version: 1, view: 'technician' });
    expect(stale.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(stale.value)).toContain('Požadavek se mezitím změnil');
    expect(ticketOf(bot)).toMatchObject({ assignee: MEGAN.aadObjectId, version: 2 });
  });

  it('refresh shows a technician their buttons, the requester none, and someone else nothing', async () => {
    const mine = await clickInChannel(bot, MEGAN, 'ticket.refresh', { ticketId: ID, version: 1, view: 'technician' });
    expect(JSON.stringify(mine.value)).toContain('ticket.take');
    const theirs = await clickInChannel(bot, ALEX, 'ticket.refresh', { ticketId: ID, version: 1, view: 'technician' });
    expect((theirs.value as { actions?: unknown }).actions).toBeUndefined();
    // someone who may not see the ticket (neither its requester nor OIT) gets no card, however the invoke is made
    const stranger = await clickInChannel(bot, ISAIAH, 'ticket.refresh', { ticketId: ID, version: 1, view: 'technician' });
    expect(stranger.type).toBe('application/vnd.microsoft.activity.message');
    expect(JSON.stringify(stranger.value)).not.toContain('tiskárna');
  });

  it('comment reaches the requester; resolve with solution and minutes; "nevyřešeno" reopens; rating after resolution', async () => {
    await clickInChannel(bot, MEGAN, 'ticket.take', { ticketId: ID, version: 1, view: 'technician' });
    await clickInChannel(bot, MEGAN, 'ticket.comment', { ticketId: ID, version: 2, view: 'technician', text: 'Přijdu ve 14 h' });
    expect(allText(personal(bot, ALEX).map((p) => p.activity))).toContain('Přijdu ve 14 h');
    const bad = await clickInChannel(bot, MEGAN, 'ticket.resolve', { ticketId: ID, version: 3, view: 'technician', note: 'Toner', minutes: 'x' });
    expect(String(bad.value)).toContain('Chybí');
    await clickInChannel(bot, MEGAN, 'ticket.resolve', { ticketId: ID, version: 3, view: 'technician', note: 'Vyměněn toner', minutes: '25' });
    expect(ticketOf(bot)).toMatchObject({ status: 'resolved', resolution: { minutes: 25, note: 'Vyměněn toner' } });
    expect(allText(personal(bot, ALEX).map((p) => p.activity))).toContain('Vyměněn toner');
    const detail = await bot.say(ALEX, ID);
    expect(allText(detail.replies)).toContain('ticket.rate');
    const rated = await click(bot, ALEX, 'ticket.rate', { ticketId: ID, version: 4, view: 'requester', rating: '5' });
    expect(rated.answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(ticketOf(bot).rating?.value).toBe(5);
    const toMegan = personal(bot, MEGAN).length;
    await click(bot, ALEX, 'ticket.comment', { ticketId: ID, version: 5, view: 'requester', text: 'Tiskne, ale pruhovaně' });
    expect(allText(personal(bot, MEGAN).slice(toMegan).map((p) => p.activity))).toContain('Tiskne, ale pruhovaně');
    const onResolved = allText((await bot.say(ALEX, `K ${ID}: tiskne, ale pořád pruhovaně a bledě`)).replies);
    expect(onResolved).toContain(`Připsal jsem to k požadavku **${ID}** (stav: Vyřešený)`);
    expect(onResolved).toContain(`napište „nevyřešeno ${ID}“`);
    const reopen = await bot.say(ALEX, 'nevyřešeno');
    expect(allText(reopen.replies)).toContain(`Požadavek ${ID} jsem znovu otevřel`);
    expect(ticketOf(bot).status).toBe('in-progress');
    expect(channelPosts(bot).filter((p) => p.method === 'PUT').length).toBeGreaterThanOrEqual(5);
  });

  it('"fronta" lists the technician\'s queue (the head of OIT: every team\'s, and their cards); a requester has none; "ticket HD-…" shows technicians the card, other requesters nothing', async () => {
    expect(allText((await bot.say(MEGAN, 'fronta')).replies)).toContain(ID);
    expect(allText((await bot.say(ALEX, 'my queue')).replies)).toContain('Frontu vidí jen technici OIT');
    // the head of OIT, in no team's member list, sees every team's queue and any ticket, without a technician's buttons
    expect(allText((await bot.say(ADELE, 'fronta')).replies)).toContain(ID);
    const overseen = allText((await bot.say(ADELE, `ticket ${ID}`)).replies);
    expect(overseen).toContain(`Požadavek ${ID}`);
    expect(overseen).not.toMatch(/ticket\.(take|cancel|comment)/u);
    expect(allText((await bot.say(LYNNE, `ticket ${ID}`)).replies)).toContain('ticket.take');
    const other = allText((await bot.say(ISAIAH, `ticket ${ID}`)).replies);
    expect(other).toMatch(/nenašel|could not find/u);
    expect(other).not.toContain('ticket.take');
    expect(allText((await bot.say(ALEX, ID)).replies)).toContain('ticket.cancel');
  });

  it('a short question naming a ticket shows its card; "zrušit HD-…" cancels it; a longer message is a comment on it', async () => {
    for (const text of [`stav ${ID}`, `${ID}?`, `co je s ${ID.toLowerCase()}?`, `status of ${ID}`, `jak je na tom ${ID}`]) {
      const replies = allText((await bot.say(ALEX, text)).replies);
      expect(replies, text).toContain(`Požadavek ${ID}`);
      expect(replies, text).toContain('ticket.cancel');
    }
    expect(allText((await bot.say(ALEX, 'stav HD-2026-00099')).replies)).toMatch(/HD-2026-00099.*nenašel|nenašel.*HD-2026-00099/su);
    expect(allText((await bot.say(ISAIAH, `stav ${ID}`)).replies)).not.toContain('ticket.cancel');
    expect(ticketOf(bot).status).toBe('new');

    // a longer message naming the ticket is added to it as a comment, which its team is told of; no new draft
    const toMegan = personal(bot, MEGAN).length;
    const long = allText((await bot.say(ALEX, `Píšu kvůli ${ID}: tiskárna v kanceláři 312 pořád netiskne a hlásí chybu`)).replies);
    expect(long).toContain(`Připsal jsem to k požadavku **${ID}**`);
    expect(long).not.toContain('Mám založit');
    expect(ticketOf(bot).history.at(-1)).toMatchObject({ action: 'comment', actor: ALEX.aadObjectId });
    expect(ticketOf(bot).history.at(-1)?.comment).toContain('pořád netiskne');
    expect(allText(personal(bot, MEGAN).slice(toMegan).map((p) => p.activity))).toContain('pořád netiskne');
    expect(bot.app.store.keys('tickets')).toHaveLength(1);
    // someone else's ticket: their own new request, and nothing said of that ticket
    const other = allText((await bot.say(ISAIAH, `Píšu kvůli ${ID}, u nás v kanceláři taky nic netiskne`)).replies);
    expect(other).toMatch(/Mám založit tento požadavek\?|Pomohlo to\?|Vyberte prosím oblast/u);
    expect(ticketOf(bot).history.filter((h) => h.actor === ISAIAH.aadObjectId)).toEqual([]);
    await bot.say(ISAIAH, 'zrušit');

    expect(allText((await bot.say(ALEX, `zrušit ${ID}`)).replies)).toContain(`Požadavek ${ID} jsem zrušil`);
    expect(ticketOf(bot).status).toBe('cancelled');
    // about a cancelled ticket, a longer message is a new request again, not a comment nobody reads
    const afterCancel = allText((await bot.say(ALEX, `Jako u ${ID}: tiskárna v kanceláři 312 zase netiskne`)).replies);
    expect(afterCancel).not.toContain('Připsal jsem to');
    expect(afterCancel).toMatch(/Mám založit tento požadavek\?|Pomohlo to\?/u);
  });

  it('each recipient in their language: the channel card in the team\'s (Czech), a note in another language quoted as such (issue #24)', async () => {
    const draft = await bot.say(ISAIAH, 'The docking station on my desk does not charge my laptop anymore');
    expect(allText(draft.replies)).toContain('Shall I open this ticket?');
    await bot.say(ISAIAH, 'yes');
    const english = bot.app.store.values<Ticket>('tickets').find((t) => t.requester.id === ISAIAH.aadObjectId)!;
    expect(english.language).toBe('en');
    const post = channelPosts(bot).find((p) => p.method === 'POST' && JSON.stringify(p.activity).includes(english.id));
    expect(JSON.stringify(post?.activity)).toContain(`Požadavek ${english.id}`);
    const toAlex = personal(bot, ALEX).length;
    await clickInChannel(bot, MEGAN, 'ticket.take', { ticketId: ID, version: 1, view: 'technician' });
    await clickInChannel(bot, MEGAN, 'ticket.comment', { ticketId: ID, version: 2, view: 'technician', text: 'I will come at two in the afternoon' });
    expect(allText(personal(bot, ALEX).slice(toAlex).map((p) => p.activity))).toContain('„I will come at two in the afternoon“ (citováno v originále, anglicky)');
  });

  it('urging tells the assignee and lead, at most once per interval; the SLA tick alerts the lead', async () => {
    await clickInChannel(bot, MEGAN, 'ticket.take', { ticketId: ID, version: 1, view: 'technician' });
    const before = personal(bot, MEGAN).length;
    expect(allText((await bot.say(ALEX, `urgovat ${ID}`)).replies)).toContain(`Požadavek ${ID} jsem urgoval`);
    expect(allText(personal(bot, MEGAN).slice(before).map((p) => p.activity))).toContain('urguje');
    expect(allText((await bot.say(ALEX, `urgovat ${ID}`)).replies)).toContain('znovu');
    time.at = new Date('2026-03-12T09:00:00Z');
    await time.fire();
    expect(allText(personal(bot, MEGAN).map((p) => p.activity))).toContain('Blíží se termín vyřešení');
  });
});
