/**
 * The durable echo as its own process, for the benchmark floor: `tsx bench/echo-main.ts <port>`,
 * appending to `$DATA_DIR/echo.journal` (O_DSYNC) before each answer.
 */
import path from 'node:path';
import { createLogger } from '../src/logging/logger.js';
import { createEchoServer } from './echo-bot.js';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('echo-main: DATA_DIR (where its journal goes) is required');
const echo = await createEchoServer(createLogger('silent'), path.join(dataDir, 'echo.journal'));
await echo.server.listen(Number(process.argv[2] ?? 0), '127.0.0.1');
process.on('SIGTERM', () => void echo.close().then(() => process.exit(0)));
