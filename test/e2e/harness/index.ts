export { startBot, type BotHandle } from './bot.js';
export { startPlayground, type PlaygroundHandle } from './playground.js';
export { launchBrowser } from './browser.js';
export { openTeams, TeamsPage } from './teams-page.js';
export { findPersona, TEAM, personalChatId } from '../../../scripts/playground-personas.js';
