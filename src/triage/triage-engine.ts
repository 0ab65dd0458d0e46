import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CategoryId, DomainConfig } from '../config/domain-schema.js';
import { AliasMatcher } from './alias-matcher.js';
import { CategoryClassifier } from './category-classifier.js';
import { CategoryRanker, DEFAULT_TUNING, type RankedCategory, type RankerTuning } from './category-ranker.js';
import { loadCorpus } from './corpus-loader.js';
import { DetailExtractor } from './detail-extractor.js';
import { detectIntent, type Intent } from './intent-detector.js';
import { KeywordRules } from './keyword-rules.js';
import { detectLanguage, type Language } from './language-detector.js';
import { toMatchTokens, type MatchToken } from './match-tokens.js';
import { type Impact, PriorityRules, type Urgency } from './priority-rules.js';
import { triageDataPath } from './project-paths.js';
import { sanitizeText } from './sanitize-text.js';
import { MAX_ANALYSED_CHARS } from './text-normalizer.js';
import type { TriageEntities } from '../services/ports.js';

export interface TriageResult {
  language: Language;
  intent: Intent;
  category: CategoryId;
  /** Score of the chosen category, 0..1; compare with config `triage.lowConfidence`. */
  confidence: number;
  ranking: RankedCategory[];
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  impact: Impact;
  urgency: Urgency;
  scopeKnown: boolean;
  entities: TriageEntities;
}

export type TriageConfig = Pick<DomainConfig, 'triage' | 'sites' | 'districts' | 'categories' | 'organisations'>;

/** Text → language, intent, category (natural Bayes + keywords), priority and ticket details. */
export class TriageEngine {
  private constructor(
    private readonly ranker: CategoryRanker,
    private readonly priorities: PriorityRules,
    private readonly details: DetailExtractor,
    private readonly sites: AliasMatcher<DomainConfig['sites'][number]>,
    private readonly districts: AliasMatcher<DomainConfig['districts'][number]>,
    private readonly applications: AliasMatcher<DomainConfig['triage']['applications'][number]>,
    private readonly districtById: ReadonlyMap<string, DomainConfig['districts'][number]>,
  ) {}

  /** Trains the classifier from the shipped corpus (`src/triage/corpus/` unless `corpusDir`). */
  static create(config: TriageConfig, options: { corpusDir?: string; tuning?: RankerTuning } = {}): TriageEngine {
    const corpusDir = options.corpusDir ?? triageDataPath('corpus');
    const classifier = CategoryClassifier.train(loadCorpus(corpusDir));
    const keywordFile = join(corpusDir, 'keywords.json');
    const keywords = existsSync(keywordFile) ? KeywordRules.load(keywordFile) : null;
    return new TriageEngine(
      new CategoryRanker(classifier, keywords, options.tuning ?? DEFAULT_TUNING),
      new PriorityRules(config.triage.criticalServices, undefined, config.organisations.flatMap((o) => [o.id, o.name.cs, o.name.en])),
      new DetailExtractor(config.triage.assetTagPattern),
      new AliasMatcher(config.sites),
      new AliasMatcher(config.districts),
      new AliasMatcher(config.triage.applications),
      new Map(config.districts.map((d) => [d.id, d])),
    );
  }

  analyze(text: string): TriageResult {
    const plain = sanitizeText(text, MAX_ANALYSED_CHARS * 2).slice(0, MAX_ANALYSED_CHARS);
    const intent = detectIntent(plain);
    const language = detectLanguage(plain) ?? 'cs';
    const words = toMatchTokens(plain);
    const entities = this.entities(plain, words);
    if (intent !== 'problem') {
      const ranking = this.ranker.rank('', language).map((r) => ({ category: r.category, score: round(r.score) }));
      return {
        language, intent, category: 'other', confidence: 0, ranking, priority: 'P4',
        impact: 'person', urgency: 'can-work', scopeKnown: false, entities,
      };
    }
    const ranking = this.ranker.rank(plain, language).map((r) => ({ category: r.category, score: round(r.score) }));
    const top = ranking[0] ?? { category: 'other' as const, score: 0 };
    const assessment = this.priorities.assess(plain, top.category, words);
    return {
      language, intent, category: top.category, confidence: top.score, ranking,
      priority: assessment.priority, impact: assessment.impact, urgency: assessment.urgency,
      scopeKnown: assessment.scopeKnown, entities,
    };
  }

  private entities(plain: string, words: readonly MatchToken[]): TriageEntities {
    const sites = this.sites.match(words, 0.6);
    const districtIds = new Set(this.districts.match(words, 1).map((m) => m.item.id));
    for (const site of sites) if (site.score >= 1) districtIds.add(site.item.district);
    const districts = [...districtIds].flatMap((id) => {
      const district = this.districtById.get(id);
      return district ? [{ id: district.id, name: district.name }] : [];
    });
    return {
      ...this.details.extract(plain),
      sites: sites.map((m) => ({ id: m.item.id, name: m.item.name, score: m.score })),
      districts,
      applications: this.applications.match(words, 1).map((m) => ({ id: m.item.id, name: m.item.name })),
    };
  }
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
