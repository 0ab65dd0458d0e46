import { parentPort, workerData } from 'node:worker_threads';
import { receivedConfig, type AppConfig } from '../config/load-config.js';
import { serveBotThread } from './bot-thread.js';
import { ThreadChannel } from './thread-channel.js';

/** Entry of the bot thread (started by `startWorkerThread`), with the configuration the HTTP thread loaded. */
const port = parentPort!;
await serveBotThread(
  new ThreadChannel(port),
  receivedConfig((workerData as { config: AppConfig }).config),
  // once the core has stopped, the port no longer keeps the thread alive: it ends after its last writes
  () => setImmediate(() => port.close()),
);
