import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { ADELE, ALEX, BOT, ISAIAH, MEGAN, TENANT, type Persona } from '../support/activities.js';
import { click, TestTime, type InvokeAnswer } from './accounts-support.js';
import type { FileDeliveryPort, OutgoingFile } from '../../src/services/file-delivery-port.js';

const PATTI: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000024', name: 'Patti Fernandez', id: '29:patti' };
const JOHANNA: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000027', name: 'Johanna Lorenz', id: '29:johanna' };
const TACHOV: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000f4', name: 'Jana Benešová', id: '29:jana' };
const TEAM_ID = '19:team-oit@thread.tacv2';
const CHANNEL_ID = '19:channel-service-desk@thread.tacv2';
const ID = 'HD-2026-00001';
const TASK = `${ID}/1`;

/** The file delivery port at the edge: records what would be offered to whom. */
class RecordingFiles implements FileDeliveryPort {
  readonly offered: { to: string; file: OutgoingFile }[] = [];
  async offer(to: string, file: OutgoingFile): Promise<void> {
    this.offered.push({ to, file });
  }
}

function channelInstall(serviceUrl: string): Record<string, unknown> {
  return {
    type: 'conversationUpdate', id: randomUUID(), timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl, locale: 'en-US',
    from: { id: MEGAN.id, name: MEGAN.name, aadObjectId: MEGAN.aadObjectId }, recipient: BOT, membersAdded: [{ id: BOT.id }],
    conversation: { id: `${CHANNEL_ID};messageid=1`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: { id: TEAM_ID }, channel: { id: CHANNEL_ID } },
  };
}

const personal = (bot: BotHarness, who: Persona) => bot.connector.received.filter((r) => r.conversationId === `a:personal-${who.aadObjectId}`);
const text = (a: InvokeAnswer) => (typeof a.value === 'string' ? a.value : JSON.stringify(a.value));

describe('district vendors over HTTP: the vendor\'s task card, OIT\'s acceptance, statements, isolation', () => {
  let bot: BotHarness;
  let time: TestTime;
  let files: RecordingFiles;
  beforeEach(async () => {
    time = new TestTime('2026-11-09T07:00:00Z'); // Monday 9 November 2026, 08:00 in Klatovy
    files = new RecordingFiles();
    bot = await new BotHarness({ clock: time.clock, ticketTimer: time.timer, accountTimer: time.timer, pagingTimer: time.timer, fileDelivery: files }).start();
    await bot.send(channelInstall(bot.connector.url));
    for (const who of [PATTI, JOHANNA, MEGAN]) await bot.say(who, 'nápověda');
    await bot.say(ISAIAH, 'Nefunguje tiskárna, netiskne vůbec nic');
    await bot.say(ISAIAH, 'ano');
  });
  afterEach(async () => bot.stop());

  it('a ticket at a remote site reaches the vendor technician as a task card; "moje úkoly" lists it with the SLA time left', async () => {
    expect(bot.app.tickets.workflow.get(ID)).toMatchObject({ vendor: 'vendor-klatovy', site: 'sus-klatovy' });
    const cards = personal(bot, PATTI).filter((p) => p.method === 'POST' && JSON.stringify(p.activity).includes(`Úkol ${ID}`));
    expect(JSON.stringify(cards[0]?.activity)).not.toContain('vendorTask.accept'); // the shared card: buttons come with the refresh
    expect(cards).toHaveLength(1);
    const list = allText((await bot.say(PATTI, 'moje ukoly')).replies);
    expect(list).toContain(ID);
    expect(list).toContain('Přijmout do');
    expect(list).toContain('zbývá');
    expect(allText((await bot.say(PATTI, 'my tasks')).replies)).toContain(ID);
    expect(allText((await bot.say(ALEX, 'moje úkoly')).replies)).toContain('jen technici smluvních dodavatelů');
  });

  it('the OIT queue in other words ("fronta týmu", "ukaž frontu") from Patti: pointed to her tasks, never OIT\'s queue card with its buttons', async () => {
    for (const words of ['fronta týmu', 'ukaž frontu', 'team queue']) {
      const said = allText((await bot.say(PATTI, words)).replies);
      expect(said, words).toContain('moje úkoly');
      expect(said, words).not.toContain('ticket.take');
      expect(said, words).not.toContain('AdaptiveCard');
    }
  });

  it('Patti\'s tasks in her own words ("co na mě čeká", "čeká něco na mě?"): the intent layer hands them to the vendors; Alex asking gets where his work is, no ticket', async () => {
    for (const words of ['co na mě čeká', 'čeká něco na mě?']) {
      const said = allText((await bot.say(PATTI, words)).replies);
      expect(said, words).toContain(ID);
      expect(said, words).toContain('zbývá');
    }
    const alex = allText((await bot.say(ALEX, 'co na mě čeká')).replies);
    expect(alex).toContain('Seznam úkolů mají technici dodavatelů');
    expect(alex).not.toContain(ID);
    expect(bot.app.store.values('tickets')).toHaveLength(1);
  });

  it('Patti accepts, arrives and finishes with a work report; her OIT buttons are gone and OIT verbs are refused; Megan accepts the work in the channel', async () => {
    const refresh = await click(bot, PATTI, 'vendorTask.refresh', { taskId: TASK, version: 1, view: 'vendor' });
    expect(text(refresh.answer)).toContain('vendorTask.accept');
    expect(text(refresh.answer)).not.toContain('ticket.');
    expect(String((await click(bot, PATTI, 'ticket.take', { ticketId: ID, version: 1, view: 'technician' })).answer.value)).toContain('nemůžete');
    expect(String((await click(bot, PATTI, 'ticket.reassign', { ticketId: ID, version: 1, view: 'technician', team: 'network' })).answer.value)).toContain('nemůžete');
    expect(String((await click(bot, PATTI, 'ticket.escalate', { ticketId: ID, version: 1, view: 'technician' })).answer.value)).toContain('nemůžete');
    const ticketCard = await click(bot, PATTI, 'ticket.refresh', { ticketId: ID, version: 1, view: 'technician' });
    expect(ticketCard.answer.type).toBe('application/vnd.microsoft.activity.message');

    time.advance(20);
    const accepted = await click(bot, PATTI, 'vendorTask.accept', { taskId: TASK, version: 1, view: 'vendor' });
    expect(text(accepted.answer)).toContain('vendorTask.arrive');
    const vendorPost = personal(bot, PATTI).find((p) => p.method === 'POST' && JSON.stringify(p.activity).includes(`Úkol ${ID}`))!;
    expect(personal(bot, PATTI).some((p) => p.method === 'PUT' && p.path.includes(encodeURIComponent(vendorPost.id)))).toBe(true);
    time.advance(60);
    await click(bot, PATTI, 'vendorTask.arrive', { taskId: TASK, version: 2, view: 'vendor' });
    const unknown = await click(bot, PATTI, 'vendorTask.done', { taskId: TASK, version: 3, view: 'vendor', note: 'Vyčištěno', taskType: 'coffee', minutes: '20' });
    expect(text(unknown.answer)).toContain('typ úkonu z ceníku');
    const negative = await click(bot, PATTI, 'vendorTask.done', { taskId: TASK, version: 3, view: 'vendor', note: 'Vyčištěno', taskType: 'printer-service', minutes: '-5' });
    expect(text(negative.answer)).toContain('celé číslo od 0');
    time.advance(30);
    const done = await click(bot, PATTI, 'vendorTask.done', {
      taskId: TASK, version: 3, view: 'vendor', note: 'Vyčištěna fixační jednotka', taskType: 'printer-service', parts: 'fixační fólie', minutes: '25', signedOff: 'true',
    });
    expect(text(done.answer)).toContain('Hotovo, čeká na převzetí OIT');
    const work = bot.connector.received.filter((r) => r.conversationId === CHANNEL_ID && JSON.stringify(r.activity).includes('Práce dodavatele k převzetí'));
    expect(work).toHaveLength(1);
    expect(JSON.stringify(work[0]!.activity)).toContain('Vyčištěna fixační jednotka');
    // a forged acceptance by the vendor or the requester changes nothing
    expect(text((await click(bot, PATTI, 'vendorWork.approve', { taskId: TASK, version: 4, view: 'oit' })).answer)).toContain('nemůžete');
    expect(text((await click(bot, ISAIAH, 'vendorWork.approve', { taskId: TASK, version: 4, view: 'oit' })).answer)).toContain('nemůžete');
    const workCard = allText((await bot.say(MEGAN, `práce ${ID}`)).replies);
    expect(workCard).toContain('vendorWork.approve');
    expect(allText((await bot.say(ISAIAH, `práce ${ID}`)).replies)).not.toContain('Vyčištěna fixační jednotka');
    const approved = await click(bot, MEGAN, 'vendorWork.approve', { taskId: TASK, version: 4, view: 'oit' });
    expect(text(approved.answer)).toContain('Převzato OIT');
    expect(bot.app.tickets.workflow.get(ID)).toMatchObject({ status: 'resolved' });
    expect(bot.app.vendors.repo.task(TASK)).toMatchObject({ status: 'approved', approvedBy: MEGAN.aadObjectId, report: { minutes: 25, signedOff: true, parts: 'fixační fólie' } });
  });

  it('statements: Johanna sees only IT Šumava\'s, a month not over is refused, Adele approves once (double click), the PDF goes to Johanna, exports are hers only', async () => {
    // a P3: accept due 12:00, accepted at 14:00, 2 business hours late: the penalty shows on the statement
    expect(bot.app.tickets.workflow.get(ID)?.priority).toBe('P3');
    time.advance(6 * 60);
    await click(bot, PATTI, 'vendorTask.accept', { taskId: TASK, version: 1, view: 'vendor' });
    await click(bot, PATTI, 'vendorTask.done', { taskId: TASK, version: 2, view: 'vendor', note: 'Výměna toneru', taskType: 'toner', minutes: '10', signedOff: 'false' });
    await click(bot, MEGAN, 'vendorWork.approve', { taskId: TASK, version: 3, view: 'oit' });

    expect(allText((await bot.say(ADELE, 'vyúčtování Klatovy listopad')).replies)).toContain('ještě neskončil');
    time.at = new Date('2026-12-01T08:00:00Z');
    const forJohanna = allText((await bot.say(JOHANNA, 'vyuctovani')).replies);
    expect(forJohanna).toContain('IT Šumava');
    expect(forJohanna).toContain(ID);
    expect(forJohanna).toContain('Návrh');
    expect(forJohanna).not.toContain('vendorStatement.approve');
    // accept due 12:00, met 14:00 → 120 min → 2 started h × 5 % of 250 Kč = 25,00 + 200,00 = 225,00 Kč
    expect(forJohanna).toContain('120 min po termínu → 2 zahájených h × 5 % z 250,00\u00a0Kč = 25,00\u00a0Kč + 200,00\u00a0Kč = 225,00\u00a0Kč');
    const tachov = allText((await bot.say(JOHANNA, 'vyúčtování Tachov 2026-11')).replies);
    expect(tachov).not.toContain('Tachov IT servis');
    expect(allText((await bot.say(TACHOV, 'vyúčtování Klatovy')).replies)).not.toContain(ID);
    expect(allText((await bot.say(ISAIAH, 'vyúčtování Klatovy')).replies)).not.toContain(ID);

    const draft = allText((await bot.say(ADELE, 'vyúčtování Klatovy listopad')).replies);
    const hash = /"hash":"([0-9a-f]{64})"/u.exec(draft)![1]!;
    const data = { vendor: 'vendor-klatovy', district: 'klatovy', month: '2026-11', hash };
    expect(text((await click(bot, JOHANNA, 'vendorStatement.approve', data)).answer)).toContain('nemůžete');
    expect(text((await click(bot, MEGAN, 'vendorStatement.approve', data)).answer)).toContain('nemůžete');
    expect(text((await click(bot, PATTI, 'vendorStatement.approve', data)).answer)).toContain('nemůžete');
    expect(text((await click(bot, ISAIAH, 'vendorStatement.approve', data)).answer)).toContain('nemůžete');
    const first = await click(bot, ADELE, 'vendorStatement.approve', data);
    expect(text(first.answer)).toContain('VS-2026-0001');
    expect(text(first.answer)).toContain('schválené a odeslané');
    const again = await click(bot, ADELE, 'vendorStatement.approve', data);
    expect(text(again.answer)).toContain('už bylo schváleno jako VS-2026-0001');
    expect(bot.app.vendors.repo.statements()).toHaveLength(1);
    expect(files.offered.map((f) => [f.to, f.file.name, f.file.contentType])).toEqual([
      [JOHANNA.aadObjectId, 'VS-2026-0001-vendor-klatovy-klatovy-2026-11.pdf', 'application/pdf'],
    ]);
    expect(Buffer.from(files.offered[0]!.file.bytes.slice(0, 5)).toString()).toBe('%PDF-');

    const xlsx = await click(bot, JOHANNA, 'vendorStatement.export', { number: 'VS-2026-0001', format: 'xlsx' });
    expect(text(xlsx.answer)).toContain('VS-2026-0001');
    expect(files.offered.at(-1)).toMatchObject({ to: JOHANNA.aadObjectId, file: { name: 'VS-2026-0001-vendor-klatovy-klatovy-2026-11.xlsx' } });
    expect(text((await click(bot, TACHOV, 'vendorStatement.export', { number: 'VS-2026-0001', format: 'pdf' })).answer)).toContain('jen vedoucí OIT');
    expect(text((await click(bot, PATTI, 'vendorStatement.export', { number: 'VS-2026-0001', format: 'pdf' })).answer)).toContain('jen vedoucí OIT');
    expect(files.offered).toHaveLength(2);

    const dispute = await click(bot, JOHANNA, 'vendorStatement.dispute', { number: 'VS-2026-0001', line: TASK, reason: 'Toner byl dodán včas' });
    expect(text(dispute.answer)).toContain('SP-1');
    expect(text((await click(bot, TACHOV, 'vendorStatement.dispute', { number: 'VS-2026-0001', line: TASK, reason: 'x' })).answer)).toContain('nemůžete');
    expect(text((await click(bot, ADELE, 'vendorStatement.decide', { disputeId: 'SP-1', upheld: true, amount: '225.00' })).answer)).toContain('SP-1');
    time.at = new Date('2027-01-04T08:00:00Z');
    const december = allText((await bot.say(ADELE, 'vyúčtování Klatovy prosinec 2026')).replies);
    expect(december).toContain('OPR-1');
    expect(december).toContain('225,00');
  });

  it('a ticket moved to another district\'s vendor: only OIT may move it; the first task is withdrawn and Patti no longer has it', async () => {
    expect(allText((await bot.say(PATTI, `předat ${ID} dodavateli Tachov`)).replies)).toContain('nemůžete');
    const moved = allText((await bot.say(MEGAN, `předat ${ID} dodavateli Tachov`)).replies);
    expect(moved).toContain('Tachov IT servis s.r.o.');
    expect(bot.app.vendors.repo.task(TASK)!.status).toBe('withdrawn');
    expect(bot.app.vendors.repo.latestOf(ID)).toMatchObject({ id: `${ID}/2`, vendor: 'vendor-tachov', contractId: 'SML-TC-2026' });
    expect(allText((await bot.say(PATTI, 'moje úkoly')).replies)).toContain('Nemáte žádné otevřené úkoly');
    expect(text((await click(bot, PATTI, 'vendorTask.accept', { taskId: `${ID}/2`, version: 1, view: 'vendor' })).answer)).toContain('nemůžete');
    // the ticket names the new vendor, and so do the reports' facts kept with it
    expect(bot.app.tickets.workflow.get(ID)!.vendor).toBe('vendor-tachov');
    const byVendor = allText((await bot.say(ADELE, 'otevřené požadavky podle dodavatelů')).replies);
    expect(byVendor).toContain('Tachov IT servis s.r.o.');
    expect(byVendor).not.toContain('IT Šumava');
    // Patti's task card is updated in place: moved away, no buttons (also when she refreshes it)
    const post = personal(bot, PATTI).find((p) => p.method === 'POST' && JSON.stringify(p.activity).includes(`Úkol ${ID}`))!;
    const update = personal(bot, PATTI).filter((p) => p.method === 'PUT' && p.path.includes(encodeURIComponent(post.id))).at(-1);
    expect(JSON.stringify(update?.activity)).toContain('Práce byla předána dodavateli Tachov IT servis s.r.o.');
    const refreshed = text((await click(bot, PATTI, 'vendorTask.refresh', { taskId: TASK, version: 2, view: 'vendor' })).answer);
    expect(refreshed).toContain('nebude účtován');
    for (const verb of ['accept', 'arrive', 'done', 'return']) expect(refreshed).not.toContain(`vendorTask.${verb}`);
  });

  it('approval survives a restart: the statement is there once, with its hash, and approving again gives the same number', async () => {
    await click(bot, PATTI, 'vendorTask.done', { taskId: TASK, version: 1, view: 'vendor', note: 'Oprava', taskType: 'onsite-repair', minutes: '30', signedOff: 'true' });
    await click(bot, MEGAN, 'vendorWork.approve', { taskId: TASK, version: 2, view: 'oit' });
    time.at = new Date('2026-12-01T08:00:00Z');
    const hash = /"hash":"([0-9a-f]{64})"/u.exec(allText((await bot.say(ADELE, 'vyúčtování Klatovy 2026-11')).replies))![1]!;
    const data = { vendor: 'vendor-klatovy', district: 'klatovy', month: '2026-11', hash };
    await Promise.all([click(bot, ADELE, 'vendorStatement.approve', data), click(bot, ADELE, 'vendorStatement.approve', data)]);
    await bot.restart();
    const statements = bot.app.vendors.repo.statements();
    expect(statements.map((s) => s.number)).toEqual(['VS-2026-0001']);
    expect(bot.app.vendors.statements.verify(statements[0]!)).toBe(true);
    expect(text((await click(bot, ADELE, 'vendorStatement.approve', data)).answer)).toContain('VS-2026-0001');
    expect(bot.app.vendors.repo.statements()).toHaveLength(1);
  });
});
