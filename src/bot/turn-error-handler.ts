import { randomUUID } from 'node:crypto';
import type { BotState, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { t } from '../i18n/catalogue.js';
import type { LanguageResolver } from './language-resolver.js';

/** onTurnError: apologise in the user's language with a correlation id, log the details, clear the broken dialog. */
export function createTurnErrorHandler(logger: Logger, state: BotState, languages: LanguageResolver) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const correlationId = randomUUID().slice(0, 8);
    const userId = context.activity.from?.aadObjectId;
    logger.error({ correlationId, userId, conversation: context.activity.conversation?.id, err: { name: error.name, message: error.message, stack: error.stack } }, 'turn failed');
    try {
      const lang = userId ? languages.current(userId) : 'cs';
      await context.sendActivity(`${t(lang, 'turnError')} (${correlationId})`);
    } catch (sendError) {
      logger.error({ correlationId, err: (sendError as Error).message }, 'could not tell the user about the failed turn');
    }
    try {
      await state.delete(context);
    } catch (deleteError) {
      logger.error({ correlationId, err: (deleteError as Error).message }, 'could not clear the broken dialog state');
    }
  };
}
