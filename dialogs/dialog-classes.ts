/**
 * The botbuilder-dialogs classes the bot uses, from their own modules: the package's index also
 * loads every prompt with Microsoft's text recognizers (numbers, dates, choices in many languages),
 * 11 MB of heap in the bot thread that nothing here uses. Types still come from 'botbuilder-dialogs'.
 */
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog.js';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog.js';
export { Prompt } from 'botbuilder-dialogs/lib/prompts/prompt.js';
export { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt.js';
