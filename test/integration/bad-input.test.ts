import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { ALEX, ISAIAH, messageActivity, type Persona } from '../support/activities.js';
import type { Ticket } from '../../src/domain/tickets/ticket.js';

const NOW = new Date('2026-11-26T09:15:00Z');
const STRANGER: Persona = { aadObjectId: '99999999-9999-9999-9999-999999999999', name: 'Neznámý Host', id: '29:stranger' };

describe('bad input gets a clear answer and loses nothing', () => {
  let bot: BotHarness;
  beforeEach(async () => {
    bot = await new BotHarness({ clock: { now: () => NOW } }).start();
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    await bot.say(ALEX, 'ano');
  });
  afterEach(async () => bot.stop());

  const ticketCount = () => bot.app.store.keys('tickets').length;

  it('a 200 KB message: kept to 4,000 characters, with a note, and the flow goes on', async () => {
    const huge = `Nefunguje tiskárna. ${'Dlouhý popis problému s tiskárnou. '.repeat(6000)}`.slice(0, 200_000);
    const turn = await bot.say(ALEX, huge);
    expect(turn.status).toBe(200);
    const text = allText(turn.replies);
    expect(text).toContain('prvních 4000 znaků');
    expect(text).toContain('Mám založit tento požadavek?');
    await bot.say(ALEX, 'ano');
    const created = bot.app.store.get<Ticket>('tickets', 'HD-2026-00002')!;
    expect(created.description.length).toBe(4000);
  });

  it('an empty message gets help', async () => {
    const turn = await bot.say(ALEX, '   ');
    expect(allText(turn.replies)).toContain('S čím vám mohu pomoci');
  });

  it('an activity without from.aadObjectId is refused with a sentence, not processed', async () => {
    const activity = messageActivity(bot.connector.url, ALEX, 'Nefunguje mi tiskárna');
    delete (activity.from as Record<string, unknown>).aadObjectId;
    const turn = await bot.send(activity);
    expect(turn.status).toBe(200);
    expect(allText(turn.replies)).toContain('Nemohu ověřit, kdo jste');
    expect(ticketCount()).toBe(1);
  });

  it('a user the directory does not know still gets a ticket, with a note', async () => {
    await bot.say(STRANGER, 'Nefunguje mi myš u počítače');
    const turn = await bot.say(STRANGER, 'ano');
    expect(allText(turn.replies)).toContain('nenašel v adresáři');
    const ticket = bot.app.store.get<Ticket>('tickets', 'HD-2026-00002')!;
    expect(ticket.organisation).toBeNull();
    expect(ticket.requester.id).toBe(STRANGER.aadObjectId);
  });

  it('malformed JSON gets a 400 and changes nothing', async () => {
    const turn = await bot.send('{"type":"message", "text": ');
    expect(turn.status).toBe(400);
    expect(turn.replies).toHaveLength(0);
    expect(ticketCount()).toBe(1);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
  });

  it('a body over the size limit gets a 413', async () => {
    const activity = messageActivity(bot.connector.url, ALEX, 'x'.repeat(600 * 1024));
    const turn = await bot.send(activity);
    expect(turn.status).toBe(413);
    expect(ticketCount()).toBe(1);
  });

  it('a card action with no dialog waiting (stale or forged) is answered, and changes nothing', async () => {
    const turn = await bot.say(ALEX, '', { value: { helpdeskAction: 'confirm', answer: 'yes' } });
    expect(allText(turn.replies)).toContain('není aktuální');
    expect(ticketCount()).toBe(1);
  });

  it('the Graph directory down during ticket creation: the ticket is still created, organisation unknown', async () => {
    bot.app.graph!.sandbox!.faults.add({ path: '/users/**', times: 1000, action: { type: 'down', mode: 'reset' } });
    await bot.say(ISAIAH, 'Nejde mi zapnout monitor');
    const turn = await bot.say(ISAIAH, 'ano');
    expect(allText(turn.replies)).toContain('HD-2026-00002');
    expect(allText(turn.replies)).toContain('Adresář je teď nedostupný');
    const ticket = bot.app.store.get<Ticket>('tickets', 'HD-2026-00002')!;
    expect(ticket.organisation).toBeNull();
    expect(ticket.requester.id).toBe(ISAIAH.aadObjectId);
    expect(bot.log.lines.some((l) => l.msg === 'directory unavailable: requester details unknown')).toBe(true);
    expect(bot.app.store.get<Ticket>('tickets', 'HD-2026-00001')).toBeDefined();
  });

  it('a failing turn apologises with a correlation id and clears the broken dialog', async () => {
    await bot.say(ALEX, 'Nejde mi zapnout monitor');
    bot.connector.failWith = { status: 500, code: 'ServiceError' };
    const turn = await bot.say(ALEX, 'nápověda');
    bot.connector.failWith = null;
    expect(turn.status).toBe(200);
    const failed = bot.log.lines.find((l) => l.msg === 'turn failed');
    expect(typeof failed?.correlationId).toBe('string');
    const next = await bot.say(ALEX, 'ano');
    expect(allText(next.replies)).toContain('nerozuměl');
    expect(ticketCount()).toBe(1);
  });
  it('activities the bot does not act on get an HTTP answer, no message, and change nothing', async () => {
    const base = messageActivity(bot.connector.url, ALEX, '');
    delete base.text;
    const stored = JSON.stringify(bot.app.store.get<Ticket>('tickets', 'HD-2026-00001'));
    const others = [
      { ...base, type: 'typing' },
      { ...base, type: 'messageReaction', reactionsAdded: [{ type: 'like' }], replyToId: 'some-message' },
      { ...base, type: 'installationUpdate', action: 'remove' },
      { ...base, type: 'conversationUpdate', membersRemoved: [{ id: ALEX.id }] },
      { ...base, type: 'event', name: 'application/vnd.microsoft.meetingStart', value: {} },
      { ...base, type: 'no-such-type' },
    ];
    for (const activity of others) {
      const turn = await bot.send(activity);
      expect(turn.status, String(activity.type)).toBeLessThan(300);
      expect(turn.replies, String(activity.type)).toHaveLength(0);
    }
    const invoke = await bot.send({ ...base, type: 'invoke', name: 'no/such-invoke', value: {} });
    expect(invoke.status).toBe(501);
    expect(invoke.replies).toHaveLength(0);
    expect(ticketCount()).toBe(1);
    expect(JSON.stringify(bot.app.store.get<Ticket>('tickets', 'HD-2026-00001'))).toBe(stored);
    expect(allText((await bot.say(ALEX, 'moje požadavky')).replies)).toContain('HD-2026-00001');
  });

  it('odd text - invisible and control characters, punctuation alone, a script that is not Czech or English - gets help and opens nothing', async () => {
    for (const text of ['\u200b\u200b\u200b', '\u0007\u0001\u001b[31m', '?!?!', '....']) {
      const turn = await bot.say(ALEX, text);
      expect(turn.status).toBe(200);
      expect(allText(turn.replies), JSON.stringify(text)).toContain('moje požadavky');
    }
    for (const text of ['مرحبا كيف حالك', 'Привіт, у мене не працює принтер']) {
      const turn = await bot.say(ALEX, text);
      expect(allText(turn.replies), text).toContain('Rozumím jen česky a anglicky');
      expect(allText(turn.replies), text).toContain('I understand only Czech and English');
      expect(allText(turn.replies), text).toContain('moje požadavky');
    }
    expect(allText((await bot.say(ALEX, 'Nefunguje mi tiskárna, kterou mi nastavil kolega Шевченко')).replies)).toContain('Mám založit tento požadavek?');
    await bot.say(ALEX, 'zrušit');
    expect(ticketCount()).toBe(1);
    const turn = await bot.say(ALEX, 'Nefunguje\u200b mi\u0000 myš');
    expect(allText(turn.replies)).toContain('Mám založit tento požadavek?');
    await bot.say(ALEX, 'ano');
    expect(bot.app.store.get<Ticket>('tickets', 'HD-2026-00002')?.title).toBe('Nefunguje mi myš');
  });
});
