import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { BotHarness, allText, type TurnResult } from '../support/bot-harness.js';
import { BOT, TENANT, type Persona } from '../support/activities.js';
import type { IntervalTimer } from '../../src/jobs/interval-job.js';

export const LYNNE: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000025', name: 'Lynne Robbins', id: '29:lynne' };

/** A settable clock and a timer whose ticks the test fires itself: nothing sleeps. */
export class TestTime {
  at: Date;
  private ticks: (() => Promise<void>)[] = [];
  readonly clock = { now: () => new Date(this.at) };
  readonly timer: IntervalTimer = {
    every: (_ms, tick) => {
      this.ticks.push(tick);
      return { stop: () => (this.ticks = this.ticks.filter((t) => t !== tick)) };
    },
  };

  constructor(iso: string) {
    this.at = new Date(iso);
  }

  advance(minutes: number): void {
    this.at = new Date(this.at.getTime() + minutes * 60_000);
  }

  async fire(): Promise<void> {
    for (const tick of this.ticks) await tick();
  }
}

/** An Action.Execute click as Teams sends it (invoke adaptiveCard/action). */
export function invokeActivity(serviceUrl: string, from: Persona, verb: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'invoke', name: 'adaptiveCard/action', id: randomUUID(), timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl,
    locale: 'en-US', from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId }, recipient: BOT,
    conversation: { id: `a:personal-${from.aadObjectId}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } }, replyToId: 'activity-1',
    value: { action: { type: 'Action.Execute', verb, data } },
  };
}

export interface InvokeAnswer { statusCode: number; type: string; value: unknown }

export async function click(bot: BotHarness, from: Persona, verb: string, data: Record<string, unknown>): Promise<{ answer: InvokeAnswer; turn: TurnResult }> {
  const turn = await bot.send(invokeActivity(bot.connector.url, from, verb, data));
  expect(turn.status).toBe(200);
  return { answer: JSON.parse(turn.body) as InvokeAnswer, turn };
}

/** The pending id on the confirmation card among the replies, or null. */
export function pendingIdOf(turn: TurnResult): string | null {
  const match = /"pendingId":"([0-9a-f-]{36})"/u.exec(allText(turn.replies));
  return match ? match[1]! : null;
}

/** Runs the dialog: the command, "for someone else" (or "for me"), the name; returns the last turn. */
export async function ask(bot: BotHarness, from: Persona, command: string, target: string | 'self'): Promise<TurnResult> {
  // the person is named in the command; for oneself, "for whom?" is asked only of those who may also act for others (issue #24)
  // (in Czech: an English sentence with a Czech name would switch the reply language)
  if (target !== 'self' && !/password|account|sign out|revoke/u.test(command)) return bot.say(from, `${command} pro ${target}`);
  const first = await bot.say(from, command);
  if (!/Pro koho\?|For whom\?/u.test(allText(first.replies))) return first;
  if (target === 'self') return bot.say(from, '1');
  await bot.say(from, '2');
  return bot.say(from, target);
}
