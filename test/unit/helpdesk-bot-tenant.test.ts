import { ActivityTypes, MemoryStorage, PrivateConversationState, TestAdapter, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { HelpdeskBot } from '../../src/bot/helpdesk-bot.js';
import { CardActionRouter, messageResponse } from '../../src/bot/card-action-router.js';
import type { MessageRouter } from '../../src/bot/message-router.js';
import type { LanguageResolver } from '../../src/bot/language-resolver.js';
import type { ConversationRefRepository } from '../../src/store/conversation-ref-repository.js';
import type { DirectoryPort } from '../../src/services/ports.js';
import { memoryLogger } from '../support/silent-logger.js';

const ALLOWED = '11111111-1111-1111-1111-111111111111';
const FOREIGN = '22222222-2222-2222-2222-222222222222';

/** The bot's own checks, with the router and stores replaced by recorders: what reaches the router is what the bot let through. */
function botWith(allowedTenants: string[] | null) {
  const routed: string[] = [];
  const executed: string[] = [];
  const saved: string[] = [];
  const log = memoryLogger();
  const cardActions = new CardActionRouter(log.logger);
  cardActions.register('probe', async (_c, _d, actor) => {
    executed.push(actor.id);
    return messageResponse('done');
  });
  const bot = new HelpdeskBot({
    state: new PrivateConversationState(new MemoryStorage()),
    router: { route: async (_c: TurnContext, text: string) => void routed.push(text) } as unknown as MessageRouter,
    cardActions,
    languages: { resolve: async () => 'cs', current: () => 'cs' } as unknown as LanguageResolver,
    conversationRefs: { save: (key: string) => void saved.push(key) } as unknown as ConversationRefRepository,
    directory: { getUser: async () => null } as unknown as DirectoryPort,
    allowedTenants,
    maxTextLength: 4000,
    logger: log.logger,
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  return { adapter, routed, executed, saved, log };
}

const from = { id: '29:x', name: 'X', aadObjectId: '33333333-3333-3333-3333-333333333333' };
const message = (tenant: string, text: string) => ({ type: ActivityTypes.Message, text, from, channelData: { tenant: { id: tenant } }, conversation: { id: 'c', conversationType: 'personal', tenantId: tenant } });

describe('HelpdeskBot tenant allow-list (production)', () => {
  it('routes messages from an allowed tenant', async () => {
    const { adapter, routed } = botWith([ALLOWED]);
    await adapter.send(message(ALLOWED, 'nápověda') as never);
    expect(routed).toEqual(['nápověda']);
  });

  it('ignores messages, card actions and team installs from any other tenant, and logs them', async () => {
    const { adapter, routed, executed, saved, log } = botWith([ALLOWED]);
    await adapter.send(message(FOREIGN, 'nápověda') as never);
    await adapter.send({ ...message(FOREIGN, ''), channelData: { tenant: { id: FOREIGN }, team: { id: '19:t' } } } as never);
    await adapter.processActivity({
      type: ActivityTypes.Invoke, name: 'adaptiveCard/action', from, channelData: { tenant: { id: FOREIGN } },
      conversation: { id: 'c', conversationType: 'personal' }, value: { action: { type: 'Action.Execute', verb: 'probe', data: {} } },
    } as never);
    expect(routed).toEqual([]);
    expect(executed).toEqual([]);
    expect(saved).toEqual([]);
    expect(log.lines.some((l) => l.msg === 'activity from a tenant that is not allowed: ignored')).toBe(true);
  });

  it('takes the actor of a card action from the activity, not from the card data', async () => {
    const { adapter, executed } = botWith([ALLOWED]);
    await adapter.processActivity({
      type: ActivityTypes.Invoke, name: 'adaptiveCard/action', from, channelData: { tenant: { id: ALLOWED } },
      conversation: { id: 'c', conversationType: 'personal' },
      value: { action: { type: 'Action.Execute', verb: 'probe', data: { actor: 'someone-else', aadObjectId: 'someone-else' } } },
    } as never);
    expect(executed).toEqual([from.aadObjectId]);
  });
});
