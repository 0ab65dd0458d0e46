import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { ADELE, ALEX, ISAIAH, MEGAN, type Persona } from '../support/activities.js';
import { click, TestTime } from './accounts-support.js';
import type { FileDeliveryPort, OutgoingFile } from '../../src/services/file-delivery-port.js';
import type { ChartPort, ChartRequest } from '../../src/services/chart-port.js';

const PATTI: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000024', name: 'Patti Fernandez', id: '29:patti' };
/** The director of SÚS (organisation manager; config organisations[SUS].managers). */
const DIEGO: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000026', name: 'Diego Siciliani', id: '29:diego' };

class RecordingFiles implements FileDeliveryPort {
  readonly offered: { to: string; file: OutgoingFile }[] = [];
  async offer(to: string, file: OutgoingFile): Promise<void> {
    this.offered.push({ to, file });
  }
}

/** The chart port at the edge: records the request, answers with a PNG signature. */
class RecordingCharts implements ChartPort {
  readonly requests: ChartRequest[] = [];
  async render(request: ChartRequest) {
    this.requests.push(request);
    return { png: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), altText: request.altText };
  }
}

const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

describe('IT cost per organisation over HTTP: a director sees their own organisation only', () => {
  let bot: BotHarness;
  let time: TestTime;
  let files: RecordingFiles;
  let charts: RecordingCharts;
  beforeEach(async () => {
    time = new TestTime('2026-11-09T07:00:00Z');
    files = new RecordingFiles();
    charts = new RecordingCharts();
    bot = await new BotHarness({ clock: time.clock, ticketTimer: time.timer, accountTimer: time.timer, pagingTimer: time.timer, fileDelivery: files, charts }).start();
    // SÚS Klatovy: the vendor's printer service (550 Kč), on time
    await bot.say(ISAIAH, 'Nefunguje tiskárna, netiskne vůbec nic');
    await bot.say(ISAIAH, 'ano');
    await click(bot, PATTI, 'vendorTask.done', { taskId: 'HD-2026-00001/1', version: 1, view: 'vendor', note: 'Vyčištěno', taskType: 'printer-service', minutes: '20', signedOff: 'true' });
    await click(bot, MEGAN, 'vendorWork.approve', { taskId: 'HD-2026-00001/1', version: 2, view: 'oit' });
    // KU: OIT's own work, 30 minutes
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    await bot.say(ALEX, 'ano');
    await bot.app.tickets.workflow.act('HD-2026-00002', MEGAN.aadObjectId, { kind: 'resolve', note: 'Vyměněn toner', minutes: 30 });
    time.at = new Date('2026-12-01T08:00:00Z');
  });
  afterEach(async () => bot.stop());

  it('"kolik nás stál SÚS za listopad?": Diego gets SÚS\'s card with the chart; KU\'s is refused to him; Adele sees any; an employee none', async () => {
    const sus = allText((await bot.say(DIEGO, 'kolik nás stál SÚS za listopad?')).replies);
    expect(sus).toContain('IT náklady: Správa údržby silnic, listopad 2026');
    expect(sus).toContain('{"title":"Úkony dodavatelů","value":"550,00\u00a0Kč"}');
    // no page in the month, yet the standby was paid: SÚS's 120 of 550 users' share of 49 280 Kč (the demo rota) = 10 752 Kč
    expect(sus).toContain('{"title":"Pohotovost (podíl podle uživatelů 120 / 550 z 49\u00a0280,00\u00a0Kč)","value":"10\u00a0752,00\u00a0Kč"}');
    expect(sus).toContain('{"title":"Celkem (bez DPH)","value":"11\u00a0302,00\u00a0Kč"}');
    expect(sus).toContain('data:image/png;base64,iVBORw');
    expect(charts.requests[0]!.altText).toContain('2026-11 11\u00a0302,00');
    expect(allText((await bot.say(DIEGO, 'kolik nás stál?')).replies)).toContain('Správa údržby silnic');
    const ku = allText((await bot.say(DIEGO, 'náklady KU listopad')).replies);
    expect(ku).toContain('jen vedoucí OIT a ředitel');
    expect(ku).not.toContain('325,00');
    const forAdele = allText((await bot.say(ADELE, 'náklady KU listopad')).replies);
    expect(forAdele).toContain('{"title":"Práce OIT (0,5 h × 650,00\u00a0Kč)","value":"325,00\u00a0Kč"}');
    // an organisation with no tickets in the month: its share of the standby is all of its cost
    const cn = allText((await bot.say(ADELE, 'náklady Centrální nákup listopad')).replies);
    expect(cn).toContain('{"title":"Pohotovost (podíl podle uživatelů 20 / 550 z 49\u00a0280,00\u00a0Kč)","value":"1\u00a0792,00\u00a0Kč"}');
    expect(cn).toContain('{"title":"Celkem (bez DPH)","value":"1\u00a0792,00\u00a0Kč"}');
    expect(allText((await bot.say(ALEX, 'kolik nás stál SÚS za listopad?')).replies)).toContain('jen vedoucí OIT a ředitel');
    expect(allText((await bot.say(DIEGO, 'náklady SÚS prosinec')).replies)).toContain('Měsíc prosinec 2026 ještě neskončil');
  });

  it('exports: Diego gets SÚS\'s XLSX, a forged export of KU\'s is refused', async () => {
    const mine = await click(bot, DIEGO, 'vendorCost.export', { organisation: 'SUS', month: '2026-11' });
    expect(text(mine.answer.value)).toContain('naklady-SUS-2026-11.xlsx');
    expect(files.offered.map((f) => f.to)).toEqual([DIEGO.aadObjectId]);
    expect(Buffer.from(files.offered[0]!.file.bytes.slice(0, 2)).toString()).toBe('PK');
    // the same amounts as the card: the on-call share on its own line, the total with it
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(files.offered[0]!.file.bytes) as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1, 3));
    expect(rows).toContainEqual(['Pohotovost (podíl podle uživatelů 120 / 550 z 49\u00a0280,00\u00a0Kč)', 10752]);
    expect(rows).toContainEqual(['Celkem (bez DPH)', 11302]);
    const forged = await click(bot, DIEGO, 'vendorCost.export', { organisation: 'KU', month: '2026-11' });
    expect(text(forged.answer.value)).toContain('jen vedoucí OIT a ředitel');
    expect(files.offered).toHaveLength(1);
  });

  it('organisations side by side for the head of OIT, with the candidates marked as estimates; not for a director', async () => {
    const table = allText((await bot.say(ADELE, 'srovnání organizací listopad')).replies);
    expect(table).toContain('Srovnání organizací, listopad 2026');
    expect(table).toContain('Správa údržby silnic | 120 | 0,01 | 94,18\u00a0Kč | 100 %'); // (550 + 10 752 Kč) / 120
    expect(table).toContain('Galerie (zvažovaná) (odhad)');
    expect(allText((await bot.say(DIEGO, 'srovnání organizací')).replies)).toContain('jen vedoucí OIT');
  });
});
