import type { CategoryId, DomainConfig, Priority } from '../config/domain-schema.js';
import { AliasMatcher } from './alias-matcher.js';
import type { MatchToken } from './match-tokens.js';
import * as cues from './priority-cues.js';
import { foldDiacritics, normalizeText } from './text-normalizer.js';
import { UnicodeTokenizer } from './unicode-tokenizer.js';

export type Impact = 'person' | 'group' | 'organisation';
export type Urgency = 'can-work' | 'limited' | 'cannot-work' | 'critical';

export interface PriorityAssessment {
  priority: Priority;
  impact: Impact;
  urgency: Urgency;
  /** Did the text say who is affected (the writer alone, a group, everyone)? */
  scopeKnown: boolean;
  /** Ids of the config's critical services the text says are failing. */
  criticalServices: string[];
}

/**
 * Impact × urgency → priority (ITIL/GLPI style, DOMAIN.md): P1 = critical service down for many,
 * P4 = a request with no urgency. Exported so the dialog can recompute after asking for the scope.
 */
const MATRIX: Record<Urgency, Record<Impact, Priority>> = {
  critical: { person: 'P2', group: 'P1', organisation: 'P1' },
  'cannot-work': { person: 'P3', group: 'P2', organisation: 'P1' },
  limited: { person: 'P3', group: 'P3', organisation: 'P2' },
  'can-work': { person: 'P4', group: 'P4', organisation: 'P3' },
};

export function priorityFor(impact: Impact, urgency: Urgency): Priority {
  return MATRIX[urgency][impact];
}

/** Categories whose messages are mostly requests: no urgency unless the text reports a fault. */
const REQUEST_CATEGORIES: ReadonlySet<CategoryId> = new Set(['account', 'access', 'purchase', 'other']);
/** Categories that are a critical service in themselves when they fail for a group (a site without network). */
const DEFAULT_CRITICAL_CATEGORIES: readonly CategoryId[] = ['network'];

/**
 * Reads scope and urgency cues from the text. A critical service (from config) that fails is
 * "critical" unless the writer says it is only them; an outage word is critical and, when the
 * scope is unsaid, assumed to hit a group. A failure that hits a group or everyone is at least
 * "cannot-work". So one person's broken mouse is at most P3, a whole site without network is P1,
 * and "nejde internet" with no scope is P2 with scopeKnown false (the dialog asks).
 */
export class PriorityRules {
  private readonly services: AliasMatcher<DomainConfig['triage']['criticalServices'][number]>;
  private readonly criticalCategories: ReadonlySet<CategoryId>;
  /** Systems a whole site lives on (network, phones, mail, information systems, sign-in): failing site-wide, a service down. */
  private readonly sharedCategories: ReadonlySet<CategoryId> = new Set(['network', 'phone', 'email', 'application', 'account']);
  /** Devices whose failure limits work without stopping it (printing, scanning), even for a whole floor. */
  private readonly peripheralCategories: ReadonlySet<CategoryId> = new Set(['printer']);

  /** "celé Centrální nákup", "celý Zdravotnický holding": a whole organisation named (config names, folded). */
  private readonly wholeOrganisation: RegExp | null;

  constructor(
    criticalServices: DomainConfig['triage']['criticalServices'],
    criticalCategories: readonly CategoryId[] = DEFAULT_CRITICAL_CATEGORIES,
    organisationNames: readonly string[] = [],
  ) {
    this.services = new AliasMatcher(criticalServices);
    this.criticalCategories = new Set(criticalCategories);
    const names = organisationNames.map((n) => foldDiacritics(n.toLowerCase())).filter((n) => n.length >= 3).map((n) => n.replace(/[^a-z0-9 ]/gu, ''));
    this.wholeOrganisation = names.length ? new RegExp(`\\bcel\\w* (?:\\w+ )?(?:${names.join('|')})`, 'u') : null;
  }

  assess(text: string, category: CategoryId, words?: readonly MatchToken[]): PriorityAssessment {
    const folded = ` ${UnicodeTokenizer.tokens(foldDiacritics(normalizeText(text)).replace(/['’]/gu, '')).join(' ')} `.replace(cues.NOBODY_HELPS, ' ');
    const notNow = cues.NOT_NOW.test(folded);
    // over already, or only planned: nobody is without the service now
    if (notNow) return { priority: priorityFor('person', 'can-work'), impact: 'person', urgency: 'can-work', scopeKnown: true, criticalServices: [] };
    const canWork = cues.CAN_WORK.test(folded);
    const scope = this.wholeOrganisation?.test(folded) && !cues.ONLY_ME.test(folded) ? 'organisation' : scopeOf(folded);
    const many = scope === 'group' || scope === 'organisation';
    const failing = cues.FAILURE.test(folded) || cues.NEGATIVE_SUBJECT.test(folded) || (many && cues.NO_ACCESS.test(folded));
    const outage = !canWork && cues.OUTAGE.test(folded);
    const critical = failing || outage ? this.services.match(words ?? text).map((m) => m.item.id) : [];
    // a whole site or the organisation without its network, phones, mail or an information system: a service down
    const siteWide = scope === 'organisation' || (scope === 'group' && cues.SITE.test(folded));
    const shared = this.sharedCategories.has(category) || cues.SHARED_SYSTEM.test(folded);
    const serviceDown = !canWork && (outage || critical.length > 0 || (failing && many && this.criticalCategories.has(category))
      || (failing && siteWide && shared));
    const question = /\?\s*$/u.test(text.trim());
    let urgency: Urgency = REQUEST_CATEGORIES.has(category) ? 'can-work' : 'limited';
    if (serviceDown) urgency = scope === 'person' ? 'cannot-work' : 'critical';
    else if (canWork) urgency = failing ? 'limited' : urgency;
    else if (cues.CANNOT_WORK.test(folded) || (failing && many && !this.peripheralCategories.has(category))) urgency = 'cannot-work';
    else if (failing) urgency = 'limited';
    else if (question || cues.REQUEST.test(folded)) urgency = 'can-work';
    const impact: Impact = scope ?? (outage ? 'group' : 'person');
    return { priority: priorityFor(impact, urgency), impact, urgency, scopeKnown: scope !== null, criticalServices: critical };
  }
}

/**
 * Who is affected: only the writer when they say others are fine; the organisation when it is named,
 * or when "nobody / everyone" comes without a smaller unit or a site; a group for a department, a
 * site or "us"; the writer for "mi", "my".
 */
function scopeOf(folded: string): Impact | null {
  if (cues.ONLY_ME.test(folded)) return 'person';
  if (cues.ORGANISATION_SCOPE.test(folded)) return 'organisation';
  if (cues.EVERYONE.test(folded) && !cues.SMALL_UNIT.test(folded) && !cues.SITE.test(folded)) return 'organisation';
  if (cues.GROUP_SCOPE.test(folded)) return 'group';
  if (cues.PERSON_SCOPE.test(folded)) return 'person';
  // a site named as where it fails ("na cestmistrovstvi v Tachove nejde sit"), with no one narrower: the site
  if (cues.SITE.test(folded)) return 'group';
  return null;
}
