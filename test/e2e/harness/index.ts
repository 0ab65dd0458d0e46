export { startBot, type BotHandle, type StartBotOptions } from './bot.js';
export { startPlayground, type PlaygroundHandle, type StartPlaygroundOptions } from './playground.js';
export { launchBrowser, CHROMIUM_PATH } from './browser.js';
export { openTeams, TeamsPage, SCREENSHOT_DIR, type OpenTeamsOptions, type WaitOptions } from './teams-page.js';
export { PERSONAS, findPersona, BOT, TEAM, personalChatId, type Persona } from '../../../scripts/playground-personas.js';
