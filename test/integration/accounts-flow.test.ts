import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotHarness, allText, press, type TurnResult } from '../support/bot-harness.js';
import { ADELE, ALEX, MEGAN, messageActivity } from '../support/activities.js';
import type { Ticket } from '../../src/domain/tickets/ticket.js';
import type { AccountAuditEntry } from '../../src/domain/accounts/account-audit.js';
import { LYNNE, TestTime, ask, click, pendingIdOf } from './accounts-support.js';

const PASSWORD_IN_CARD = /"text":"([^"]{16})","size":"Large"/u;

/** The person's name on the first button of a pick list ("1. Jana Nováková"). */
function nameOnFirstButton(replies: TurnResult['replies']): string {
  const title = /"title":"1\. ([^"]+)"/u.exec(JSON.stringify(replies))?.[1];
  if (!title) throw new Error('no pick list on the replies');
  return title;
}

describe('account actions end to end (bot over HTTP, Graph sandbox over HTTPS)', () => {
  let bot: BotHarness;
  let time: TestTime;
  beforeEach(async () => {
    time = new TestTime('2026-11-26T09:15:00Z');
    bot = await new BotHarness({ clock: time.clock, accountTimer: time.timer, accountGraph: { retry: { delaySeconds: 0, maxRetries: 2, maxRetryAfterSeconds: 1 }, timeoutMs: 2000 } }).start();
  });
  afterEach(async () => bot.stop());

  it('a manager resets a direct report\'s password: confirm card, temp password in personal chat only, records, notice, redaction', async () => {
    await bot.say(LYNNE, 'dobrý den');
    const confirm = await ask(bot, ADELE, 'reset hesla', 'Lynne Robbins');
    expect(allText(confirm.replies)).toContain('nastavím nové dočasné heslo');
    const pendingId = pendingIdOf(confirm)!;
    expect(pendingId).toBeTruthy();

    const { answer, turn } = await click(bot, ADELE, 'account.confirm', { pendingId });
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(answer.value)).toMatch(/HD-2026-\d{5}/u);
    const sandbox = bot.app.graph!.sandbox!;
    const change = sandbox.directory.passwordChanges.at(-1)!;
    expect(change).toMatchObject({ userId: LYNNE.aadObjectId, forceChangePasswordNextSignIn: true });
    const secretReply = turn.replies.find((r) => PASSWORD_IN_CARD.test(JSON.stringify(r)))!;
    expect(PASSWORD_IN_CARD.exec(JSON.stringify(secretReply))![1]).toBe(change.password);
    expect(bot.connector.received.find((r) => JSON.stringify(r.activity).includes(change.password))!.conversationId).toBe(`a:personal-${ADELE.aadObjectId}`);

    const audit = bot.app.store.values<AccountAuditEntry>('accountAudit');
    expect(audit).toHaveLength(1);
    const patch = sandbox.requests.filter((r) => r.method === 'PATCH').at(-1)!;
    expect(audit[0]).toMatchObject({ requesterId: ADELE.aadObjectId, targetId: LYNNE.aadObjectId, action: 'resetPassword', result: 'success', graphRequestId: patch.requestId });
    const ticket = bot.app.store.get<Ticket>('tickets', audit[0]!.ticketId!)!;
    expect(ticket).toMatchObject({ status: 'resolved', category: 'account', requester: { id: ADELE.aadObjectId } });
    const notice = await bot.connector.waitFor((r) => r.conversationId === `a:personal-${LYNNE.aadObjectId}` && (r.activity.text ?? '').includes('resetovat heslo'));
    expect(notice.activity.text).toContain('Adele Vance');

    // never logged, never stored
    expect(bot.log.text()).not.toContain(change.password);
    const files = readdirSync(bot.dataDir, { withFileTypes: true }).filter((f) => f.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(path.join(bot.dataDir, file.name), 'utf8').includes(change.password)).toBe(false);
    }

    // the timer redacts the card after the configured minutes (10), not before
    await time.fire();
    expect(bot.connector.received.some((r) => r.method === 'PUT')).toBe(false);
    time.advance(11);
    await time.fire();
    const put = await bot.connector.waitFor((r) => r.method === 'PUT');
    expect(JSON.stringify(put.activity)).toContain('bylo skryto');
    expect(JSON.stringify(put.activity)).not.toContain(change.password);
    expect(bot.app.store.keys('accountSecretCards')).toEqual([]);
  });

  it('"Got it" answers with the redacted card, once, and only for the requester', async () => {
    const { turn } = await click(bot, MEGAN, 'account.confirm', { pendingId: pendingIdOf(await ask(bot, MEGAN, 'reset password', 'Alex Wilber'))! });
    const secretId = /"secretId":"([0-9a-f-]{36})"/u.exec(allText(turn.replies))![1]!;
    const stranger = await click(bot, ALEX, 'account.secretSeen', { secretId });
    expect(stranger.answer.type).toBe('application/vnd.microsoft.activity.message');
    const seen = await click(bot, MEGAN, 'account.secretSeen', { secretId });
    expect(JSON.stringify(seen.answer.value)).toContain('has been hidden');
    expect(bot.app.store.keys('accountSecretCards')).toEqual([]);
  });

  it('a confirmation card acts once; a replay or another user\'s click is stale', async () => {
    const pendingId = pendingIdOf(await ask(bot, ALEX, 'reset MFA', 'self'))!;
    expect((await click(bot, MEGAN, 'account.confirm', { pendingId })).answer.value).toMatchObject({ body: [{ text: expect.stringContaining('už neplatí') }] });
    const first = await click(bot, ALEX, 'account.confirm', { pendingId });
    expect(JSON.stringify(first.answer.value)).toMatch(/MFA účtu .* je resetováno: odebráno metod \d+/u);
    const deleted = bot.app.graph!.sandbox!.directory.deletedMethods.filter((d) => d.userId === ALEX.aadObjectId);
    expect(deleted.length).toBeGreaterThan(0);
    const again = await click(bot, ALEX, 'account.confirm', { pendingId });
    expect(JSON.stringify(again.answer.value)).toContain('už neplatí');
    expect(bot.app.graph!.sandbox!.directory.deletedMethods.filter((d) => d.userId === ALEX.aadObjectId)).toHaveLength(deleted.length);
  });

  it('refuses what the policy does not allow, with why and what to do instead', async () => {
    const other = await ask(bot, ALEX, 'reset hesla', 'Lynne Robbins');
    expect(pendingIdOf(other)).toBeNull();
    expect(allText(other.replies)).toContain('smí ji vyžádat jen jeho vedoucí nebo technik OIT');
    const self = await ask(bot, ALEX, 'reset hesla', 'self');
    expect(allText(self.replies)).toContain('aka.ms/sspr');
    expect(bot.app.graph!.sandbox!.directory.passwordChanges).toHaveLength(0);
    expect(bot.app.store.values<AccountAuditEntry>('accountAudit').map((e) => e.result)).toEqual(['refused', 'refused']);
  });

  it('never touches a privileged account: opens a ticket for the identity team and says so', async () => {
    const turn = await ask(bot, MEGAN, 'reset password', 'Tomáš Bartoš');
    expect(allText(turn.replies)).toContain('privileged');
    const entry = bot.app.store.values<AccountAuditEntry>('accountAudit')[0]!;
    expect(entry.result).toBe('escalated');
    expect(bot.app.store.get<Ticket>('tickets', entry.ticketId!)).toMatchObject({ status: 'new', team: 'identity' });
    expect(bot.app.graph!.sandbox!.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('over the per-target limit (3 resets in 24 h) hands the fourth to a human', async () => {
    for (let i = 0; i < 3; i++) {
      const { answer } = await click(bot, ADELE, 'account.confirm', { pendingId: pendingIdOf(await ask(bot, ADELE, 'reset hesla', 'Lynne Robbins'))! });
      expect(JSON.stringify(answer.value)).toContain('je resetováno');
      time.advance(60);
    }
    const fourth = await ask(bot, ADELE, 'reset hesla', 'Lynne Robbins');
    expect(allText(fourth.replies)).toContain('Limit automatických akcí');
    expect(bot.app.graph!.sandbox!.directory.passwordChanges).toHaveLength(3);
    time.advance(24 * 60);
    expect(pendingIdOf(await ask(bot, ADELE, 'reset hesla', 'Lynne Robbins'))).toBeTruthy();
  });

  it('offers a pick list when several people match, and starts from triage', async () => {
    await bot.say(MEGAN, 'reset hesla');
    await bot.say(MEGAN, '2');
    const list = await bot.say(MEGAN, 'Novák');
    const text = allText(list.replies);
    if (!text.includes('Našel jsem více lidí')) throw new Error(`expected a pick list, got: ${text.slice(0, 300)}`);
    const picked = await bot.say(MEGAN, '1');
    expect(pendingIdOf(picked)).toBeTruthy();
    const triaged = await bot.say(ALEX, 'Kolega má zablokovaný účet a nemůže se přihlásit');
    expect(allText(triaged.replies)).toContain('Pro koho?');
  });

  it('a sentence that says for whom skips "for whom?": the writer\'s own account, or the person named (also in another case)', async () => {
    // one's own account: the policy answers at once (no password reset or unlock of oneself through the bot)
    const locked = allText((await bot.say(ALEX, 'Mám zablokovaný účet a nemůžu se přihlásit')).replies);
    expect(locked).not.toContain('Pro koho?');
    expect(locked).toContain('váš účet zamčený není');
    const forgot = allText((await bot.say(ALEX, 'Zapomněl jsem heslo')).replies);
    expect(forgot).not.toContain('Pro koho?');
    expect(forgot).toContain('samoobslužný reset hesla');

    const named = await bot.say(MEGAN, 'Prosím o reset hesla pro Alex Wilber.');
    expect(allText(named.replies)).not.toContain('Pro koho?');
    expect(pendingIdOf(named)).toBeTruthy();
    expect(allText(named.replies)).toContain('alex.wilber');

    const inflected = allText((await bot.say(MEGAN, 'potřebuju resetovat heslo pro kolegu Isaiaha Langera')).replies);
    expect(inflected).toContain('Isaiah Langer');
    expect(inflected).not.toContain('Nikoho takového');
  });

  it('an answer that is none of the choices says how to answer and shows the question again, whose buttons still answer', async () => {
    await bot.say(MEGAN, 'reset hesla');
    const retry = await bot.say(MEGAN, 'nevím, asi kolega');
    expect(retry.replies).toHaveLength(1);
    expect(retry.replies[0]!.text).toContain('napište číslo volby');
    expect(retry.replies[0]!.text).toContain('„zrušit“');
    expect(allText(retry.replies)).toContain('Pro koho?');
    await bot.say(MEGAN, '', press(retry.replies, '2. Pro někoho jiného'));
    expect(pendingIdOf(await bot.say(MEGAN, 'Alex Wilber'))).toBeTruthy();
  });

  it('"zrušit" typed after the confirmation card withdraws it: its button no longer acts', async () => {
    const pendingId = pendingIdOf(await bot.say(MEGAN, 'reset hesla pro Alex Wilber'))!;
    expect(pendingId).toBeTruthy();
    expect(allText((await bot.say(MEGAN, 'zrušit')).replies)).toContain('Dobře, akci s účtem neprovedu.');
    const { answer } = await click(bot, MEGAN, 'account.confirm', { pendingId });
    expect(JSON.stringify(answer.value)).toContain('Tato karta už neplatí');
    expect(bot.app.graph!.sandbox!.directory.passwordChanges).toHaveLength(0);
    expect(allText((await bot.say(MEGAN, 'zrušit')).replies)).toContain('Teď spolu nic rozpracovaného nemáme');
  });

  it('a click on an earlier question\'s card does not answer the current one: it says so and asks again', async () => {
    const whom = await bot.say(MEGAN, 'reset hesla');
    await bot.say(MEGAN, '', press(whom.replies, '2. Pro někoho jiného'));
    const firstList = await bot.say(MEGAN, 'Novák');
    const firstPick = press(firstList.replies, '1. ' + nameOnFirstButton(firstList.replies));
    expect(pendingIdOf(await bot.say(MEGAN, '', firstPick))).toBeTruthy();

    // a second request for the same people: the first list's button must not pick in the second
    const again = await bot.say(MEGAN, 'reset hesla');
    await bot.say(MEGAN, '', press(again.replies, '2. Pro někoho jiného'));
    const secondList = await bot.say(MEGAN, 'Novák');
    const stale = await bot.say(MEGAN, '', firstPick);
    expect(allText(stale.replies)).toContain('Tohle tlačítko patří k dřívější otázce');
    expect(pendingIdOf(stale)).toBeFalsy();
    expect(JSON.stringify(stale.replies)).toContain('Našel jsem více lidí');
    // an earlier question's button of another kind ("for me") is refused the same way
    const otherKind = await bot.say(MEGAN, '', press(whom.replies, '1. Pro mě'));
    expect(allText(otherKind.replies)).toContain('Tohle tlačítko patří k dřívější otázce');
    expect(pendingIdOf(otherKind)).toBeFalsy();
    // a forged click without the question's stamp too
    const forged = await bot.say(MEGAN, '', { value: { helpdeskAction: 'choice', value: String(firstPick.value.value) } });
    expect(allText(forged.replies)).toContain('Tohle tlačítko patří k dřívější otázce');
    // the current card's button answers
    const picked = await bot.say(MEGAN, '', press(secondList.replies, '1. ' + nameOnFirstButton(secondList.replies)));
    expect(pendingIdOf(picked)).toBeTruthy();
  });

  it('lets a manager query the audit log for their reports only', async () => {
    await click(bot, ADELE, 'account.confirm', { pendingId: pendingIdOf(await ask(bot, ADELE, 'odemknout účet', 'Lynne Robbins'))! });
    await click(bot, ALEX, 'account.confirm', { pendingId: pendingIdOf(await ask(bot, ALEX, 'odhlásit ze všech zařízení', 'self'))! });
    const adele = allText((await bot.say(ADELE, 'historie účtů')).replies);
    expect(adele).toContain('Historie akcí s účty');
    expect(adele).toContain('Lynne Robbins');
    expect(adele).not.toContain('Alex Wilber');
    const megan = allText((await bot.say(MEGAN, 'account history')).replies);
    expect(megan).toContain('Lynne Robbins');
    expect(megan).toContain('Alex Wilber');
  });

  it('handles account matters only in personal chat', async () => {
    const a = messageActivity(bot.connector.url, ALEX, '<at>Helpdesk OIT</at> reset hesla', {
      entities: [{ type: 'mention', text: '<at>Helpdesk OIT</at>', mentioned: { id: '28:helpdesk-bot', name: 'Helpdesk OIT' } }],
    });
    (a.conversation as Record<string, unknown>).conversationType = 'groupChat';
    (a.conversation as Record<string, unknown>).id = '19:group';
    expect(allText((await bot.send(a)).replies)).toContain('jen v osobním chatu');
  });
});
