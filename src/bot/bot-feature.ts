import type { TurnContext } from 'botbuilder';
import type { Dialog, DialogContext } from 'botbuilder-dialogs';
import type { TriageAssessment } from '../services/ports.js';
import type { IntentDeclaration, IntentReading } from '../intents/intent-types.js';
import type { Role } from './user-roles.js';

/** What a feature does for a recognised command: usually cancel what runs and begin its dialog. */
export type FeatureCommand = (dc: DialogContext) => Promise<void>;

/** A message the intent layer read as one of a feature's intents. */
export interface IntentTurn {
  context: TurnContext;
  /** botbuilder-dialogs' context, for a feature that begins its dialog (built on demand). */
  dc: () => Promise<DialogContext>;
  /** The text as written. */
  text: string;
  /** The intent (one this feature declared) and its slots. */
  reading: IntentReading;
  /** Who the writer is to the helpdesk (config and directory), for role-aware answers. */
  roles: () => Promise<ReadonlySet<Role>>;
}

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
  /**
   * The intents this capability answers: ids, example phrasings (the intent layer's training data)
   * and slot types. Declared next to the feature, so a new capability plugs in by declaring them.
   */
  readonly intents?: readonly IntentDeclaration[];
  /** A message read as one of `intents`; return true when handled (false: treat it as a problem report). */
  onIntent?(turn: IntentTurn): Promise<boolean>;
}
