import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../config/load-config.js';
import { serveBotThread } from './bot-thread.js';
import { ThreadChannel } from './thread-channel.js';

/** Entry of the bot thread (started by `startWorkerThread`), its configuration from the HTTP thread's environment. */
const port = parentPort!;
await serveBotThread(
  new ThreadChannel(port),
  () => loadConfig((workerData as { env: Record<string, string | undefined> }).env),
  // once the core has stopped, the port no longer keeps the thread alive: it ends after its last writes
  () => setImmediate(() => port.close()),
);
