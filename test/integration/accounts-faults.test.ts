import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { ADELE, ALEX } from '../support/activities.js';
import type { FaultAction } from '../../src/graph/sandbox/fault-injector.js';
import type { AccountAuditEntry } from '../../src/domain/accounts/account-audit.js';
import type { Ticket } from '../../src/domain/tickets/ticket.js';
import { LYNNE, TestTime, ask, click, pendingIdOf } from './accounts-support.js';

interface Case { name: string; action: FaultAction; times?: number; says: string; ticket: boolean }

const CASES: Case[] = [
  { name: '403 Authorization_RequestDenied', action: { type: 'status', status: 403, code: 'Authorization_RequestDenied' }, says: '403', ticket: true },
  { name: '404 (account gone)', action: { type: 'status', status: 404, code: 'Request_ResourceNotFound' }, says: '404', ticket: false },
  { name: '429 past the retries', action: { type: 'status', status: 429, retryAfterSeconds: 0 }, times: 10, says: 'přetížený', ticket: true },
  { name: '500', action: { type: 'status', status: 500 }, says: 'chyba serveru', ticket: true },
  { name: '503 past the retries', action: { type: 'status', status: 503, retryAfterSeconds: 0 }, times: 10, says: 'chyba serveru', ticket: true },
  { name: 'a timeout', action: { type: 'delay', ms: 1500 }, says: 'neodpověděl včas', ticket: true },
  { name: 'a dropped connection', action: { type: 'down', mode: 'reset' }, says: 'Spojení s Microsoft Graph selhalo', ticket: true },
];

describe('account actions when Microsoft Graph fails (sandbox fault injection over HTTPS)', () => {
  let bot: BotHarness;
  beforeEach(async () => {
    const time = new TestTime('2026-11-26T09:15:00Z');
    bot = await new BotHarness({
      clock: time.clock, accountTimer: time.timer,
      accountGraph: { retry: { delaySeconds: 0, maxRetries: 2, maxRetryAfterSeconds: 1 }, timeoutMs: 300 },
    }).start();
  });
  afterEach(async () => bot.stop());

  const sandbox = () => bot.app.graph!.sandbox!;

  it.each(CASES)('$name: a clear sentence, no success, a ticket for the identity team when a human must act', async (c) => {
    const pendingId = pendingIdOf(await ask(bot, ADELE, 'reset hesla', 'Lynne Robbins'))!;
    sandbox().faults.add({ path: '/users/*', method: 'PATCH', times: c.times ?? 1, action: c.action });
    const { answer, turn } = await click(bot, ADELE, 'account.confirm', { pendingId });
    const text = JSON.stringify(answer.value);
    expect(text).toContain(c.says);
    expect(text).not.toContain('je resetováno');
    expect(text).toContain('"color":"Attention"');
    expect(allText(turn.replies)).not.toMatch(/Dočasné heslo/u);
    expect(sandbox().directory.passwordChanges).toHaveLength(0);
    const entry = bot.app.store.values<AccountAuditEntry>('accountAudit').at(-1)!;
    expect(entry).toMatchObject({ action: 'resetPassword', result: 'failed', targetId: LYNNE.aadObjectId });
    if (c.ticket) {
      expect(text).toContain(entry.ticketId!);
      expect(bot.app.store.get<Ticket>('tickets', entry.ticketId!)).toMatchObject({ status: 'new', team: 'identity', category: 'account' });
    } else {
      expect(entry.ticketId).toBeNull();
    }
  });

  it('429 with a short Retry-After is honoured and the retry succeeds', async () => {
    const pendingId = pendingIdOf(await ask(bot, ADELE, 'reset hesla', 'Lynne Robbins'))!;
    sandbox().faults.add({ path: '/users/*', method: 'PATCH', times: 1, action: { type: 'status', status: 429, retryAfterSeconds: 0.05 } });
    const started = performance.now();
    const { answer } = await click(bot, ADELE, 'account.confirm', { pendingId });
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(JSON.stringify(answer.value)).toContain('je resetováno');
    expect(sandbox().requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([429, 204]);
    const entry = bot.app.store.values<AccountAuditEntry>('accountAudit').at(-1)!;
    expect(entry.graphRequestId).toBe(sandbox().requests.filter((r) => r.method === 'PATCH').at(-1)!.requestId);
  });

  it('MFA reset: Graph refusing the default method keeps it and still reports what was removed', async () => {
    const pendingId = pendingIdOf(await ask(bot, ALEX, 'reset MFA', 'self'))!;
    const before = sandbox().directory.authMethodsOf(ALEX.aadObjectId).filter((m) => m.kind !== 'password').length;
    const { answer } = await click(bot, ALEX, 'account.confirm', { pendingId });
    const removed = sandbox().directory.deletedMethods.filter((d) => d.userId === ALEX.aadObjectId).length;
    expect(removed).toBeGreaterThan(0);
    expect(JSON.stringify(answer.value)).toContain(`odebráno metod ${removed}, ponecháno ${before - removed}`);
    expect(sandbox().directory.authMethodsOf(ALEX.aadObjectId).filter((m) => m.kind !== 'password')).toHaveLength(before - removed);
  });

  it('a failing privilege look-up: no confirmation card and no change, but a clear sentence', async () => {
    sandbox().faults.add({ path: '/users/*/transitiveMemberOf', times: 5, action: { type: 'status', status: 500 } });
    const turn = await ask(bot, ADELE, 'odemknout účet', 'Lynne Robbins');
    expect(pendingIdOf(turn)).toBeNull();
    expect(allText(turn.replies)).toContain('chyba serveru');
    expect(sandbox().requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('the privilege answer is cached for the confirmation (bounded TTL): unlock goes through on a warm cache', async () => {
    const pendingId = pendingIdOf(await ask(bot, ADELE, 'odemknout účet', 'Lynne Robbins'))!;
    sandbox().faults.add({ path: '/users/*/transitiveMemberOf', times: 5, action: { type: 'status', status: 500 } });
    const { answer } = await click(bot, ADELE, 'account.confirm', { pendingId });
    expect(JSON.stringify(answer.value)).toContain('je povolen');
    expect(sandbox().directory.accountEnabledChanges.at(-1)).toMatchObject({ userId: LYNNE.aadObjectId, accountEnabled: true });
    expect(sandbox().faults.pending()).toHaveLength(1);
  });
});
