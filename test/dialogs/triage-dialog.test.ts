import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DialogSet } from 'botbuilder-dialogs';
import { BotHarness, allText, press } from '../support/bot-harness.js';
import { ALEX, ISAIAH, type Persona } from '../support/activities.js';
import type { Ticket } from '../../src/domain/tickets/ticket.js';

const NOW = new Date('2026-11-26T09:15:00Z');
let n = 0;
/** A fresh person for each test, so that conversations do not mix. */
const someone = (): Persona => {
  n++;
  return { ...ALEX, id: `29:t${n}`, aadObjectId: `11111111-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Tester ${n}` };
};
const cardOf = (replies: { attachments?: { content: Record<string, unknown> }[] }[]) => JSON.stringify(replies.flatMap((r) => r.attachments ?? []));

describe('triage in the report-a-problem dialog', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await new BotHarness({ clock: { now: () => NOW } }).start();
  });
  afterAll(async () => bot.stop());
  const tickets = () => bot.app.store.values<Ticket>('tickets');

  it('Isaiah: "na cestmistrovstvi v klatovech nejde internet nikomu" → a P1 network ticket for the Klatovy site, no questions', async () => {
    const first = await bot.say(ISAIAH, 'na cestmistrovstvi v klatovech nejde internet nikomu');
    const draft = allText(first.replies);
    expect(draft).toContain('Mám založit tento požadavek?');
    expect(draft).toContain('P1');
    expect(draft).toContain('Cestmistrovství Klatovy');
    expect(draft).not.toContain('Týká se to jen vás');
    await bot.say(ISAIAH, '', press(first.replies, 'Založit požadavek'));
    const ticket = tickets().find((t) => t.requester.id === ISAIAH.aadObjectId)!;
    expect(ticket).toMatchObject({ category: 'network', priority: 'P1', site: 'sus-klatovy', district: 'klatovy', organisation: 'SUS' });
  });

  it('asks the scope of a suspected outage once, and sets the priority from the answer', async () => {
    const who = someone();
    const first = await bot.say(who, 'nejde internet');
    expect(allText(first.replies)).toContain('Týká se to jen vás, nebo více lidí?');
    const second = await bot.say(who, 'všichni');
    expect(allText(second.replies)).toContain('Mám založit tento požadavek?');
    expect(cardOf(second.replies)).toContain('P1');
    await bot.say(who, 'ano');
    expect(tickets().find((t) => t.requester.id === who.aadObjectId)).toMatchObject({ category: 'network', priority: 'P1' });
  });

  it('"only me" keeps a suspected outage at a lower priority', async () => {
    const who = someone();
    const first = await bot.say(who, 'nejde internet');
    const second = await bot.say(who, '', press(first.replies, 'Jen mě'));
    expect(cardOf(second.replies)).toMatch(/"P[23]"/u);
  });

  it('asks the user to pick the area when triage is unsure: top three and "something else"', async () => {
    const who = someone();
    const first = await bot.say(who, 'potřebuji pomoct s něčím');
    const card = cardOf(first.replies);
    expect(allText(first.replies)).toContain('Nejsem si jistý');
    expect(card).toContain('Něco jiného');
    expect((card.match(/"Action.Submit"/gu) ?? []).length).toBe(4);
    const picked = await bot.say(who, '', press(first.replies, '2. Software'));
    expect(cardOf(picked.replies)).toContain('Software');
    await bot.say(who, 'ano');
    expect(tickets().find((t) => t.requester.id === who.aadObjectId)?.category).toBe('software');
  });

  it('an answer that is not one of the areas (or scopes) gets the reminder with the list again, whose buttons still answer', async () => {
    const who = someone();
    await bot.say(who, 'potřebuji pomoct s něčím');
    const again = await bot.say(who, 'ano');
    expect(again.replies).toHaveLength(1);
    expect(again.replies[0]!.text).toContain('Vyberte prosím oblast tlačítkem');
    expect(cardOf(again.replies)).toContain('Něco jiného');
    const picked = await bot.say(who, '', press(again.replies, '2. Software'));
    expect(cardOf(picked.replies)).toContain('Software');
    await bot.say(who, 'zrušit');

    const other = someone();
    await bot.say(other, 'nejde internet');
    const scope = await bot.say(other, 'hmm');
    expect(scope.replies[0]!.text).toContain('jen mě');
    expect(cardOf(scope.replies)).toContain('Více lidí');
    await bot.say(other, 'zrušit');
  });

  it('offers a self-help article first; "yes, it helped" closes without a ticket and is counted', async () => {
    const who = someone();
    const before = tickets().length;
    const first = await bot.say(who, 'Jak se připojím na VPN z domova?');
    expect(allText(first.replies)).toContain('Pomohlo to?');
    expect(cardOf(first.replies)).toContain('VPN');
    const done = await bot.say(who, '', press(first.replies, 'Ano, pomohlo'));
    expect(allText(done.replies)).toContain('Požadavek nezakládám');
    expect(tickets().length).toBe(before);
    expect(bot.app.store.get<number>('stats', 'deflected:2026-11')).toBeGreaterThanOrEqual(1);
  });

  it('reads a typed answer to the article: "pořád to nejde" opens the ticket, "už to funguje" closes it', async () => {
    const OPENED = /je založen|Ticket \*\*HD-\d{4}-\d{5}\*\* has been opened/u;
    const CLOSED = /Požadavek nezakládám|No ticket has been opened/u;
    const answers = [['pořád to nejde', OPENED], ['Nefunguje to!', OPENED], ["it didn't help", OPENED], ['už to funguje', CLOSED], ['Pomohlo, díky', CLOSED], ['👍', CLOSED], ['👎', OPENED], ['možná', null]] as const;
    for (const [text, expected] of answers) {
      const who = someone();
      const before = tickets().length;
      expect(allText((await bot.say(who, 'Jak se připojím na VPN z domova?')).replies)).toContain('Pomohlo to?');
      const answer = allText((await bot.say(who, text)).replies);
      if (!expected) {
        // neither yes nor no: asked again, the draft kept
        expect(answer).toContain('Pomohl návod?');
        expect(tickets().length).toBe(before);
        continue;
      }
      expect(answer).toMatch(expected);
      expect(tickets().length).toBe(before + (expected === OPENED ? 1 : 0));
    }
  });

  it('replaces a clicked question card with its answer, so that its buttons cannot be pressed again', async () => {
    const who = someone();
    const first = await bot.say(who, 'Jak se připojím na VPN z domova?');
    const shown = bot.connector.received.filter((r) => r.method === 'POST' && r.activity.attachments?.length).at(-1)!;
    const done = await bot.say(who, '', { ...press(first.replies, 'Ano, pomohlo'), replyToId: shown.id });
    expect(allText(done.replies)).toContain('Požadavek nezakládám');
    const update = bot.connector.received.find((r) => r.method === 'PUT' && r.path.endsWith(`/activities/${shown.id}`));
    const card = JSON.stringify(update?.activity.attachments);
    expect(card).toContain('✓ Ano, pomohlo');
    expect(card).toContain('Připojení přes VPN z domova'); // the article stays to read
    expect(card).not.toContain('Action.Submit');

    // the confirmation card of a new draft: clicked, it becomes the answer, and the ticket is opened
    const second = await bot.say(who, 'Nefunguje mi tiskárna v kanceláři 312');
    const confirm = bot.connector.received.filter((r) => r.method === 'POST' && r.activity.attachments?.length).at(-1)!;
    const before = bot.connector.received.length;
    const created = await bot.say(who, '', { ...press(second.replies, 'Založit požadavek'), replyToId: confirm.id });
    expect(allText(created.replies)).toMatch(/HD-2026-\d{5}/u);
    const updates = bot.connector.received.slice(before).filter((r) => r.method === 'PUT');
    expect(updates.map((r) => r.path.split('/').at(-1))).toEqual([confirm.id]);
    expect(JSON.stringify(updates[0]!.activity.attachments)).toContain('✓ Založit požadavek');

    // Teams refuses the update (the card message was deleted): the click is answered all the same
    const fourth = await bot.say(who, 'Nefunguje mi skener v kanceláři 40');
    const gone = bot.connector.received.filter((r) => r.method === 'POST' && r.activity.attachments?.length).at(-1)!;
    bot.connector.failWith = { status: 404, code: 'ActivityNotFound', method: 'PUT' };
    const failedBefore = bot.connector.failed;
    try {
      expect(allText((await bot.say(who, '', { ...press(fourth.replies, 'Založit požadavek'), replyToId: gone.id })).replies)).toMatch(/HD-2026-\d{5}/u);
      expect(bot.connector.failed - failedBefore).toBe(1); // the update was tried, and refused
    } finally {
      bot.connector.failWith = null;
    }

    // a typed answer, or a click on another card, changes no card
    await bot.say(who, 'Nefunguje mi myš u počítače v kanceláři 12');
    const typedBefore = bot.connector.received.length;
    await bot.say(who, 'ne', { replyToId: 'activity-1' });
    expect(bot.connector.received.slice(typedBefore).filter((r) => r.method === 'PUT')).toEqual([]);
  });

  it('does not offer an article of another area whose words happen to match', async () => {
    const who = someone();
    const first = await bot.say(who, 'Nejde mi spisová služba, hlásí chybu oprávnění');
    expect(allText(first.replies)).not.toContain('Pomohlo to?');
    expect(cardOf(first.replies)).not.toContain('sdílené složky');
    expect(cardOf(first.replies)).toContain('Mám založit tento požadavek?');
    // what triage read is on the card, to check before confirming
    expect(cardOf(first.replies)).toContain('{"title":"Aplikace","value":"Spisová služba GINIS"}');
    // and on the ticket's card once it is opened
    const created = await bot.say(who, '', press(first.replies, 'Založit požadavek'));
    expect(cardOf(created.replies)).toContain('{"title":"Aplikace","value":"Spisová služba GINIS"}');
  });

  it('names every application it read on the confirmation card, as the ticket card does', async () => {
    const who = someone();
    const first = await bot.say(who, 'Nejde mi spisová služba ani Outlook, hlásí chybu oprávnění');
    expect(cardOf(first.replies)).toContain('Mám založit tento požadavek?');
    expect(cardOf(first.replies)).toContain('{"title":"Aplikace","value":"Spisová služba GINIS, Outlook"}');
    const created = await bot.say(who, '', press(first.replies, 'Založit požadavek'));
    expect(cardOf(created.replies)).toContain('{"title":"Aplikace","value":"Spisová služba GINIS, Outlook"}');
  });

  it('shows the office it read on the confirmation card', async () => {
    const first = await bot.say(someone(), 'Nefunguje mi tiskárna v kanceláři 312');
    expect(cardOf(first.replies)).toContain('{"title":"Kancelář","value":"312"}');
  });

  it('"no, open a ticket" after the article opens it at once with the original text', async () => {
    const who = someone();
    const first = await bot.say(who, 'Outlook se pořád ptá na heslo');
    const created = await bot.say(who, '', press(first.replies, 'Ne, založit požadavek'));
    expect(allText(created.replies)).toMatch(/HD-2026-\d{5}/u);
    expect(tickets().find((t) => t.requester.id === who.aadObjectId)).toMatchObject({ description: 'Outlook se pořád ptá na heslo', category: 'email' });
  });

  it('answers greetings and thanks politely, and never echoes HTML into a card', async () => {
    const who = someone();
    expect(allText((await bot.say(who, 'ahoj')).replies)).toContain('Dobrý den');
    expect(allText((await bot.say(who, 'děkuji')).replies)).toContain('Rádo se stalo');
    expect(allText((await bot.say(who, '🙂🙂🙂')).replies)).toMatch(/nerozuměl|S čím/u);
    // a thumbs-up alone (after a ticket's card, typically) is thanks, not something not understood
    const thumbsUp = allText((await bot.say(who, '👍')).replies);
    expect(thumbsUp).toContain('Rádo se stalo');
    expect(thumbsUp).not.toContain('nerozuměl');
    const html = await bot.say(who, '<b>Tiskárna</b> nefunguje <script>alert(1)</script> v kanceláři 12');
    const card = cardOf(html.replies);
    expect(card).not.toContain('<b>');
    expect(card).not.toContain('<script>');
    expect(card).toContain('Tiskárna');
  });

  it('understands Czech without diacritics and mixed Czech and English', async () => {
    const who = someone();
    const first = await bot.say(who, 'tiskarna v kancelari 204 nejde, paper jam');
    expect(cardOf(first.replies)).toContain('Tiskárny a skenery');
  });

  it('a new problem written while a question is pending (here the self-help offer) replaces the draft, and says so', async () => {
    const who = someone();
    expect(allText((await bot.say(who, 'Outlook se mi pořád ptá na heslo')).replies)).toContain('Pomohlo to?');
    const second = await bot.say(who, 'Celá budova nemá internet, nikdo se nepřipojí k síti');
    const text = allText(second.replies);
    expect(text).toContain('Beru tuto zprávu jako nový popis problému');
    expect(text).not.toContain('Odpovězte prosím tlačítkem');
    expect(cardOf(second.replies)).toContain('nikdo se nepřipojí');
    await bot.say(who, 'ano');
    const mine = tickets().filter((t) => t.requester.id === who.aadObjectId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ category: 'network', description: 'Celá budova nemá internet, nikdo se nepřipojí k síti' });
  });

  it('a short or unclear message while a question is pending is not a new report: the question is asked again', async () => {
    const who = someone();
    expect(allText((await bot.say(who, 'Celá budova nemá internet, nikdo se nepřipojí k síti')).replies)).toContain('Mám založit tento požadavek?');
    const unclear = await bot.say(who, 'hmm nevím');
    expect(allText(unclear.replies)).toContain('Odpovězte prosím tlačítkem');
    const answer = await bot.say(who, 'ano, založte to prosím');
    expect(allText(answer.replies)).toContain('je založen');
    expect(tickets().filter((t) => t.requester.id === who.aadObjectId)).toHaveLength(1);
  });

  it('a button of a replaced draft\'s card does not answer the new draft: it says so and asks again', async () => {
    const who = someone();
    const old = await bot.say(who, 'Outlook se pořád ptá na heslo');
    const replaced = await bot.say(who, 'Celá budova nemá internet, nikdo se nepřipojí k síti');
    const stale = await bot.say(who, '', press(old.replies, 'Ano, pomohlo'));
    expect(allText(stale.replies)).toContain('patří k dřívějšímu rozepsanému požadavku');
    expect(allText(stale.replies)).toContain('Mám založit tento požadavek?'); // the pending question again
    expect(tickets().filter((t) => t.requester.id === who.aadObjectId)).toHaveLength(0);
    const forged = await bot.say(who, '', { value: { helpdeskAction: 'confirm', answer: 'yes', draft: 'forged' } });
    expect(allText(forged.replies)).toContain('patří k dřívějšímu rozepsanému požadavku');
    expect(tickets().filter((t) => t.requester.id === who.aadObjectId)).toHaveLength(0);
    await bot.say(who, '', press(replaced.replies, 'Založit požadavek'));
    expect(tickets().filter((t) => t.requester.id === who.aadObjectId)).toMatchObject([{ category: 'network' }]);
  });

  it('a draft kept by the previous version of the dialog (waterfall and prompts) ends with an explanation, and nothing is lost', async () => {
    const who = someone();
    const key = `msteams/conversations/a:personal-${who.aadObjectId}/users/${who.id}/`;
    const legacy = { dialogState: { dialogStack: [{ id: 'reportProblem', state: { dialogs: { dialogStack: [{ id: 'reportProblem.steps', state: { stepIndex: 3 } }, { id: 'reportProblem.confirm', state: {} }] } } }] } };
    await bot.app.store.commit([{ c: 'botState', k: key, v: { eTag: '1', json: JSON.stringify(legacy) } }]);
    const turn = await bot.say(who, 'ano');
    expect(allText(turn.replies)).toContain('Popište mi prosím problém znovu');
    const next = await bot.say(who, 'Nefunguje mi myš u počítače v kanceláři 204');
    expect(allText(next.replies)).toMatch(/Mám založit tento požadavek\?|Pomohlo to\?/u);
  });

  it('asks the pending question again in the language the user just switched to, from a state that keeps no rendered card', async () => {
    const who = someone();
    const key = `msteams/conversations/a:personal-${who.aadObjectId}/users/${who.id}/`;
    const first = await bot.say(who, 'Jak se připojím na VPN z domova?');
    expect(allText(first.replies)).toContain('Pomohlo to?');
    const state = bot.app.store.get<{ json: string }>('botState', key)!.json;
    expect(state).toContain('"offeredArticle"');
    expect(state).not.toMatch(/Pomohlo to|AdaptiveCard|VPN z domova\?.*VPN z domova\?/u); // the draft's text once, no card
    const switched = await bot.say(who, 'english please');
    expect(allText(switched.replies)).toContain('OK, I will answer in English.');
    expect(allText(switched.replies)).toContain('Did it help?'); // the same article, now in English
    expect(cardOf(switched.replies)).toContain('Connecting to the VPN from home');
    expect(cardOf(switched.replies)).not.toContain('Připojení přes VPN');
    const done = await bot.say(who, '', press(switched.replies, 'No, open a ticket'));
    expect(allText(done.replies)).toContain('has been opened');
  });

  it('continues a draft saved with its rendered card (the shape before this version)', async () => {
    const who = someone();
    const key = `msteams/conversations/a:personal-${who.aadObjectId}/users/${who.id}/`;
    const first = await bot.say(who, 'Nefunguje mi tiskárna v kanceláři 312');
    const stored = JSON.parse(bot.app.store.get<{ json: string }>('botState', key)!.json) as { dialogState: { dialogStack: { state: { pending: Record<string, unknown> } }[] } };
    stored.dialogState.dialogStack[0]!.state.pending = { kind: 'confirm', prompt: first.replies[0], retry: 'confirmRetry' };
    await bot.app.store.commit([{ c: 'botState', k: key, v: { eTag: '1', json: JSON.stringify(stored) } }]);
    expect(allText((await bot.say(who, 'nevím')).replies)).toContain('Odpovězte prosím tlačítkem');
    expect(allText((await bot.say(who, 'ano')).replies)).toContain('je založen');
  });

  it('runs the report on the dialog stack without building botbuilder-dialogs\' context, and leaves the stack empty when done', async () => {
    const who = someone();
    const key = `msteams/conversations/a:personal-${who.aadObjectId}/users/${who.id}/`;
    const stackOf = () => (JSON.parse(bot.app.store.get<{ json: string }>('botState', key)!.json) as { dialogState: { dialogStack: { id: string }[] } }).dialogState.dialogStack;
    const contexts = vi.spyOn(DialogSet.prototype, 'createContext');
    try {
      const first = await bot.say(who, 'Nefunguje mi tiskárna v kanceláři 312');
      expect(allText(first.replies)).toContain('Mám založit tento požadavek?');
      expect(stackOf().map((d) => d.id)).toEqual(['reportProblem']);
      await bot.say(who, '', press(first.replies, 'Založit požadavek'));
      expect(tickets().filter((t) => t.requester.id === who.aadObjectId)).toHaveLength(1);
      expect(stackOf()).toEqual([]);
      expect(contexts).not.toHaveBeenCalled();
      // a command still goes through the dialog context (and, with no dialog running, re-asks nothing)
      const list = await bot.say(who, 'moje požadavky');
      expect(contexts).toHaveBeenCalledTimes(1);
      expect(allText(list.replies)).not.toMatch(/Mám založit|Pomohlo to/u);
    } finally {
      contexts.mockRestore();
    }
  });
});
