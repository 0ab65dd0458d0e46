import type { Dialog } from 'botbuilder-dialogs';
import { ti } from '../i18n/intent-messages.js';
import { turnUser } from '../../dialogs/turn-user.js';
import type { BotFeature, FeatureCommand, IntentTurn } from './bot-feature.js';
import { PENDING_INTENTS } from './pending-intents.js';
import type { Role } from './user-roles.js';

const REPORT_ROLES: readonly Role[] = ['teamLead', 'head', 'manager'];
const VENDOR_ROLES: readonly Role[] = ['teamLead', 'head', 'vendorTechnician'];

/**
 * Managers' and vendors' questions ("kolik máme otevřených požadavků?", "vyúčtování dodavatele za
 * listopad") before their capabilities exist: never a problem report; the answer says plainly that
 * it is not available yet, or not for this person's role. At merge, the reports and vendors
 * capabilities declare these intents themselves and this feature goes.
 */
export class PendingCapabilitiesFeature implements BotFeature {
  readonly dialogs: Dialog[] = [];
  readonly intents = PENDING_INTENTS;

  recognise(): FeatureCommand | null {
    return null;
  }

  async onIntent({ context, reading, roles }: IntentTurn): Promise<boolean> {
    const { lang } = turnUser(context);
    const what = this.intents.find((d) => d.id === reading.intent)?.label[lang] ?? reading.intent;
    const mine = await roles();
    if (reading.intent === 'reports.tasks') {
      await context.sendActivity(ti(lang, 'notYetTasks'));
      return true;
    }
    const vendor = reading.intent.startsWith('vendor.');
    const allowed = (vendor ? VENDOR_ROLES : REPORT_ROLES).some((r) => mine.has(r));
    const key = vendor ? (allowed ? 'notYetVendor' : 'notForRoleVendor') : allowed ? 'notYetReports' : 'notForRoleReports';
    await context.sendActivity(ti(lang, key, { what }));
    return true;
  }
}
