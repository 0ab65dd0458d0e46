import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { ADELE, ALEX, MEGAN, type Persona } from '../support/activities.js';
import type { RotaOverride } from '../../src/domain/oncall/rota-override.js';

const LYNNE: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000025', name: 'Lynne Robbins', id: '29:lynne' };
/** Wednesday 18 November 2026, 10:00 in Prague: week 45 of the demo rotations (started Monday 5 January). */
const NOW = new Date('2026-11-18T09:00:00Z');
/** The cards' JSON with no-break spaces (date formatting may use them) read as plain spaces. */
const cards = (replies: { attachments?: { content: Record<string, unknown> }[] }[]) =>
  JSON.stringify(replies.flatMap((r) => r.attachments ?? [])).replace(/\u00a0/gu, ' ');

describe('on-call questions over HTTP (demo rota)', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await new BotHarness({ clock: { now: () => NOW } }).start();
  });
  afterAll(async () => bot.stop());

  it('"kdo má pohotovost?": every team, who now and who next with the Monday 07:00 handover in Prague time', async () => {
    const turn = await bot.say(ALEX, 'kdo má pohotovost?');
    const card = cards(turn.replies);
    expect(card).toContain('Kdo má pohotovost');
    expect(card).toContain('Service desk');
    expect(card).toContain('Teď: **Lynne Robbins** (do 23. 11. 2026 7:00)');
    expect(card).toContain('Další: Megan Bowen od 23. 11. 2026 7:00');
    expect(card).toContain('Síť a telefonie');
    expect(card).toContain('Teď: **Megan Bowen** (do 23. 11. 2026 7:00)');
    expect(card).toContain('Servery a hosting');
  });

  it('"who is on call for network?" answers for that team only, in English', async () => {
    const turn = await bot.say(ALEX, 'who is on call for network?');
    const card = cards(turn.replies);
    expect(card).toContain('Network and telephony');
    expect(card).toContain('Now: **Megan Bowen** (until 23/11/2026 07:00)');
    expect(card).toContain('Next: Lynne Robbins from 23/11/2026 07:00');
    expect(card).not.toContain('Service desk');
  });

  it('"kdo má pohotovost na síti" finds the team by its Czech word; an unknown team is explained', async () => {
    expect(cards((await bot.say(ALEX, 'kdo má pohotovost na síti')).replies)).toContain('Síť a telefonie');
    const unknown = await bot.say(ALEX, 'kdo má pohotovost pro kuchyni');
    expect(allText(unknown.replies)).toContain('Takový tým neznám');
  });

  it('"moje služby": Megan\'s running and coming shifts', async () => {
    const card = cards((await bot.say(MEGAN, 'moje služby')).replies);
    expect(card).toContain('Síť a telefonie: právě teď – 23. 11. 2026 7:00');
    expect(card).toContain('Servery a hosting: právě teď – 23. 11. 2026 7:00');
    expect(card).toContain('Service desk: 23. 11. 2026 7:00 – 30. 11. 2026 7:00');
  });

  it('only a rota administrator adds a cover; Megan is refused, Adele is not', async () => {
    const refused = await bot.say(MEGAN, 'zástup Megan za Lynne od 1.12.2026 do 2.12.2026');
    expect(allText(refused.replies)).toContain('Rozpis pohotovosti mohou měnit jen jeho správci');
    expect(bot.app.store.values('rotaOverrides')).toHaveLength(0);
    const done = await bot.say(ADELE, 'zástup Megan za Lynne od 1.12.2026 do 2.12.2026');
    expect(allText(done.replies)).toContain('Zapsáno: Megan Bowen zastoupí Lynne Robbins od 2026-12-01 do 2026-12-02');
    const [cover] = bot.app.store.values<RotaOverride>('rotaOverrides');
    expect(cover).toMatchObject({ kind: 'cover', absentId: LYNNE.aadObjectId, coverId: MEGAN.aadObjectId, createdBy: ADELE.aadObjectId });
    expect(cover).toMatchObject({ from: '2026-11-30T23:00:00.000Z', to: '2026-12-02T23:00:00.000Z' });
  });

  it('the standby report is for managers only; Adele sees hours split by kind, with 17 Nov as a holiday', async () => {
    expect(allText((await bot.say(ALEX, 'výkaz pohotovosti 2026-11')).replies)).toContain('Výkaz pohotovosti vidí jen');
    const card = cards((await bot.say(ADELE, 'výkaz pohotovosti 2026-11')).replies);
    expect(card).toContain('Výkaz pohotovosti 2026-11');
    // Megan and Lynne are each on call in some team all month: 720 h − 20 working days × 8.5 h = 550 h,
    // of which 9 weekend days (216 h), 17 Nov (24 h) and 310 h of weekday nights.
    expect(card).toContain('"title":"Megan Bowen","value":"550 · 310 · 216 · 24 · 0 · 0"');
    expect(card).toContain('"title":"Lynne Robbins","value":"550 · 310 · 216 · 24 · 0 · 0"');
  });

  it('"standby report 2026-11 csv" writes a semicolon CSV with a BOM into DATA_DIR/reports', async () => {
    const turn = await bot.say(ADELE, 'standby report 2026-11 csv');
    const file = path.join(bot.dataDir, 'reports', 'standby-2026-11.csv');
    expect(allText(turn.replies)).toContain(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('2026-11;Megan Bowen;00000000-0000-0000-0000-0000000000021;550;310;216;24;0;0\r\n');
  });
});
