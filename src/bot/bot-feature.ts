import type { TurnContext } from 'botbuilder';
import type { Dialog, DialogContext } from 'botbuilder-dialogs';
import type { TriageAssessment } from '../services/ports.js';

/** What a feature does for a recognised command: usually cancel what runs and begin its dialog. */
export type FeatureCommand = (dc: DialogContext) => Promise<void>;

/**
 * A capability plugged into the message router (accounts, tickets for technicians, on-call…):
 * its dialogs, its commands, and optionally a claim on triaged free text.
 */
export interface BotFeature {
  readonly dialogs: Dialog[];
  /** `folded` is the text in lower case without diacritics or punctuation. Null: not this feature's command. */
  recognise(text: string, folded: string, context: TurnContext): FeatureCommand | null;
  /**
   * Free text that triage understood, while no dialog runs; return true when this feature took the
   * message over. `dc` builds botbuilder-dialogs' context, for a feature that begins its dialog.
   */
  onTriaged?(context: TurnContext, dc: () => Promise<DialogContext>, text: string, assessment: TriageAssessment): Promise<boolean>;
  /**
   * "Zrušit" typed while no dialog runs: withdraw what this feature still waits for from the user
   * (a confirmation card) and return what to say, or null when it waits for nothing.
   */
  onCancel?(context: TurnContext): Promise<string | null>;
}
