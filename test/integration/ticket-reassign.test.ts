/**
 * `ticket.reassign` takes the team from the card's payload, which the client can forge (issue #22):
 * only a team the config has is accepted; "__proto__", Object.prototype's names and unknown teams
 * change nothing, and the ticket stays in its team's queue and the head of OIT's.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { ADELE, ALEX, MEGAN } from '../support/activities.js';
import { click, TestTime } from './accounts-support.js';

const ID = 'HD-2026-00001';

describe('reassigning a ticket from its card', () => {
  let bot: BotHarness;
  beforeEach(async () => {
    const time = new TestTime('2026-03-09T08:00:00Z');
    bot = await new BotHarness({ clock: time.clock, ticketTimer: time.timer, accountTimer: time.timer }).start();
    await bot.say(MEGAN, 'nápověda');
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    await bot.say(ALEX, 'ano');
  });
  afterEach(async () => bot.stop());

  const ticket = () => bot.app.tickets.workflow.get(ID)!;

  it('refuses a team the config does not have, "__proto__" and Object.prototype\'s names included; the ticket stays where it was', async () => {
    expect(ticket().team).toBe('service-desk');
    for (const team of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'no-such-team']) {
      const { answer } = await click(bot, MEGAN, 'ticket.reassign', { ticketId: ID, version: 1, view: 'technician', team });
      expect(answer.type, team).toBe('application/vnd.microsoft.activity.message');
      expect(String(answer.value), team).toContain('Nic jsem neprovedl');
      expect(ticket(), team).toMatchObject({ team: 'service-desk', version: 1 });
    }
    expect(allText((await bot.say(MEGAN, 'fronta')).replies)).toContain(ID);
    expect(allText((await bot.say(ADELE, 'fronta')).replies)).toContain(ID);
  });

  it('moves the ticket to a configured team, into that team\'s queue', async () => {
    const { answer } = await click(bot, MEGAN, 'ticket.reassign', { ticketId: ID, version: 1, view: 'technician', team: 'network' });
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(ticket()).toMatchObject({ team: 'network', version: 2 });
    expect(allText((await bot.say(ADELE, 'fronta')).replies)).toContain(ID);
  });
});
