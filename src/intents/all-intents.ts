import { ACCOUNT_INTENTS } from '../capabilities/accounts/account-intents.js';
import { ONCALL_INTENTS } from '../capabilities/oncall/oncall-intents.js';
import { REPORT_INTENTS } from '../capabilities/reports/report-intents.js';
import { TICKET_INTENTS } from '../capabilities/tickets/ticket-intents.js';
import { VENDOR_INTENTS } from '../capabilities/vendors/vendor-intents.js';
import type { IntentDeclaration } from './intent-types.js';
import { PLATFORM_INTENTS } from './platform-intents.js';

/** Every intent the shipped bot declares (for the evaluation and the CLI; the bot itself collects them from its features). */
export const ALL_INTENTS: readonly IntentDeclaration[] = [...PLATFORM_INTENTS, ...TICKET_INTENTS, ...ACCOUNT_INTENTS, ...ONCALL_INTENTS, ...REPORT_INTENTS, ...VENDOR_INTENTS];
