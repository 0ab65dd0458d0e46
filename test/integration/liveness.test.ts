/**
 * Liveness is what a restart helps (issue #22): /healthz, which the Docker HEALTHCHECK and the App
 * Service health check probe, answers 503 once the store has stopped writing, as /readyz does; a
 * bot that can no longer save is then restarted instead of being left running.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { BotHarness, allText } from '../support/bot-harness.js';
import { ALEX } from '../support/activities.js';

const NOW = new Date('2026-11-26T09:15:00Z');

/** The store's journal, whose write to disk a test can fail (as report-problem.test.ts does). */
function journalOf(harness: BotHarness): { write(data: Buffer): Promise<void>; drain(): Promise<void> } {
  return (harness.app.store as unknown as { journal: ReturnType<typeof journalOf> }).journal;
}

describe('liveness', () => {
  let bot: BotHarness;
  beforeEach(async () => {
    bot = await new BotHarness({ clock: { now: () => NOW } }).start();
  });
  afterEach(async () => bot.stop());

  it('/healthz answers 200 while the store writes, and 503 once a write has failed and the store stopped', async () => {
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    await bot.say(ALEX, 'Nefunguje mi tiskárna v kanceláři 312');
    await journalOf(bot).drain();
    journalOf(bot).write = async () => {
      throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    };
    const turn = await bot.say(ALEX, 'ano');
    expect(allText(turn.replies)).toContain('Požadavek se teď nepodařilo uložit');
    const failing = await fetch(`${bot.url}/healthz`);
    expect(failing.status).toBe(503);
    expect(await failing.json()).toEqual({ status: 'failing', reason: 'the store cannot write: restart the bot' });
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(503);
  });

  it('the Docker HEALTHCHECK and the App Service health check probe /healthz', () => {
    const dockerfile = readFileSync(path.join(projectRoot(), 'deploy', 'Dockerfile'), 'utf8');
    expect(/^HEALTHCHECK[^\n]*\\\n\s*CMD .*'\/healthz'/mu.test(dockerfile)).toBe(true);
    const bicep = readFileSync(path.join(projectRoot(), 'deploy', 'azure', 'main.bicep'), 'utf8');
    expect(bicep).toMatch(/healthCheckPath: '\/healthz'/u);
  });
});
