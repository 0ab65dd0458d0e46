import { ActivityHandler, CardFactory, MessageFactory } from 'botbuilder';
import type { Logger } from 'pino';
import { HttpServer } from '../src/server.js';
import { adaptiveCard } from '../cards/adaptive-card.js';
import { createAdapter } from '../src/bot/create-adapter.js';

/** The floor: the same adapter and server, a bot that answers every message with text and one card. */
export function createEchoServer(logger: Logger): HttpServer {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    const card = adaptiveCard([{ type: 'TextBlock', text: `echo: ${context.activity.text ?? ''}`, wrap: true }]);
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), `echo: ${context.activity.text ?? ''}`));
    await next();
  });
  const adapter = createAdapter({});
  return new HttpServer({ adapter, bot, logger, maxBodyBytes: 512 * 1024, isReady: () => true });
}
