import type { Activity } from 'botbuilder';
import type { AppConfig } from '../config/load-config.js';
import { composeCore, type AppCore, type ComposeOverrides } from '../compose.js';
import { BridgeAdapter, RemoteHolds } from './bridge-adapter.js';
import { toWire, type ThreadChannel } from './thread-channel.js';

/**
 * The bot thread: composes the core (store, Graph, triage, dialogs, services, jobs) on a bridge to
 * the HTTP thread's CloudAdapter, tells the HTTP thread it is up ('composed') or why it is not
 * ('failed'), then answers its requests: a turn, an alert, readiness, start the jobs, stop.
 * `ended` is called once the core has stopped (or failed to start): the thread may end.
 */
export async function serveBotThread(
  channel: ThreadChannel, config: AppConfig, ended: () => void, overrides: ComposeOverrides = {},
): Promise<AppCore | null> {
  let core: AppCore;
  const adapter = new BridgeAdapter(channel);
  try {
    core = await composeCore(config, overrides, { adapter, outbound: new RemoteHolds(channel) });
  } catch (err) {
    channel.notify('failed', toWire(err));
    ended();
    return null;
  }
  channel.handle<{ turn: number; activity: Partial<Activity> }>('turn', ({ turn, activity }) => adapter.runTurn(turn, activity, (context) => core.bot.run(context)));
  channel.handle('alert', (body: unknown) => core.alerts.handle(body));
  channel.handle('ready', () => core.store.healthy);
  channel.handle('start-jobs', () => core.startJobs());
  channel.handle('settled', () => core.settled());
  channel.handle('stop', async () => {
    await core.stop();
    ended();
  });
  channel.notify('composed');
  return core;
}
