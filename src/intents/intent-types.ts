import type { Language } from '../domain/tickets/ticket.js';

/** Kinds of values an intent's phrasing may carry (read by `SlotExtractor`). */
export type SlotName = 'ticket' | 'person' | 'team' | 'organisation' | 'district' | 'vendor' | 'period' | 'date' | 'minutes' | 'lang';

/**
 * Values found in a message. `period` is "YYYY-MM", "YYYY-Qn" or "YYYY"; `date` is "YYYY-MM-DD";
 * `person` is the name or address as written (any Czech case: the directory search resolves it);
 * `team`, `organisation`, `district`, `vendor` are config ids.
 */
export interface Slots {
  ticket?: string;
  person?: string;
  team?: string;
  organisation?: string;
  district?: string;
  vendor?: string;
  period?: string;
  date?: string;
  minutes?: number;
  lang?: Language;
}

/** The intents every message may be besides the capabilities' own. */
export const PROBLEM_INTENT = 'problem';
export const OFFTOPIC_INTENT = 'offtopic';

/**
 * One thing people ask the bot for, declared by the capability that does it: example phrasings
 * in Czech and English (the training data of the intent layer) and the slots its phrasing carries.
 */
export interface IntentDeclaration {
  /** "family.action", e.g. "account.resetPassword". */
  readonly id: string;
  /** How people write it: infinitive, imperative, noun phrase, polite, with and without diacritics, English. */
  readonly examples: readonly string[];
  readonly slots?: readonly SlotName[];
  /** Slots without which the phrasing cannot mean this intent ("HD-…" for a ticket's details). */
  readonly requires?: readonly SlotName[];
  /** A short label for the "Did you mean…?" buttons and the help. */
  readonly label: { cs: string; en: string };
}

/** One candidate reading of a message. */
export interface IntentScore { intent: string; score: number }

/** What the intent layer made of a message. */
export interface IntentReading {
  intent: string;
  /** 0..1: how sure the layer is (the top score). */
  confidence: number;
  /** Best first, one entry per intent. */
  ranking: IntentScore[];
  slots: Slots;
  /** Share of the content words no capability or problem example has (0..1): off-topic messages score high. */
  unknownShare: number;
}
