/** The echo bot as its own process, for the benchmark floor: `tsx bench/echo-main.ts <port>`. */
import { createLogger } from '../src/logging/logger.js';
import { createEchoServer } from './echo-bot.js';

const server = createEchoServer(createLogger('silent'));
await server.listen(Number(process.argv[2] ?? 0), '127.0.0.1');
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
