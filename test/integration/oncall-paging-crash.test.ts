/**
 * A crash between marking a paging step fired and sending its card must not lose the page: after
 * the restart the step is delivered again, and the card says it is a repeated notice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { ALEX, MEGAN, ADELE, type Persona } from '../support/activities.js';
import { LYNNE, TestTime } from './accounts-support.js';
import { startStep, type Page } from '../../src/domain/paging/page.js';

const NIGHT = '2026-11-25T21:00:00Z';
const PAGE_ID = 'PG-2026-00001';

const alertCards = (bot: BotHarness, who: Persona) => bot.connector.received
  .filter((r) => r.conversationId === `a:personal-${who.aadObjectId}` && r.method === 'POST' && JSON.stringify(r.activity.attachments ?? []).includes('page.acknowledge'));
const pageOf = (bot: BotHarness): Page => bot.app.oncall.paging.get(PAGE_ID)!;

describe('paging across a crash', () => {
  let bot: BotHarness;
  let time: TestTime;

  beforeEach(async () => {
    time = new TestTime(NIGHT);
    bot = await new BotHarness({ clock: time.clock, ticketTimer: time.timer, accountTimer: time.timer, pagingTimer: time.timer }).start();
    for (const who of [LYNNE, MEGAN, ADELE, ALEX]) await bot.say(who, 'nápověda');
  });
  afterEach(async () => bot.stop());

  it('a step marked fired whose card never went out is delivered again after a restart, marked as repeated, and only once', async () => {
    await bot.say(ALEX, 'Celý úřad nemá internet, nikdo nemůže pracovat');
    expect(allText((await bot.say(ALEX, 'ano')).replies)).toContain('HD-2026-');
    await bot.app.settled();
    expect(alertCards(bot, LYNNE)).toHaveLength(1);
    time.advance(10);
    // what the bot wrote for step 2 before sending its card, then the crash: nothing else
    await bot.app.store.commit([{ c: 'pages', k: PAGE_ID, v: startStep(pageOf(bot), time.clock.now(), 10) }]);
    await bot.restart();
    await time.fire();
    await bot.app.settled();
    const cards = alertCards(bot, LYNNE);
    expect(cards).toHaveLength(2);
    expect(JSON.stringify(cards[1]!.activity)).toContain('Opakované upozornění');
    expect(JSON.stringify(cards[0]!.activity)).not.toContain('Opakované upozornění');
    expect(pageOf(bot).timeline.filter((e) => e.kind === 'paged').map((e) => [e.personId, e.step])).toEqual([[LYNNE.aadObjectId, 0], [LYNNE.aadObjectId, 1]]);
    await bot.restart();
    await time.fire();
    expect(alertCards(bot, LYNNE)).toHaveLength(2); // recorded now: not again
    time.advance(10);
    await time.fire();
    expect(alertCards(bot, MEGAN)).toHaveLength(1); // the chain goes on as planned
  });
});
