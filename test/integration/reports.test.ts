import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { ADELE, ALEX, BOT, MEGAN, TENANT, type Persona } from '../support/activities.js';
import { demoConfig } from '../support/ticket-fixtures.js';
import { generateReportTickets, writeTickets } from '../support/report-tickets.js';
import { tempDir } from '../support/temp-dir.js';
import { click } from './accounts-support.js';
import { isOpen } from '../../src/domain/tickets/ticket-lifecycle.js';

const DIEGO: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000026', name: 'Diego Siciliani', id: '29:diego' };
const PATTI: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000024', name: 'Patti Fernandez', id: '29:patti' };
/** Monday 7 December 2026, 10:00 in Prague. */
const NOW = new Date('2026-12-07T09:00:00Z');
const config = demoConfig();
const tickets = generateReportTickets({ count: 400, from: new Date('2026-06-01T06:00:00Z'), now: NOW, config });
const cards = (replies: { attachments?: unknown[] }[]) => JSON.stringify(replies.flatMap((r) => r.attachments ?? [])).replace(/\u00a0/gu, ' ');

/** A local stand-in for the upload URL Teams gives on an accepted file (OneDrive in production). */
class UploadStandIn {
  readonly puts: { headers: Record<string, string | string[] | undefined>; body: Buffer }[] = [];
  private server: Server | null = null;
  url = '';
  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.puts.push({ headers: req.headers, body: Buffer.concat(chunks) });
        res.statusCode = req.method === 'PUT' ? 201 : 405;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/upload/session-1`;
  }
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

function fileConsent(serviceUrl: string, from: Persona, action: 'accept' | 'decline', context: unknown, uploadUrl: string): Record<string, unknown> {
  return {
    type: 'invoke', name: 'fileConsent/invoke', id: randomUUID(), channelId: 'msteams', serviceUrl, locale: 'en-US',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId }, recipient: BOT,
    conversation: { id: `a:personal-${from.aadObjectId}`, conversationType: 'personal', tenantId: TENANT }, channelData: { tenant: { id: TENANT } },
    value: { type: 'fileUpload', action, context, uploadInfo: { name: 'sla-2026-11.csv', uploadUrl, contentUrl: 'https://onedrive.example/sla-2026-11.csv', uniqueId: 'u-1', fileType: 'csv' } },
  };
}

describe('reports for managers over HTTP (400 generated tickets, June–December 2026)', () => {
  const data = tempDir('helpdesk-reports-');
  const upload = new UploadStandIn();
  let bot: BotHarness;
  beforeAll(async () => {
    await writeTickets(data.dir, tickets);
    await upload.start();
    bot = await new BotHarness({ clock: { now: () => NOW }, reportsTimer: { every: () => ({ stop: () => undefined }) } }, data.dir).start();
  });
  afterAll(async () => {
    await bot.stop();
    await upload.stop();
    data.cleanup();
  });

  it('Adele: "kolik máme otevřených požadavků?" – the open tickets of the whole region, from the tickets rebuilt into facts', async () => {
    const turn = await bot.say(ADELE, 'kolik máme otevřených požadavků?');
    expect(turn.replies[0]?.type).toBe('typing');
    const card = cards(turn.replies);
    const open = tickets.filter((t) => isOpen(t.status)).length;
    expect(card).toContain('Otevřené požadavky');
    expect(card).toContain('Celý kraj');
    expect(card).toContain(`"text":"Otevřené","weight":"Bolder","wrap":true}]},{"type":"Column","width":"2","items":[{"type":"TextBlock","text":"${open} `);
    expect(card).toContain('data:image/png;base64,');
  });

  it('Adele: "jak plní dodavatelé SLA?", then "a za říjen?" and "rozpad podle priority" keep the context', async () => {
    const first = cards((await bot.say(ADELE, 'jak plní dodavatelé SLA?')).replies);
    expect(first).toContain('Plnění SLA – prosinec 2026');
    expect(first).toContain('Dodavatel');
    const october = cards((await bot.say(ADELE, 'a za říjen?')).replies);
    expect(october).toContain('Plnění SLA – říjen 2026');
    expect(october).toContain('Dodavatel');
    expect(october).toMatch(/proti září/u);
    const byPriority = cards((await bot.say(ADELE, 'rozpad podle priority')).replies);
    expect(byPriority).toContain('Plnění SLA – říjen 2026');
    expect(byPriority).toContain('"text":"Priorita"');
  });

  it('Adele in words the recogniser misses ("kolik toho bylo v listopadu"): the intent layer hands it to the reports, the card comes; Alex asking gets a polite no and no ticket', async () => {
    const before = bot.app.store.values('tickets').length;
    const turn = await bot.say(ADELE, 'kolik toho bylo v listopadu');
    const card = cards(turn.replies);
    expect(card).toContain('Přehled služby – listopad 2026');
    expect(card).toContain('Celý kraj');
    const quarter = cards((await bot.say(ADELE, 'souhrn požadavků za Q3')).replies);
    expect(quarter).toContain('Přehled služby');
    expect(quarter).toMatch(/září 2026|Q3|čtvrtletí/u);
    const alex = await bot.say(ALEX, 'kolik toho bylo v listopadu');
    expect(allText(alex.replies)).toContain('Přehledy a statistiky helpdesku jsou určené vedení');
    expect(cards(alex.replies)).not.toContain('Přehled služby');
    expect(bot.app.store.values('tickets').length).toBe(before);
  });

  it('Adele in English: "overview for November" answers in English', async () => {
    const card = cards((await bot.say(ADELE, 'overview for November')).replies);
    expect(card).toContain('Service overview – November 2026');
    expect(card).toContain('Time to resolve (median / p90)');
  });

  it('Diego sees his organisation only; asking for another one is refused', async () => {
    const card = cards((await bot.say(DIEGO, 'SLA za listopad')).replies);
    expect(card).toContain('Organizace: Správa údržby silnic');
    expect(card).not.toContain('Krajský úřad');
    const other = await bot.say(DIEGO, 'SLA za listopad pro Krajský úřad');
    expect(allText(other.replies)).toContain('Můžete vidět jen údaje své organizace (Správa údržby silnic)');
    const byOrg = cards((await bot.say(DIEGO, 'otevřené požadavky podle organizací')).replies);
    expect(byOrg).not.toMatch(/Krajský úřad|Centrální nákup|Zdravotnický holding/u);
  });

  it('a team lead (Megan: service desk, identity) sees her teams and the region-wide totals; another team is refused', async () => {
    const card = cards((await bot.say(MEGAN, 'otevřené požadavky podle týmů')).replies);
    expect(card).toContain('Týmy: Service desk, Identity a účty');
    expect(card).toMatch(/Celý kraj: \d+ otevřen(ý|é|ých), z toho \d+ po termínu/u);
    expect(card).not.toMatch(/"text":"Síť a telefonie"|"text":"Servery a hosting"/u);
    const other = await bot.say(MEGAN, 'SLA za listopad pro tým Síť a telefonie');
    expect(allText(other.replies)).toContain('Můžete vidět jen údaje svých týmů (Service desk, Identity a účty)');
  });

  it('an employee and a vendor technician get a polite "not for you", no figures', async () => {
    for (const who of [ALEX, PATTI]) {
      const turn = await bot.say(who, 'kolik máme otevřených požadavků?');
      expect(allText(turn.replies)).toContain('Přehledy a statistiky helpdesku jsou určené vedení');
      expect(cards(turn.replies)).not.toContain('Otevřené');
    }
  });

  it('a forged drill-down (Diego → the regional office, a KU ticket, or an employee) is refused on the server', async () => {
    const forged = await click(bot, DIEGO, 'report.show', { q: { kind: 'sla', period: { kind: 'month', year: 2026, month: 11 }, by: null, filter: { organisation: 'KU' } } });
    expect(JSON.stringify(forged.answer.value)).toContain('Můžete vidět jen údaje své organizace');
    const kuTicket = tickets.find((t) => t.organisation === 'KU')!;
    const detail = await click(bot, DIEGO, 'report.ticket', { id: kuTicket.id });
    expect(detail.answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(JSON.stringify(detail.answer.value)).not.toContain(kuTicket.title);
    const employee = await click(bot, ALEX, 'report.show', { q: { kind: 'status', period: null, by: null, filter: {} } });
    expect(JSON.stringify(employee.answer.value)).toContain('Přehledy a statistiky');
    const own = tickets.find((t) => t.organisation === 'SUS')!;
    const ok = await click(bot, DIEGO, 'report.ticket', { id: own.id });
    expect(JSON.stringify(ok.answer.value)).toContain(own.id);
  });

  it('export: consent card → accept → bytes PUT to the upload URL with Content-Range → file-info card; a decline drops the file', async () => {
    const offer = await click(bot, ADELE, 'report.export', { q: { kind: 'sla', period: { kind: 'month', year: 2026, month: 11 }, by: 'organisation', filter: {} }, format: 'csv' });
    expect(JSON.stringify(offer.answer.value)).toContain('sla-2026-11.csv');
    const consent = bot.connector.received.map((r) => r.activity).reverse().find((a) => a.attachments?.[0]?.contentType === 'application/vnd.microsoft.teams.card.file.consent')!;
    const content = consent.attachments![0]!.content as { acceptContext: unknown; sizeInBytes: number };
    const accepted = await bot.send(fileConsent(bot.connector.url, ADELE, 'accept', content.acceptContext, upload.url));
    expect(accepted.status).toBe(200);
    const put = upload.puts[0]!;
    expect(put.headers['content-range']).toBe(`bytes 0-${content.sizeInBytes - 1}/${content.sizeInBytes}`);
    const text = put.body.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    // Adele wrote English last: the file speaks English, with a decimal comma and ; between fields
    expect(text).toMatch(/^\ufeffResponse met \(%\);\d+(,\d)?\r\n/u);
    expect(text).toMatch(/;\d+,\d/u);
    expect(text).toContain('\r\nid;organisation;team;');
    expect(cards(accepted.replies)).toContain('application/vnd.microsoft.teams.card.file.info');
    // the same offer again: gone
    const again = await bot.send(fileConsent(bot.connector.url, ADELE, 'accept', content.acceptContext, upload.url));
    expect(allText(again.replies)).toContain('This file offer has expired');
    expect(upload.puts).toHaveLength(1);
    await click(bot, ADELE, 'report.export', { q: { kind: 'status', period: null, by: null, filter: {} }, format: 'xlsx' });
    const second = bot.connector.received.map((r) => r.activity).reverse().find((a) => a.attachments?.[0]?.contentType === 'application/vnd.microsoft.teams.card.file.consent')!;
    const declined = await bot.send(fileConsent(bot.connector.url, ADELE, 'decline', (second.attachments![0]!.content as { declineContext: unknown }).declineContext, upload.url));
    expect(allText(declined.replies)).toContain('I will not send');
    expect(upload.puts).toHaveLength(1);
    expect(bot.app.store.values('pendingFiles')).toHaveLength(0);
  });

  it('the standby report CSV is offered the same way (and still written on the server)', async () => {
    const turn = await bot.say(ADELE, 'výkaz pohotovosti 2026-11 csv');
    expect(allText(turn.replies)).toContain('standby-2026-11.csv');
    const consent = bot.connector.received.map((r) => r.activity).reverse().find((a) => a.attachments?.[0]?.contentType === 'application/vnd.microsoft.teams.card.file.consent')!;
    expect(consent.attachments![0]).toMatchObject({ name: 'standby-2026-11.csv' });
    const accepted = await bot.send(fileConsent(bot.connector.url, ADELE, 'accept', (consent.attachments![0]!.content as { acceptContext: unknown }).acceptContext, upload.url));
    expect(accepted.status).toBe(200);
    expect(upload.puts.at(-1)!.body.toString('utf8').startsWith('\ufeff')).toBe(true);
  });

  it('someone else cannot accept a file offered to Adele', async () => {
    const uploads = upload.puts.length;
    await click(bot, ADELE, 'report.export', { q: { kind: 'status', period: null, by: null, filter: {} }, format: 'csv' });
    const consent = bot.connector.received.map((r) => r.activity).reverse().find((a) => a.attachments?.[0]?.contentType === 'application/vnd.microsoft.teams.card.file.consent')!;
    const stolen = await bot.send(fileConsent(bot.connector.url, DIEGO, 'accept', (consent.attachments![0]!.content as { acceptContext: unknown }).acceptContext, upload.url));
    expect(stolen.status).toBe(200);
    expect(upload.puts).toHaveLength(uploads);
  });

  it('a client that refuses the card with its charts as too large (the Playground: 413 over 100 kB) gets it with its tables alone', async () => {
    bot.connector.maxBodyBytes = 40_000;
    try {
      const turn = await bot.say(ADELE, 'vývoj za 12 měsíců');
      const card = cards(turn.replies);
      expect(card).toContain('Vývoj – 12 měsíců do prosince 2026');
      expect(card).toContain('"text":"Reakce %"');
      expect(card).not.toContain('data:image/png');
      expect(bot.connector.failed).toBeGreaterThan(0);
      expect(bot.log.text()).toContain('report card too large for the client: sent without its charts');
    } finally {
      bot.connector.maxBodyBytes = null;
    }
  });
});

describe('the monthly report over HTTP', () => {
  const data = tempDir('helpdesk-monthly-');
  const clock = { at: new Date('2026-11-30T12:00:00Z'), now() { return new Date(this.at); } };
  let bot: BotHarness;
  beforeAll(async () => {
    await writeTickets(data.dir, generateReportTickets({ count: 200, from: new Date('2026-09-01T06:00:00Z'), now: clock.at, config }));
    bot = await new BotHarness({ clock, reportsTimer: { every: () => ({ stop: () => undefined }) } }, data.dir).start();
  });
  afterAll(async () => {
    await bot.stop();
    data.cleanup();
  });

  it('goes on the first business day at 08:00 to the managers\' channel and to Diego (SÚS only), once, also after a restart', async () => {
    await bot.say(DIEGO, 'dobrý den');
    // the bot sees the OIT team (any activity from it), so it can post to its channel
    await bot.send(channelMessage(bot.connector.url));
    const job = () => bot.app.reports.job;
    clock.at = new Date('2026-12-01T06:59:00Z'); // Tuesday 1 December, 07:59 in Prague
    expect(await job().tick(clock.now())).toBe(0);
    clock.at = new Date('2026-12-01T07:05:00Z');
    const before = bot.connector.received.length;
    expect(await job().tick(clock.now())).toBe(2);
    const sent = bot.connector.received.slice(before).map((r) => ({ conversation: r.conversationId, text: JSON.stringify(r.activity).replace(/\u00a0/gu, ' ') }));
    const toDiego = sent.find((s) => s.conversation === `a:personal-${DIEGO.aadObjectId}`)!;
    expect(toDiego.text).toContain('Měsíční přehled helpdesku za listopad 2026');
    expect(toDiego.text).toContain('Organizace: Správa údržby silnic');
    expect(toDiego.text).not.toMatch(/Krajský úřad|Centrální nákup|Zdravotnický holding/u);
    const toChannel = sent.find((s) => s.conversation === '19:channel-service-desk@thread.tacv2')!;
    expect(toChannel.text).toContain('Celý kraj');
    expect(await job().tick(clock.now())).toBe(0);
    await bot.restart();
    expect(await bot.app.reports.job.tick(clock.now())).toBe(0);
    clock.at = new Date('2026-12-02T07:05:00Z');
    expect(await bot.app.reports.job.tick(clock.now())).toBe(0);
  });
});

function channelMessage(serviceUrl: string): Record<string, unknown> {
  return {
    type: 'message', id: randomUUID(), channelId: 'msteams', serviceUrl, locale: 'cs-CZ', text: 'ahoj',
    from: { id: ADELE.id, name: ADELE.name, aadObjectId: ADELE.aadObjectId }, recipient: BOT,
    conversation: { id: '19:channel-service-desk@thread.tacv2', conversationType: 'channel', tenantId: TENANT, isGroup: true },
    channelData: { tenant: { id: TENANT }, team: { id: '19:team-oit@thread.tacv2' }, channel: { id: '19:channel-service-desk@thread.tacv2' } },
  };
}
