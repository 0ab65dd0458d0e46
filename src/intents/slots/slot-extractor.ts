import type { DomainConfig } from '../../config/domain-schema.js';
import type { CivilDate } from '../../domain/calendar/civil-date.js';
import { TICKET_ID_PATTERN } from '../../domain/tickets/ticket.js';
import { foldDiacritics } from '../../triage/text-normalizer.js';
import type { SlotName, Slots } from '../intent-types.js';
import { parseDate } from './date-slot.js';
import { EntityLexicon } from './entity-lexicon.js';
import { parseMinutes } from './minutes-slot.js';
import { parsePeriod } from './period-slot.js';
import { findPerson } from './person-slot.js';

/** Folded, lower-case text with single spaces; dots, dashes, slashes and @ kept (dates, ids, addresses). */
export function foldForSlots(text: string): string {
  return foldDiacritics(text.toLowerCase()).replace(/[^a-z0-9.\-/@:]+/gu, ' ').replace(/\s+/gu, ' ').trim();
}

const ENGLISH = /\b(?:anglick\w*|anglictin\w*|angline\w*|english|en)\b/u;
const CZECH = /\b(?:cesk\w*|cestin\w*|czech|cs|cz)\b/u;

/** Reads the slots an intent declares from a message. Config-driven; `today` resolves relative periods and dates. */
export class SlotExtractor {
  private readonly entities: EntityLexicon;

  constructor(config: Pick<DomainConfig, 'oit' | 'organisations' | 'districts' | 'vendors' | 'oncall'>) {
    this.entities = new EntityLexicon(config);
  }

  get lexicon(): EntityLexicon {
    return this.entities;
  }

  extract(text: string, wanted: readonly SlotName[], today: CivilDate): Slots {
    const folded = foldForSlots(text);
    const slots: Slots = {};
    for (const name of wanted) {
      const value = this.one(name, text, folded, today);
      if (value !== null) (slots as Record<string, unknown>)[name] = value;
    }
    return slots;
  }

  private one(name: SlotName, text: string, folded: string, today: CivilDate): string | number | null {
    switch (name) {
      case 'ticket': return TICKET_ID_PATTERN.exec(text)?.[0]?.toUpperCase() ?? null;
      case 'person': return findPerson(text.replace(TICKET_ID_PATTERN, ' '));
      case 'team': return this.entities.find('team', folded);
      case 'organisation': return this.organisation(text, folded);
      case 'district': return this.entities.find('district', folded);
      case 'vendor': return this.entities.vendor(folded);
      case 'period': return parsePeriod(folded.replace(/[.:]/gu, ' ').replace(/\s+/gu, ' '), today);
      case 'date': return parseDate(folded, today);
      case 'minutes': return parseMinutes(foldDiacritics(text.toLowerCase()));
      case 'lang': return language(folded);
    }
  }

  /** An organisation by name or id; a short id ("KU", "CN", "ZH") only when written in capitals. */
  private organisation(text: string, folded: string): string | null {
    const named = this.entities.find('organisation', folded);
    if (named) return named;
    return /\b(KU|CN|ZH)\b/u.exec(text)?.[1] ?? null;
  }
}

function language(folded: string): 'cs' | 'en' | null {
  const en = ENGLISH.exec(folded);
  const cs = CZECH.exec(folded);
  if (en && cs) return en.index > cs.index ? 'en' : 'cs';
  return en ? 'en' : cs ? 'cs' : null;
}
