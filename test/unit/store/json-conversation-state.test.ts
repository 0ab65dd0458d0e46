import { ActivityTypes, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { BotStateStorage } from '../../../src/store/bot-state-storage.js';
import { JsonConversationState } from '../../../src/store/json-conversation-state.js';
import { useTempStore } from '../../support/temp-store.js';

const KEY = 'msteams/conversations/a:conv-1/users/29:alex/';

function turn(adapter: TestAdapter): TurnContext {
  return new TurnContext(adapter, {
    type: ActivityTypes.Message, channelId: 'msteams', text: 'ano',
    conversation: { id: 'a:conv-1' }, from: { id: '29:alex', name: 'Alex' }, recipient: { id: 'bot', name: 'bot' },
  } as Partial<Activity> as Activity);
}

describe('JsonConversationState over BotStateStorage', () => {
  const temp = useTempStore();
  const adapter = new TestAdapter();

  it('keeps what a turn set, under PrivateConversationState\'s key, across a restart', async () => {
    const state = new JsonConversationState(new BotStateStorage(temp.store));
    const context = turn(adapter);
    await state.createProperty<{ step: number }>('dialogState').set(context, { step: 2 });
    await state.saveChanges(context);
    expect(new BotStateStorage(temp.store).readText(KEY)?.json).toBe('{"dialogState":{"step":2}}');
    const again = new JsonConversationState(new BotStateStorage(await temp.restart()));
    expect(await again.createProperty<{ step: number }>('dialogState').get(turn(adapter))).toEqual({ step: 2 });
  });

  it('writes only when the state changed (compared as JSON text), unless forced', async () => {
    const state = new JsonConversationState(new BotStateStorage(temp.store));
    const first = turn(adapter);
    await state.createProperty('dialogState').set(first, { stack: ['reportProblem'] });
    await state.saveChanges(first);
    const storage = new BotStateStorage(temp.store);
    const eTag = storage.readText(KEY)!.eTag;

    const second = turn(adapter);
    const read = await state.createProperty<{ stack: string[] }>('dialogState').get(second);
    read!.stack = ['reportProblem']; // touched, not changed
    await state.saveChanges(second);
    expect(storage.readText(KEY)!.eTag).toBe(eTag);

    read!.stack.push('confirm');
    await state.saveChanges(second);
    expect(storage.readText(KEY)).toEqual({ json: '{"dialogState":{"stack":["reportProblem","confirm"]}}', eTag: String(Number(eTag) + 1) });
  });

  it('hands each turn its own copy, and delete() removes the stored state', async () => {
    const state = new JsonConversationState(new BotStateStorage(temp.store));
    const first = turn(adapter);
    await state.createProperty('dialogState').set(first, { list: [1] });
    await state.saveChanges(first);
    const a = await state.createProperty<{ list: number[] }>('dialogState').get(turn(adapter));
    a!.list.push(2);
    expect(await state.createProperty<{ list: number[] }>('dialogState').get(turn(adapter))).toEqual({ list: [1] });

    await state.delete(turn(adapter));
    expect(new BotStateStorage(temp.store).readText(KEY)).toBeUndefined();
    expect(await state.createProperty('dialogState').get(turn(adapter))).toBeUndefined();
  });

  it('reads state stored by earlier versions as the object itself, and replaces it with text when it changes', async () => {
    await temp.store.commit([{ c: 'botState', k: KEY, v: { dialogState: { step: 1 }, eTag: '4' } }]);
    const storage = new BotStateStorage(temp.store);
    expect(await storage.read([KEY])).toEqual({ [KEY]: { dialogState: { step: 1 }, eTag: '4' } });
    const state = new JsonConversationState(storage);
    const context = turn(adapter);
    (await state.createProperty<{ step: number }>('dialogState').get(context))!.step = 2;
    await state.saveChanges(context);
    expect(temp.store.get('botState', KEY)).toEqual({ eTag: '5', json: '{"dialogState":{"step":2}}' });
  });
});
