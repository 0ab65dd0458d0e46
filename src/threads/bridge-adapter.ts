import {
  ActivityEventNames, ActivityTypes, BotAdapter, TurnContext,
  type Activity, type ConversationReference, type ResourceResponse,
} from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';
import type { OutboundHold } from '../bot/outbound-gate.js';
import { toWire, type ThreadChannel } from './thread-channel.js';

/** Where a context's messages go: the turn the HTTP thread is serving, or a proactive send. */
export type SendTarget = { turn: number } | { proactive: { botAppId: string; reference: Partial<ConversationReference> } };

/** What the bot thread asks the HTTP thread to do with a context's messages. */
export type SendRequest = SendTarget & (
  | { op: 'send'; activities: Partial<Activity>[] }
  | { op: 'update'; activity: Partial<Activity> }
  | { op: 'delete'; reference: Partial<ConversationReference> }
);

const TARGET = Symbol('bridgeSendTarget');

/**
 * The bot thread's Bot Framework adapter. Turns arrive from the HTTP thread, where the CloudAdapter
 * took them; what the bot sends goes back there and leaves through that CloudAdapter (a reply of the
 * turn, an invoke response, a proactive message), with its answer or error returned here. So the
 * dialogs, services and store run as they would on the CloudAdapter itself, errors included: a
 * failed turn reaches `onTurnError` here.
 */
export class BridgeAdapter extends BotAdapter {
  constructor(private readonly channel: ThreadChannel) {
    super();
  }

  /** Runs the bot on a turn the HTTP thread received. */
  async runTurn(turn: number, activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const context = new TurnContext(this, activity);
    context.turnState.set(TARGET, { turn } satisfies SendTarget);
    await this.runMiddleware(context, logic);
  }

  sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return this.forward(context, { op: 'send', activities });
  }

  updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    return this.forward(context, { op: 'update', activity });
  }

  deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    return this.forward(context, { op: 'delete', reference });
  }

  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return this.continueConversationAsync('', reference, logic);
  }

  /** Proactive logic runs here; each message it sends is sent by the HTTP thread's CloudAdapter for `botAppId`. */
  override async continueConversationAsync(
    botAppIdOrClaims: string | ClaimsIdentity,
    reference: Partial<ConversationReference>,
    logicOrAudience: ((context: TurnContext) => Promise<void>) | string,
    maybeLogic?: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    if (typeof botAppIdOrClaims !== 'string') throw new Error('the bot thread continues conversations by bot app id only');
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) throw new Error('continueConversationAsync: no logic');
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation }, reference, true,
    );
    const context = new TurnContext(this, activity);
    context.turnState.set(TARGET, { proactive: { botAppId: botAppIdOrClaims, reference } } satisfies SendTarget);
    await this.runMiddleware(context, logic);
  }

  private forward<R>(context: TurnContext, request: Omit<SendRequest, keyof SendTarget> & Record<string, unknown>): Promise<R> {
    const target = context.turnState.get<SendTarget | undefined>(TARGET);
    if (!target) return Promise.reject(new Error('this context did not come through the bridge'));
    return this.channel.request<R>('send', { ...target, ...request });
  }
}

/**
 * The bot thread's side of the outbound gate: a hold is announced to the HTTP thread (whose gate
 * holds the connector's requests) before anything it covers is sent, and settled when the write
 * is on disk or has failed. Port messages keep their order, so the gate holds before the message
 * it holds arrives.
 */
export class RemoteHolds implements OutboundHold {
  private seq = 0;

  constructor(private readonly channel: ThreadChannel) {}

  hold(conversationId: string, until: Promise<unknown>): () => void {
    const id = ++this.seq;
    this.channel.notify('hold', { id, conversationId });
    until.then(
      () => this.channel.notify('held', { id }),
      (err: unknown) => this.channel.notify('held', { id, error: toWire(err) }),
    );
    return () => this.channel.notify('release', { id });
  }
}
