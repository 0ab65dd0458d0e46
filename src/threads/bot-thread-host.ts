import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { AlertReply } from '../alert-guard.js';
import type { AppConfig } from '../config/load-config.js';
import type { OutboundGate } from '../bot/outbound-gate.js';
import type { TurnStarter } from '../bot/create-adapter.js';
import type { ProactiveAdapter } from '../bot/proactive.js';
import type { SendRequest } from './bridge-adapter.js';
import { fromWire, ThreadChannel, type PortLike, type WireError } from './thread-channel.js';

/** A running bot thread: its port, its end. */
export interface BotThreadHandle {
  readonly port: PortLike;
  /** Resolves with the exit code when the thread has ended. */
  readonly exited: Promise<number>;
  terminate(): Promise<void>;
}

/**
 * Starts the bot thread (`bot-worker`) with the configuration loaded here (cloned): the built `.js`
 * next to this file, or the `.ts` source under tsx (dev, tests). Its heap gets the process's limit.
 */
export function startWorkerThread(config: AppConfig, logger: Logger): BotThreadHandle {
  const source = import.meta.url.endsWith('.ts');
  const entry = new URL(`./bot-worker.${source ? 'ts' : 'js'}`, import.meta.url);
  const options = {
    workerData: { config },
    resourceLimits: { maxOldGenerationSizeMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20) },
  };
  // a worker does not inherit the parent's module hooks: from source, it registers tsx's itself
  const worker = source ? new Worker(tsxBootstrap(entry), { ...options, eval: true }) : new Worker(entry, options);
  worker.on('error', (err) => logger.fatal({ err: err.message }, 'bot thread failed'));
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  return { port: worker, exited, terminate: async () => void (await worker.terminate()) };
}

/** Code that registers tsx's module hooks in a worker, then imports `entry` (the TypeScript source). */
function tsxBootstrap(entry: URL): string {
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/u, '.mjs')).href;
  return `import(${JSON.stringify(api)}).then((api) => api.register()).then(() => import(${JSON.stringify(entry.href)}));`;
}

interface HeldWrite { resolve(): void; reject(error: Error): void; release(): void }

/** A turn in the bot thread: its context here once the adapter has built it, and the bot thread's answer. */
interface Turn {
  context: Promise<TurnContext>;
  attach(context: TurnContext): void;
  /** The adapter is done without the bot's logic having run here (a failure before it): sends of the turn fail. */
  detach(): void;
  done: Promise<void>;
}

/**
 * The HTTP thread's side of the bot thread: hands it each turn the CloudAdapter took, sends what the
 * bot sends through that CloudAdapter (replies on the turn's context, proactive messages through
 * `continueConversationAsync`), and keeps the outbound gate's holds the bot thread announces. If the
 * thread ends unexpectedly, every waiting turn and held message fails and `onLost` is called.
 */
export class BotThreadHost implements TurnStarter {
  private readonly channel: ThreadChannel;
  private readonly turns = new Map<number, Turn>();
  /** Turns started from their authenticated activity (`authenticated`), until the adapter runs the logic on them. */
  private readonly early = new WeakMap<Activity, Turn>();
  private readonly holds = new Map<number, HeldWrite>();
  private turnSeq = 0;
  private stopping = false;
  /** Composed and serving; an end before that is a start-up failure, told by `started()`. */
  private up = false;
  private readonly composed: Promise<void>;

  constructor(private readonly deps: {
    thread: BotThreadHandle; adapter: ProactiveAdapter; gate: OutboundGate; logger: Logger; onLost: (error: Error) => void;
  }) {
    const channel = (this.channel = new ThreadChannel(deps.thread.port));
    this.composed = new Promise<void>((resolve, reject) => {
      channel.handle('composed', () => {
        this.up = true;
        resolve();
      });
      channel.handle('failed', (error: WireError) => reject(fromWire(error)));
      void deps.thread.exited.then((code) => reject(new Error(`the bot thread ended while starting (exit code ${code})`)));
    });
    channel.handle('send', (request: SendRequest) => this.send(request));
    channel.handle('hold', ({ id, conversationId }: { id: number; conversationId: string }) => this.hold(id, conversationId));
    channel.handle('held', ({ id, error }: { id: number; error?: WireError }) => {
      const held = this.holds.get(id);
      if (!held) return;
      if (error) return held.reject(fromWire(error));
      held.resolve();
      this.holds.delete(id);
    });
    channel.handle('release', ({ id }: { id: number }) => {
      this.holds.get(id)?.release();
      this.holds.delete(id);
    });
    void deps.thread.exited.then((code) => this.ended(code));
  }

  /** Resolves once the bot thread has composed the core; fails with its start-up error (config, store, Graph). */
  started(): Promise<void> {
    return this.composed;
  }

  /**
   * An authenticated activity (the adapter's `TurnStarter`): the bot thread starts on it now, while
   * the adapter builds the turn's connector client and context here; what the bot sends meanwhile
   * waits for that context. Returns what the adapter calls when it is done with the activity.
   */
  authenticated(activity: Activity): () => void {
    const { id, turn } = this.start(activity);
    this.early.set(activity, turn);
    return () => {
      this.early.delete(activity);
      turn.detach();
      this.turns.delete(id);
    };
  }

  /** The bot's turn, run in the bot thread: the one started from its activity, else started now. */
  async run(context: TurnContext): Promise<void> {
    const early = this.early.get(context.activity);
    if (early) {
      early.attach(context);
      return early.done;
    }
    const { id, turn } = this.start(context.activity);
    turn.attach(context);
    try {
      await turn.done;
    } finally {
      this.turns.delete(id);
    }
  }

  private start(activity: Partial<Activity>): { id: number; turn: Turn } {
    const id = ++this.turnSeq;
    let attach!: (context: TurnContext) => void;
    let detach!: () => void;
    const context = new Promise<TurnContext>((resolve, reject) => {
      attach = resolve;
      detach = () => reject(new Error('the turn this message belongs to is over'));
    });
    context.catch(() => undefined);
    const done = this.channel.request<void>('turn', { turn: id, activity });
    done.catch(() => undefined); // awaited by run(); unawaited when the adapter failed before the logic
    const turn: Turn = { context, attach, detach, done };
    this.turns.set(id, turn);
    return { id, turn };
  }

  alert(body: unknown): Promise<AlertReply> {
    return this.channel.request<AlertReply>('alert', body);
  }

  /** The store can write; false when the thread does not answer within `timeoutMs`. */
  async ready(timeoutMs = 2000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([this.channel.request<boolean>('ready'), late]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  startJobs(): Promise<void> {
    return this.channel.request('start-jobs');
  }

  /** Background work that follows turns and alerts is done (tests). */
  settled(): Promise<void> {
    return this.channel.request('settled');
  }

  /** Stops the core (jobs, background work, store, Graph) and waits for the thread to end. */
  async stop(graceMs = 15_000): Promise<void> {
    this.stopping = true;
    // the thread may end before its answer is read: its end is the answer too
    await Promise.race([this.channel.request('stop'), this.deps.thread.exited]);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
    if (await Promise.race([this.deps.thread.exited, late]) === 'late') await this.deps.thread.terminate();
    clearTimeout(timer);
  }

  private async send(request: SendRequest): Promise<unknown> {
    if ('turn' in request) {
      const turn = this.turns.get(request.turn);
      if (!turn) throw new Error('the turn this message belongs to is over');
      return apply(await turn.context, request);
    }
    let result: unknown;
    let failure: unknown = null;
    const { botAppId, reference } = request.proactive;
    await this.deps.adapter.continueConversationAsync(botAppId, reference, async (context) => {
      try {
        result = await apply(context, request);
      } catch (err) {
        failure = err ?? new Error('proactive send failed');
      }
    });
    if (failure) throw failure;
    return result;
  }

  private hold(id: number, conversationId: string): void {
    let held!: Pick<HeldWrite, 'resolve' | 'reject'>;
    const written = new Promise<void>((resolve, reject) => (held = { resolve, reject }));
    written.catch(() => undefined);
    this.holds.set(id, { ...held, release: this.deps.gate.hold(conversationId, written) });
  }

  private ended(code: number): void {
    if (!this.up || (this.stopping && code === 0)) return;
    const error = new Error(`the bot thread ended unexpectedly (exit code ${code})`);
    this.channel.close(error);
    for (const held of this.holds.values()) held.reject(error);
    this.holds.clear();
    this.deps.logger.fatal({ code }, 'the bot thread ended');
    this.deps.onLost(error);
  }
}

function apply(context: TurnContext, request: SendRequest): Promise<unknown> {
  switch (request.op) {
    case 'send': return context.sendActivities(request.activities);
    case 'update': return context.updateActivity(request.activity);
    case 'delete': return context.deleteActivity(request.reference);
  }
}
