import { afterEach, describe, expect, it } from 'vitest';
import { BotHarness, allText, press } from '../support/bot-harness.js';
import { ALEX } from '../support/activities.js';

const NOW = new Date('2026-11-26T09:15:00Z');

describe('the bot core in its own thread', () => {
  let bot: BotHarness;
  afterEach(async () => bot.stop());

  it('creates a ticket across the bridge', async () => {
    const t0 = Date.now();
    bot = await new BotHarness({ clock: { now: () => NOW } }).start();
    console.log('started', Date.now() - t0);
    const first = await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    console.log('first', Date.now() - t0, first.status);
    expect(allText(first.replies)).toContain('Mám založit tento požadavek?');
    const second = await bot.say(ALEX, '', press(first.replies, 'Založit požadavek'));
    console.log('second', Date.now() - t0);
    expect(allText(second.replies)).toContain('HD-2026-00001');
  });
});
