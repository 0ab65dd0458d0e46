/** The benchmark's lower bound as its own process: `tsx bench/domain-only-main.ts <port>`, store in DATA_DIR. */
import { createLogger } from '../src/logging/logger.js';
import { createDomainOnlyServer } from './domain-only-bot.js';

const { server, close } = await createDomainOnlyServer(process.env.DATA_DIR ?? './data-bench', createLogger('silent'));
await server.listen(Number(process.argv[2] ?? 0), '127.0.0.1');
process.on('SIGTERM', () => void close().then(() => process.exit(0)));
