import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, allText } from '../support/bot-harness.js';
import { BOT, MEGAN, TENANT, type Persona } from '../support/activities.js';
import type { RotaOverride } from '../../src/domain/oncall/rota-override.js';
import type { SwapProposal } from '../../src/domain/oncall/swap-proposal.js';

const LYNNE: Persona = { aadObjectId: '00000000-0000-0000-0000-0000000000025', name: 'Lynne Robbins', id: '29:lynne' };
const NOW = new Date('2026-11-18T09:00:00Z');

/** An Action.Execute click as Teams sends it; `from` is who clicked, whatever the data says. */
function clickActivity(serviceUrl: string, from: Persona, verb: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'invoke', name: 'adaptiveCard/action', id: randomUUID(), channelId: 'msteams', serviceUrl, locale: 'cs-CZ',
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId }, recipient: BOT,
    conversation: { id: `a:personal-${from.aadObjectId}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } }, value: { action: { type: 'Action.Execute', verb, data } },
  };
}

describe('shift swaps between technicians over HTTP', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await new BotHarness({ clock: { now: () => NOW } }).start();
    await bot.say(MEGAN, 'moje služby');
    await bot.say(LYNNE, 'moje služby');
  });
  afterAll(async () => bot.stop());
  const swaps = () => bot.app.store.values<SwapProposal>('rotaSwaps');
  const click = async (who: Persona, verb: string, data: Record<string, unknown>) => {
    const turn = await bot.send(clickActivity(bot.connector.url, who, verb, data));
    return { status: turn.status, answer: JSON.parse(turn.body) as { type: string; value: unknown }, replies: turn.replies };
  };

  it('Lynne proposes, Megan gets accept/decline buttons in her own chat, the rota waits for her', async () => {
    const turn = await bot.say(LYNNE, 'vyměnit službu s Megan 25.11.2026');
    expect(allText(turn.replies)).toContain('Návrh výměny jsem poslal kolegovi Megan Bowen');
    const toMegan = await bot.connector.waitFor((a) => a.conversationId === `a:personal-${MEGAN.aadObjectId}` && JSON.stringify(a.activity).includes('oncall.swap.accept'));
    expect(JSON.stringify(toMegan.activity)).toContain('Lynne Robbins vám navrhuje výměnu pohotovosti');
    expect(swaps()).toHaveLength(1);
    expect(swaps()[0]).toMatchObject({ status: 'pending', proposerId: LYNNE.aadObjectId, otherId: MEGAN.aadObjectId });
    expect(bot.app.store.values('rotaOverrides')).toHaveLength(0);
  });

  it('Lynne cannot accept her own proposal by clicking Megan\'s button: the actor is checked, not the card', async () => {
    const swapId = swaps()[0]!.id;
    const { answer } = await click(LYNNE, 'oncall.swap.accept', { swapId, otherId: LYNNE.aadObjectId });
    expect(String(answer.value)).toContain('Tuto výměnu může přijmout jen ten, komu byla navržena');
    expect(swaps()[0]!.status).toBe('pending');
    expect(bot.app.store.values('rotaOverrides')).toHaveLength(0);
  });

  it('Megan accepts: the overrides are stored, Lynne is told, and the shifts have moved', async () => {
    const swapId = swaps()[0]!.id;
    const before = bot.connector.received.length;
    const { answer } = await click(MEGAN, 'oncall.swap.accept', { swapId });
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(answer.value)).toContain('Výměna přijata');
    const overrides = bot.app.store.values<RotaOverride>('rotaOverrides');
    expect(overrides.length).toBeGreaterThanOrEqual(2);
    expect(overrides.every((o) => o.kind === 'swap' && o.swapId === swapId && o.createdBy === MEGAN.aadObjectId)).toBe(true);
    const told = await bot.connector.waitFor((a) => a.conversationId === `a:personal-${LYNNE.aadObjectId}` && (a.activity.text ?? '').includes('přijal'));
    expect(bot.connector.received.indexOf(told)).toBeGreaterThanOrEqual(before);
    // Week of 23 Nov: network was Lynne's, now Megan's; Lynne takes Megan's network week of 30 Nov, which runs
    // into her own week of 7 Dec (one stretch until 14 Dec). Service desk the other way round: Lynne keeps it until 30 Nov.
    const lynne = JSON.stringify((await bot.say(LYNNE, 'moje služby')).replies).replace(/\u00a0/gu, ' ');
    expect(lynne).toContain('Síť a telefonie: 30. 11. 2026 7:00 – 14. 12. 2026 7:00 (zástup)');
    expect(lynne).toContain('Service desk: právě teď – 30. 11. 2026 7:00 (zástup)');
    expect(lynne).not.toContain('Síť a telefonie: 23. 11. 2026 7:00');
  });

  it('a second click on the answered card is stale', async () => {
    const { answer } = await click(MEGAN, 'oncall.swap.decline', { swapId: swaps()[0]!.id });
    expect(String(answer.value)).toContain('už neplatí');
  });

  it('a declined proposal changes nothing and tells the proposer', async () => {
    const overridesBefore = bot.app.store.values('rotaOverrides').length;
    await bot.say(MEGAN, 'swap shift with Lynne 2026-12-09');
    const pending = swaps().find((s) => s.status === 'pending')!;
    expect(pending.proposerId).toBe(MEGAN.aadObjectId);
    const { answer } = await click(LYNNE, 'oncall.swap.decline', { swapId: pending.id });
    expect(JSON.stringify(answer.value)).toContain('Výměnu jste odmítl');
    expect(bot.app.store.values('rotaOverrides')).toHaveLength(overridesBefore);
    await bot.connector.waitFor((a) => a.conversationId === `a:personal-${MEGAN.aadObjectId}` && /declined|odmítl/u.test(a.activity.text ?? ''));
  });

  it('an unknown person or a date nobody of the two is on call is explained', async () => {
    expect(allText((await bot.say(LYNNE, 'vyměnit službu s Františkem 25.11.2026')).replies)).toContain('Nikoho jménem');
    expect(allText((await bot.say(LYNNE, 'vyměnit službu s Megan 31.2.2026')).replies)).toContain('nerozumím');
  });
});
