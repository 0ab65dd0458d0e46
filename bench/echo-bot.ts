import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { ActivityHandler, CardFactory, MessageFactory } from 'botbuilder';
import type { Logger } from 'pino';
import { HttpServer } from '../src/server.js';
import { adaptiveCard } from '../cards/adaptive-card.js';
import { createAdapter } from '../src/bot/create-adapter.js';

/**
 * The floor, the *durable echo*: the same adapter and server as the bot, a bot that appends one
 * line to a file opened with O_DSYNC (each write is on disk when it returns, as the store's
 * journal) and then answers every message with text and one card. What the bot does beyond it is
 * what the benchmark judges. Without `journalFile`, the plain echo (no write).
 */
export async function createEchoServer(logger: Logger, journalFile?: string): Promise<{ server: HttpServer; close(): Promise<void> }> {
  const journal: FileHandle | null = journalFile
    ? await open(journalFile, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC, 0o600)
    : null;
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    const text = context.activity.text ?? '';
    if (journal) await journal.write(`${JSON.stringify({ at: Date.now(), conversation: context.activity.conversation.id, text })}\n`);
    const card = adaptiveCard([{ type: 'TextBlock', text: `echo: ${text}`, wrap: true }]);
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), `echo: ${text}`));
    await next();
  });
  const server = new HttpServer({ adapter: createAdapter({}), bot, logger, maxBodyBytes: 512 * 1024, isReady: () => true });
  return {
    server,
    close: async () => {
      await server.close();
      await journal?.close();
    },
  };
}
