import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { ADELE } from '../support/activities.js';
import { LYNNE, TestTime, ask, click, pendingIdOf } from './accounts-support.js';

describe('temporary password card redaction when the connector fails', () => {
  let bot: BotHarness;
  let time: TestTime;
  beforeEach(async () => {
    time = new TestTime('2026-11-26T09:15:00Z');
    bot = await new BotHarness({ clock: time.clock, accountTimer: time.timer, accountGraph: { retry: { delaySeconds: 0, maxRetries: 2, maxRetryAfterSeconds: 1 }, timeoutMs: 2000 } }).start();
  });
  afterEach(async () => bot.stop());

  it('a redaction the connector refuses is not recorded as done: the next tick redacts the card', async () => {
    await bot.say(LYNNE, 'dobrý den');
    const confirm = await ask(bot, ADELE, 'reset hesla', 'Lynne Robbins');
    await click(bot, ADELE, 'account.confirm', { pendingId: pendingIdOf(confirm)! });
    expect(bot.app.store.keys('accountSecretCards')).toHaveLength(1);

    time.advance(11);
    bot.connector.failWith = { status: 404, code: 'ActivityNotFound', method: 'PUT' };
    await time.fire();
    expect(bot.connector.failed).toBeGreaterThan(0);
    expect(bot.connector.received.some((r) => r.method === 'PUT')).toBe(false);
    expect(bot.app.store.keys('accountSecretCards')).toHaveLength(1);

    bot.connector.failWith = null;
    await time.fire();
    const put = await bot.connector.waitFor((r) => r.method === 'PUT');
    expect(JSON.stringify(put.activity)).toContain('bylo skryto');
    expect(bot.app.store.keys('accountSecretCards')).toEqual([]);
  });
});
