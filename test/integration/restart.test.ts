import { afterEach, describe, expect, it } from 'vitest';
import { BotHarness, allText, press } from '../support/bot-harness.js';
import { ALEX } from '../support/activities.js';

const NOW = new Date('2026-11-26T09:15:00Z');

describe('one process: the bot on the CloudAdapter behind the HTTP server', () => {
  let bot: BotHarness;
  afterEach(async () => bot.stop());

  it('reports a problem, lists it, and keeps it over a restart', async () => {
    bot = await new BotHarness({ clock: { now: () => NOW } }).start();
    const first = await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    expect(allText(first.replies)).toContain('Mám založit tento požadavek?');
    const second = await bot.say(ALEX, '', press(first.replies, 'Založit požadavek'));
    expect(allText(second.replies)).toContain('HD-2026-00001');
    await bot.restart();
    expect(allText((await bot.say(ALEX, 'moje požadavky')).replies)).toContain('HD-2026-00001');
  });
});
