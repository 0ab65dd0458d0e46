import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, allText, press } from '../support/bot-harness.js';
import { ADELE, ALEX, MEGAN, conversationUpdate, type Persona } from '../support/activities.js';
import type { Ticket } from '../../src/domain/tickets/ticket.js';

const NOW = new Date('2026-12-07T09:15:00Z');
let n = 0;
/** A fresh employee for each test, so that conversations do not mix. */
const someone = (): Persona => {
  n++;
  return { ...ALEX, id: `29:i${n}`, aadObjectId: `22222222-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `Tester ${n}` };
};

describe('the intent layer in conversations', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await new BotHarness({ clock: { now: () => NOW } }).start();
  });
  afterAll(async () => bot.stop());
  const tickets = () => bot.app.store.values<Ticket>('tickets');

  it('off-topic questions get a short answer saying what the bot is for: no ticket, no account menu', async () => {
    const who = someone();
    for (const text of ['jaký bude zítra počasí v Plzni?', 'kdo vyhrál včera hokej?']) {
      const said = allText((await bot.say(who, text)).replies);
      expect(said).toContain('pomocník helpdesku odboru informatiky');
      expect(said).not.toMatch(/Mám založit|S čím u účtu|Vyberte prosím oblast|Nejsem si jistý, kam/u);
    }
    expect(tickets().filter((t) => t.requester.id === who.aadObjectId)).toEqual([]);
  });

  it('a manager\'s question typed into the area picker: the draft yields (and says so), the question is answered, no ticket', async () => {
    const who = someone();
    const first = await bot.say(who, 'potřebuji pomoct s něčím');
    expect(allText(first.replies)).toContain('Nejsem si jistý');
    const second = allText((await bot.say(who, 'kolik máme otevřených požadavků?')).replies);
    expect(second).toContain('Rozepsané hlášení problému jsem nechal být');
    expect(second).toContain('Přehledy a statistiky');
    expect(second).not.toContain('Vyberte prosím oblast');
    // the draft is gone: a one-word answer is not taken for the area
    expect(allText((await bot.say(who, '2')).replies)).not.toContain('Mám založit');
    expect(tickets().filter((t) => t.requester.id === who.aadObjectId)).toEqual([]);
  });

  it('manager and vendor questions are never problem reports: answered by the capability for a lead or the head, refused politely for an employee', async () => {
    // phrasings the capabilities' own recognisers miss: the intent layer hands them to reports and vendors
    const head = allText((await bot.say(ADELE, 'kolik toho bylo v listopadu')).replies);
    expect(head).toContain('Přehled služby – listopad 2026');
    const lead = allText((await bot.say(MEGAN, 'souhrn požadavků za listopad')).replies);
    expect(lead).toContain('Přehled služby – listopad 2026');
    expect(lead).toContain('Týmy:');
    const billing = allText((await bot.say(ADELE, 'kolik jsme zaplatili dodavateli')).replies);
    expect(billing).toContain('Napište okres');
    // an employee: the same questions, refused politely by the capabilities themselves
    const who = someone();
    expect(allText((await bot.say(who, 'kolik toho bylo v listopadu')).replies)).toContain('Přehledy a statistiky helpdesku jsou určené vedení');
    expect(allText((await bot.say(who, 'vyúčtování dodavatele za listopad')).replies)).toContain('Vyúčtování dodavatelů vidí jen vedoucí OIT');
    expect(allText((await bot.say(who, 'kolik jsme zaplatili dodavateli')).replies)).toContain('Vyúčtování dodavatelů vidí jen vedoucí OIT');
    // "co na mě čeká" from someone who is no vendor technician: where their work is
    expect(allText((await bot.say(ADELE, 'co na mě čeká')).replies)).toContain('Seznam úkolů mají technici dodavatelů');
    expect(tickets()).toEqual([]);
  });

  it('"report za listopad" is the managers\' report for November; "report <a problem>" still reports it', async () => {
    expect(allText((await bot.say(ADELE, 'report za listopad')).replies)).toContain('listopad 2026');
    expect(allText((await bot.say(ADELE, 'report for November')).replies)).toContain('Service overview – November 2026');
    await bot.say(ADELE, 'česky');
    const who = someone();
    expect(allText((await bot.say(who, 'report za listopad')).replies)).toContain('Přehledy a statistiky helpdesku jsou určené vedení');
    expect(allText((await bot.say(who, 'report tiskárna v kanceláři 312 netiskne')).replies)).toContain('Mám založit');
    expect(tickets()).toEqual([]);
  });

  it('"Myslíte…?" when two readings are close: the intents as buttons and "Nahlásit problém"; a button runs the intent on the message', async () => {
    const who = someone();
    const asked = await bot.say(who, 'dodavatelé přehled');
    const card = allText(asked.replies);
    expect(card, card).toContain('Myslíte');
    expect(card).toContain('Plnění SLA dodavatelů');
    expect(card).toContain('Nahlásit problém');
    const picked = allText((await bot.say(who, '', press(asked.replies, 'Přehled požadavků'))).replies);
    expect(picked).toContain('Přehledy a statistiky');
    const reported = await bot.say(who, '', press(asked.replies, 'Nahlásit problém'));
    expect(allText(reported.replies)).toMatch(/Mám založit|Vyberte prosím oblast|Nejsem si jistý|Popište/u);
  });

  it('an account request in the person\'s own words, offering only what they may do', async () => {
    // an employee who may reset only their own password (self-service reset off): the self-service link at once
    const own = allText((await bot.say(ALEX, 'potřeboval bych resetovat heslo')).replies);
    expect(own).toContain('aka.ms/sspr');
    expect(own).not.toContain('Pro koho?');
    // a technician asking for someone, imperative: the confirmation card for that person, not a ticket
    const megan = allText((await bot.say(MEGAN, 'resetuj heslo pro Alex Wilber')).replies);
    expect(megan).toContain('alex.wilber');
    expect(megan).toContain('Provést');
    await bot.say(MEGAN, 'zrušit');
    // the technician without a name is asked for whom
    expect(allText((await bot.say(MEGAN, 'potřebuju resetovat heslo')).replies)).toContain('Pro koho?');
    await bot.say(MEGAN, 'zrušit');
  });

  it('a dialog in progress yields to a clearly different request, but keeps a one-word answer', async () => {
    const who = someone();
    await bot.say(who, 'Nefunguje mi tiskárna v kanceláři 312');
    const switched = allText((await bot.say(who, 'kdo má dneska pohotovost?')).replies);
    expect(switched).toContain('Rozepsané hlášení problému jsem nechal být');
    expect(switched).toMatch(/pohotovost/iu);
    expect(allText((await bot.say(who, 'ano')).replies)).not.toContain('je založen');
  });

  it('the welcome message is the same role-aware help as "nápověda"', async () => {
    const employee = allText((await bot.send(conversationUpdate(bot.connector.url, someone()))).replies);
    expect(employee).toContain('moje požadavky');
    expect(employee).not.toContain('**fronta**');
    expect(employee).not.toContain('přehled za listopad');
    const head = allText((await bot.send(conversationUpdate(bot.connector.url, ADELE))).replies);
    expect(head).toContain('Dobrý den, Adele');
    expect(head).toContain(allText((await bot.say(ADELE, 'nápověda')).replies));
    expect(head).toContain('ke schválení');
  });

  it('help lists what this person can do', async () => {
    const employee = allText((await bot.say(someone(), 'co všechno umíš?')).replies);
    expect(employee).toContain('moje požadavky');
    expect(employee).not.toContain('**fronta**');
    const technician = allText((await bot.say(MEGAN, 'nápověda')).replies);
    expect(technician).toContain('**fronta**');
    expect(technician).toContain('reset hesla pro Jana Nováka');
    const head = allText((await bot.say(ADELE, 'nápověda')).replies);
    expect(head).toContain('výkaz pohotovosti');
    expect(head).toContain('přehled za listopad');
    expect(head).toContain('ke schválení');
    expect(head).toContain('srovnání organizací');
    expect(head).not.toContain('se připravují');
    // a team lead: the reports, not the vendors' statements
    const lead = allText((await bot.say(MEGAN, 'nápověda')).replies);
    expect(lead).toContain('plnění SLA');
    expect(lead).not.toContain('ke schválení');
    expect(employee).not.toContain('přehled za listopad');
    // from the config: a vendor technician, a vendor's contract manager, an organisation manager
    const persona = (n: string, name: string): Persona => ({ aadObjectId: `00000000-0000-0000-0000-00000000000${n}`, name, id: `29:help-${n}` });
    const patti = allText((await bot.say(persona('24', 'Patti Fernandez'), 'nápověda')).replies);
    expect(patti).toContain('**moje úkoly**');
    expect(patti).not.toContain('přehled za listopad');
    const johanna = allText((await bot.say(persona('27', 'Johanna Lorenz'), 'nápověda')).replies);
    expect(johanna).toContain('měsíční vyúčtování vaší firmy');
    expect(johanna).not.toContain('přehled za listopad');
    const diego = allText((await bot.say(persona('26', 'Diego Siciliani'), 'nápověda')).replies);
    expect(diego).toContain('přehled za listopad');
    expect(diego).toContain('náklady vaší organizace');
    expect(diego).not.toContain('ke schválení');
  });
});
