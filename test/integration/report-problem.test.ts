import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BotHarness, allText, press } from '../support/bot-harness.js';
import { ALEX, ISAIAH, conversationUpdate, messageActivity } from '../support/activities.js';
import type { Ticket } from '../../src/domain/tickets/ticket.js';

const NOW = new Date('2026-11-26T09:15:00Z');

describe('report a problem, end to end over HTTP', () => {
  let bot: BotHarness;
  beforeEach(async () => {
    bot = await new BotHarness({ clock: { now: () => NOW } }).start();
  });
  afterEach(async () => bot.stop());

  it('greets a new user by name, in Czech, and says what it can do', async () => {
    const turn = await bot.send(conversationUpdate(bot.connector.url, ALEX));
    expect(turn.status).toBe(200);
    expect(turn.replies).toHaveLength(1);
    const text = allText(turn.replies);
    expect(text).toContain('Dobrý den, Alex Wilber!');
    expect(text).toContain('moje požadavky');
  });

  it('confirms, creates the ticket with directory details, answers with its card, and lists it', async () => {
    const first = await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    expect(first.status).toBe(200);
    const confirm = allText(first.replies);
    expect(confirm).toContain('Mám založit tento požadavek?');
    expect(confirm).toContain('Založit požadavek');

    const second = await bot.say(ALEX, '', press(first.replies, 'Založit požadavek'));
    const created = allText(second.replies);
    expect(created).toContain('HD-2026-00001');
    expect(created).toContain('je založen');
    // what happens next: a P3 is answered within 4 business hours (Thursday 10:15 Prague → 14:15)
    expect(created).toContain('Technik se vám ozve nejpozději dnes v\u00a014:15. Budu vás informovat o jeho řešení.');
    expect(created).not.toContain('nepřetržitě');
    expect(created).toContain('{"title":"Reakce do","value":"26.\u00a011.\u00a02026 14:15"}');
    expect(created).toContain('{"title":"Vyřešit do","value":"1.\u00a012.\u00a02026 10:15"}');
    const card = second.replies[0]!.attachments![0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.version).toBe('1.5');

    const stored = bot.app.store.get<Ticket>('tickets', 'HD-2026-00001')!;
    expect(stored).toMatchObject({
      status: 'new', organisation: 'KU', office: '312', category: 'printer', createdAt: NOW.toISOString(),
      requester: { id: ALEX.aadObjectId, name: 'Alex Wilber' },
    });

    const list = await bot.say(ALEX, 'moje požadavky');
    expect(allText(list.replies)).toContain('HD-2026-00001');
    expect(allText(list.replies)).toContain('Nefunguje mi tiskárna');
  });

  it('the confirmation says where the ticket goes: the site the text names, else the requester\'s own from the directory', async () => {
    const own = await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    const site = bot.app.config.domain.sites.find((s) => s.id === 'ku-skroupova')?.name ?? '';
    expect(site).not.toBe('');
    expect(allText(own.replies)).toContain(`{"title":"Místo","value":"${site} (podle adresáře)"}`);
    await bot.say(ALEX, 'ano');
    expect(bot.app.store.get<Ticket>('tickets', 'HD-2026-00001')!.site).toBe('ku-skroupova');
    const named = await bot.say(ISAIAH, 'nejde nam internet na cestmistrovstvi v klatovech, nikdo se nepripoji');
    expect(allText(named.replies)).toContain('{"title":"Místo","value":"Cestmistrovství Klatovy"}');
    expect(allText(named.replies)).not.toContain('podle adresáře');
  });

  /** The store's journal, whose write to disk a test can hold or fail. */
  function journalOf(harness: BotHarness): { write(data: Buffer): Promise<void>; drain(): Promise<void> } {
    return (harness.app.store as unknown as { journal: ReturnType<typeof journalOf> }).journal;
  }

  it('tells the requester of an outage that it is handled around the clock and answered within 30 minutes', async () => {
    await bot.say(ISAIAH, 'nejde nam internet na cestmistrovstvi v klatovech, nikdo se nepripoji');
    const created = allText((await bot.say(ISAIAH, 'ano')).replies);
    expect(created).toContain('Požadavek **HD-2026-00001** je založen. Technik se vám ozve nejpozději dnes v\u00a010:45.');
    expect(created).toContain('Požadavky s prioritou P1 řešíme nepřetržitě, i mimo pracovní dobu.');
    expect(created).toContain('{"title":"Vyřešit do","value":"26.\u00a011.\u00a02026 14:15"}');
    await bot.say(ALEX, 'english please');
    await bot.say(ALEX, 'The printer in office 312 does not print');
    const english = allText((await bot.say(ALEX, 'yes')).replies);
    expect(english).toContain('Ticket **HD-2026-00002** has been opened. A technician will get back to you today by 14:15. I will keep you posted.');
  });

  it('sends the new ticket\'s card only once the ticket is on disk', async () => {
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    const journal = journalOf(bot);
    await journal.drain(); // the draft's lazy write (within 50 ms) is on disk: the write held below is the ticket's
    const realWrite = journal.write.bind(journal);
    const written: string[] = [];
    let diskDone!: () => void;
    const disk = new Promise<void>((resolve) => (diskDone = resolve));
    journal.write = async (data) => {
      written.push(data.toString('utf8'));
      await disk;
      return realWrite(data);
    };
    const before = bot.connector.received.length;
    const turn = bot.say(ALEX, 'ano');
    await vi.waitFor(() => expect(written.join('')).toContain('HD-2026-00001'));
    expect(bot.connector.received.slice(before)).toEqual([]);
    diskDone();
    const created = await turn;
    expect(allText(created.replies)).toContain('Požadavek **HD-2026-00001** je založen');
  });

  it('never sends the id of a ticket whose write failed, and says it was not saved', async () => {
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    await journalOf(bot).drain(); // the draft, written lazily (within 50 ms), is on disk: only the ticket's write fails
    journalOf(bot).write = async () => {
      throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    };
    const turn = await bot.say(ALEX, 'ano');
    expect(turn.status).toBe(200);
    expect(allText(turn.replies)).toContain('Požadavek se teď nepodařilo uložit (porucha úložiště)');
    expect(allText(bot.connector.received.map((r) => r.activity))).not.toContain('HD-2026-00001');
    expect(bot.log.lines.some((l) => l.msg === 'ticket not created: store unavailable')).toBe(true);
    // the store refuses further writes, and the bot says it is not ready, so that it gets restarted
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(503);
    // and the ticket that was not saved is nowhere: not in the user's list, not in the store
    const mine = await bot.say(ALEX, 'moje požadavky');
    expect(allText(mine.replies)).not.toContain('HD-2026-00001');
    expect(bot.app.store.keys('tickets')).toEqual([]);
  });

  it('asks for the description when the user only says they want to report something', async () => {
    for (const text of ['Mám problém', 'nefunguje mi to', 'potřebuju pomoc!']) {
      expect(allText((await bot.say(ALEX, text)).replies)).toContain('Popište prosím');
      await bot.say(ALEX, 'zrušit');
    }
    const first = await bot.say(ALEX, 'nahlásit problém');
    expect(allText(first.replies)).toContain('Popište prosím');
    const second = await bot.say(ALEX, 'Monitor bliká a zhasíná');
    expect(allText(second.replies)).toContain('Mám založit tento požadavek?');
    const third = await bot.say(ALEX, 'ano');
    expect(allText(third.replies)).toContain('HD-2026-00001');
    // inside a dialog the same words answer its question: here, the advice did not help
    expect(allText((await bot.say(ALEX, 'nejde mi tisknout, tiskarna hlasi chybu papiru')).replies)).toContain('Pomohlo to?');
    const notHelped = allText((await bot.say(ALEX, 'nefunguje to')).replies);
    expect(notHelped).not.toContain('Popište prosím');
    expect(notHelped).toContain('HD-2026-00002');
  });

  it('"zrušit" says what it stopped: a draft ticket, an account question, or that nothing was in progress', async () => {
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    expect(allText((await bot.say(ALEX, 'zrušit')).replies)).toContain('Dobře, požadavek nezakládám.');
    await bot.say(ALEX, 'můj účet'); // (not "reset hesla": Alex may reset only his own password, and that goes straight to self-service)
    const stopped = allText((await bot.say(ALEX, 'zrušit')).replies);
    expect(stopped).toContain('Dobře, dál nepokračuji.');
    expect(stopped).not.toContain('požadavek');
    expect(allText((await bot.say(ALEX, '1')).replies)).not.toContain('heslo');
    expect(allText((await bot.say(ALEX, 'zrušit')).replies)).toContain('Teď spolu nic rozpracovaného nemáme');
    await bot.say(ALEX, 'english please');
    expect(allText((await bot.say(ALEX, 'cancel')).replies)).toContain('There is nothing in progress to cancel');
    expect(bot.app.store.keys('tickets')).toEqual([]);
  });

  it('does not open a ticket when the user declines', async () => {
    await bot.say(ALEX, 'Nejde mi přihlásit do spisové služby');
    const no = await bot.say(ALEX, 'ne');
    expect(allText(no.replies)).toContain('nezakládám');
    expect(bot.app.store.keys('tickets')).toEqual([]);
  });

  it('numbers tickets in sequence and keeps each user to their own list', async () => {
    for (const who of [ALEX, ISAIAH]) {
      await bot.say(who, 'Nefunguje mi počítač, nejde zapnout');
      await bot.say(who, 'ano');
    }
    const alex = allText((await bot.say(ALEX, 'my tickets')).replies);
    const isaiah = allText((await bot.say(ISAIAH, 'moje pozadavky')).replies);
    expect(alex).toContain('HD-2026-00001');
    expect(alex).not.toContain('HD-2026-00002');
    expect(isaiah).toContain('HD-2026-00002');
    expect(isaiah).not.toContain('HD-2026-00001');
  });

  it('keeps tickets and a half-finished dialog across a restart', async () => {
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    await bot.say(ALEX, 'ano');
    await bot.say(ALEX, 'Nejde mi Wi-Fi v zasedačce');
    await bot.restart();
    const confirm = await bot.say(ALEX, 'ano');
    expect(allText(confirm.replies)).toContain('HD-2026-00002');
    const list = allText((await bot.say(ALEX, 'moje požadavky')).replies);
    expect(list).toContain('HD-2026-00001');
    expect(list).toContain('HD-2026-00002');
  });

  it('answers in the language the user writes in, not the en-US locale, and lets them switch', async () => {
    const cz = await bot.say(ALEX, 'dobrý den');
    expect(allText(cz.replies)).toContain('Dobrý den');
    const en = await bot.say(ALEX, 'My printer in office 312 does not work');
    expect(allText(en.replies)).toContain('Shall I open this ticket?');
    await bot.say(ALEX, 'cancel');
    const help = await bot.say(ALEX, 'help');
    expect(allText(help.replies)).toContain('What I can do for you');
    const switched = await bot.say(ALEX, 'česky');
    expect(allText(switched.replies)).toContain('budu odpovídat česky');
    const ok = await bot.say(ALEX, 'ok');
    expect(allText(ok.replies)).toMatch(/nerozuměl|S čím vám mohu pomoci/u);
  });

  it('asks for words when a picture comes without any, and takes words that come with one as usual', async () => {
    const image = { contentType: 'image/*', contentUrl: 'https://smba.example/attachments/1/views/original', name: 'screenshot.png' };
    const html = { contentType: 'text/html', content: '<div><img src="https://smba.example/attachments/1"></div>' };
    const alone = await bot.say(ALEX, '', { attachments: [image, html] });
    expect(allText(alone.replies)).toContain('Obrázky a soubory zatím neumím přečíst. Popište mi prosím problém slovy');
    const withWords = await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312, posílám snímek chyby', { attachments: [image, html] });
    expect(allText(withWords.replies)).toMatch(/Mám založit tento požadavek\?|Pomohlo to\?/u); // a report, as without the picture
    const htmlCopyOnly = await bot.say(ISAIAH, '', { attachments: [html] });
    expect(allText(htmlCopyOnly.replies)).toContain('S čím vám mohu pomoci');
    // while the bot waits for the description, too; the description that follows is taken
    await bot.say(ISAIAH, 'nahlásit problém');
    const waiting = await bot.say(ISAIAH, '', { attachments: [image, html] });
    expect(allText(waiting.replies)).toContain('Obrázky a soubory zatím neumím přečíst');
    expect(allText((await bot.say(ISAIAH, 'Monitor bliká a zhasíná')).replies)).toMatch(/Mám založit tento požadavek\?|Pomohlo to\?/u);
  });

  it('answers help, and never stays silent on what it does not understand', async () => {
    expect(allText((await bot.say(ALEX, 'nápověda')).replies)).toContain('S čím vám mohu pomoci');
    expect(allText((await bot.say(ALEX, 'xq')).replies)).toContain('nerozuměl');
    expect(allText((await bot.say(ALEX, '')).replies)).toContain('S čím vám mohu pomoci');
  });

  it('answers a group chat only when mentioned', async () => {
    const group = (text: string, entities: unknown[] = []) => {
      const a = messageActivity(bot.connector.url, ALEX, text, { entities });
      (a.conversation as Record<string, unknown>).conversationType = 'groupChat';
      (a.conversation as Record<string, unknown>).id = '19:group-chat';
      return a;
    };
    expect((await bot.send(group('nápověda'))).replies).toHaveLength(0);
    const mention = { type: 'mention', text: '<at>Helpdesk OIT</at>', mentioned: { id: '28:helpdesk-bot', name: 'Helpdesk OIT' } };
    const answered = await bot.send(group('<at>Helpdesk OIT</at> nápověda', [mention]));
    expect(allText(answered.replies)).toContain('S čím vám mohu pomoci');
  });

  it('answers "kdy mi to opraví?" with the open ticket and its deadlines, not with a new report', async () => {
    const none = allText((await bot.say(ALEX, 'kdy mi to opraví?')).replies);
    expect(none).toContain('Nemáte žádný otevřený požadavek');
    expect(none).not.toContain('Vyberte prosím oblast');
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    await bot.say(ALEX, 'ano');
    const one = allText((await bot.say(ALEX, 'Kdy mi to opraví?')).replies);
    expect(one).toContain('Tady je stav vašeho požadavku');
    expect(one).toContain('HD-2026-00001');
    expect(one).toContain('Reakce do');
    await bot.say(ALEX, 'Nejde mi internet v kanceláři 312');
    await bot.say(ALEX, 'ano');
    const two = allText((await bot.say(ALEX, 'jak to vypadá s mým požadavkem?')).replies);
    expect(two).toContain('Otevřených požadavků máte víc (2)');
    expect(two).toContain('HD-2026-00002');
    // a number asks about that ticket
    expect(allText((await bot.say(ALEX, 'kdy bude hotový HD-2026-00001?')).replies)).toContain('Nefunguje mi tiskárna');
    await bot.say(ALEX, 'english please');
    expect(allText((await bot.say(ALEX, 'When will it be fixed?')).replies)).toContain('You have 2 open tickets');
    expect(bot.app.store.keys('tickets')).toHaveLength(2); // no question became a ticket
  });

  it('"zrušit požadavek" without a number only offers the latest open ticket; with its number it cancels it and says so in words', async () => {
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    await bot.say(ALEX, 'ano');
    const offer = await bot.say(ALEX, 'zrušit požadavek');
    expect(allText(offer.replies)).toContain('Váš poslední otevřený požadavek je **HD-2026-00001**. Pokud ho chcete zrušit');
    expect(JSON.stringify(offer.replies)).toContain('"title":"Zrušit požadavek"'); // the card's own cancel button
    expect(bot.app.store.get<{ status: string }>('tickets', 'HD-2026-00001')?.status).toBe('new');
    // in a group chat it does not show the ticket: it asks for the number
    const mention = { type: 'mention', text: '<at>Helpdesk OIT</at>', mentioned: { id: '28:helpdesk-bot', name: 'Helpdesk OIT' } };
    const inGroup = messageActivity(bot.connector.url, ALEX, '<at>Helpdesk OIT</at> zrušit požadavek', { entities: [mention] });
    Object.assign(inGroup.conversation as Record<string, unknown>, { conversationType: 'groupChat', id: '19:group-chat' });
    const group = allText((await bot.send(inGroup)).replies);
    expect(group).toContain('Napište prosím i číslo požadavku');
    expect(group).not.toContain('Nefunguje mi tiskárna');
    expect(allText((await bot.say(ALEX, 'zrušit požadavek HD-2026-00001')).replies)).toContain('Požadavek HD-2026-00001 jsem zrušil.');
    expect(allText((await bot.say(ALEX, 'moje požadavky')).replies)).toContain('Zrušený');
    expect(allText((await bot.say(ALEX, 'kdy mi to opraví?')).replies)).toContain('Nemáte žádný otevřený požadavek');
  });

  it('lists someone\'s tickets only in their personal chat, not to a whole group chat', async () => {
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    expect(allText((await bot.say(ALEX, 'ano')).replies)).toContain('HD-2026-00001');
    const mention = { type: 'mention', text: '<at>Helpdesk OIT</at>', mentioned: { id: '28:helpdesk-bot', name: 'Helpdesk OIT' } };
    const inGroup = async (text: string, answer: string) => {
      const a = messageActivity(bot.connector.url, ALEX, `<at>Helpdesk OIT</at> ${text}`, { entities: [mention] });
      Object.assign(a.conversation as Record<string, unknown>, { conversationType: 'groupChat', id: '19:group-chat' });
      const { replies } = await bot.send(a);
      expect(allText(replies)).toContain(answer);
      expect(allText(replies)).not.toContain('HD-2026-00001');
      expect(replies.flatMap((r) => r.attachments ?? [])).toHaveLength(0);
    };
    await inGroup('moje požadavky', 'jen v osobním chatu');
    await inGroup('my tickets', 'jen v osobním chatu'); // a command does not change the language
    await inGroup('kdy mi to opraví?', 'jen v osobním chatu');
    expect(allText((await bot.say(ALEX, 'moje požadavky')).replies)).toContain('HD-2026-00001');
    await bot.say(ALEX, 'english please');
    await inGroup('my tickets', 'only in a personal chat');
  });
});
