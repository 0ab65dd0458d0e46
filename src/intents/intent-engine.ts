import type { DomainConfig } from '../config/domain-schema.js';
import type { CivilDate } from '../domain/calendar/civil-date.js';
import { loadCorpus } from '../triage/corpus-loader.js';
import { detectIntent } from '../triage/intent-detector.js';
import { triageDataPath } from '../triage/project-paths.js';
import { IntentFeatures } from './intent-features.js';
import { IntentBayes } from './intent-bayes.js';
import { IntentIndex } from './intent-index.js';
import { OFFTOPIC_INTENT, PROBLEM_INTENT, type IntentDeclaration, type IntentReading, type IntentScore } from './intent-types.js';
import { SlotExtractor } from './slots/slot-extractor.js';

/** When a reading is acted on, and when the bot asks "Did you mean…?" (chosen on the tune set, see README). */
export interface IntentTuning {
  /** A capability's intent runs at this score or more… */
  runAt: number;
  /** …and this far ahead of the next intent that is not of its family. */
  marginAt: number;
  /** Off-topic needs this score and this lead over the problem report. */
  offtopicAt: number;
  offtopicMargin: number;
  /** A weak problem reading whose content words are mostly unknown to every capability and the triage corpus is off-topic. */
  unknownShareAt: number;
  /** …and whose best reading scores below this. */
  strangeAt: number;
  /** A weak capability reading with the problem report (or off-topic) this close behind goes to the latter. */
  problemMargin: number;
  /** How much the Bayes posterior counts against the nearest examples' similarity, and its softmax temperature. */
  bayesWeight: number;
  bayesTemperature: number;
  /** Factor on the problem report's score (it has far more examples than any intent). */
  problemWeight: number;
}

export const DEFAULT_INTENT_TUNING: IntentTuning = { runAt: 0.2, marginAt: 0.05, offtopicAt: 0.15, offtopicMargin: 0, unknownShareAt: 0.5, strangeAt: 0.2, problemMargin: 0.1, bayesWeight: 0.3, bayesTemperature: 1.5, problemWeight: 1 };

export type IntentDecision =
  | { kind: 'run'; intent: string }
  | { kind: 'clarify'; candidates: string[] };

type EngineOptions = { corpusDir?: string; tuning?: IntentTuning; problemExamples?: readonly string[] };
/** Examples featurised between two pauses of `build`. */
const TRAINING_SLICE = 100;

type EngineConfig = Pick<DomainConfig, 'oit' | 'organisations' | 'districts' | 'vendors' | 'oncall'>;

/** Messages made only of greeting or thanks words (triage's word lists): small talk whatever the examples say. */
const SMALL_TALK: Partial<Record<ReturnType<typeof detectIntent>, string>> = { greeting: 'smalltalk.greeting', thanks: 'smalltalk.thanks' };
const family = (id: string): string => id.split('.')[0]!;
/** Triage-corpus account lines that ask for what an account intent does (reset, unlock, forgotten password): not problem examples. */
const ACCOUNT_REQUEST = /reset|odemk|odblok|unlock|zapomn|forgot|nepamat|remember|novy telefon|nový telefon|new phone|lost my|ztratil/iu;

/**
 * The intent layer: every message is read as one of the declared intents (with its slots), a
 * problem report, or off-topic. Examples come from the capabilities' declarations; the problem
 * report also learns from the whole triage corpus. Nearest examples by TF-IDF cosine over stems,
 * prefixes and bigrams, with typo correction (natural's Jaro-Winkler).
 */
export class IntentEngine {
  private readonly byId: ReadonlyMap<string, IntentDeclaration>;

  private constructor(
    private readonly features: IntentFeatures,
    private readonly index: IntentIndex,
    private readonly bayes: IntentBayes,
    private readonly slots: SlotExtractor,
    declarations: readonly IntentDeclaration[],
    private readonly tuning: IntentTuning,
    private readonly domain: ReadonlySet<string>,
  ) {
    this.byId = new Map(declarations.map((d) => [d.id, d]));
  }

  /** Trains at once (the eval, tests, a first message that comes before `build` is done). */
  static create(declarations: readonly IntentDeclaration[], config: EngineConfig, options: EngineOptions = {}): IntentEngine {
    const steps = IntentEngine.training(declarations, config, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** Trains in slices, letting the event loop run between them (the bot thread stays responsive: /readyz, turns). */
  static async build(declarations: readonly IntentDeclaration[], config: EngineConfig, options: EngineOptions = {}): Promise<IntentEngine> {
    const steps = IntentEngine.training(declarations, config, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private static *training(declarations: readonly IntentDeclaration[], config: EngineConfig, options: EngineOptions): Generator<void, IntentEngine> {
    const seen = new Set<string>();
    for (const d of declarations) {
      if (seen.has(d.id)) throw new Error(`intent "${d.id}" is declared twice`);
      seen.add(d.id);
    }
    const problems = options.problemExamples ?? loadCorpus(options.corpusDir ?? triageDataPath('corpus'))
      .filter((e) => !(e.category === 'account' && ACCOUNT_REQUEST.test(e.text))).map((e) => e.text);
    const training: [string, string][] = [
      ...declarations.flatMap((d) => d.examples.map((e): [string, string] => [e, d.id])),
      ...problems.map((p): [string, string] => [p, PROBLEM_INTENT]),
    ];
    const slots = new SlotExtractor(config);
    const features = new IntentFeatures((folded) => slots.lexicon.placeholders(folded));
    for (const [text] of training) features.learn(text);
    yield;
    const index = new IntentIndex();
    const tuning = options.tuning ?? DEFAULT_INTENT_TUNING;
    const bayes = new IntentBayes(tuning.bayesTemperature);
    for (const [i, [text, label]] of training.entries()) {
      if (i % TRAINING_SLICE === 0) yield;
      const f = features.features(text);
      index.add(f, label);
      bayes.add(f, label);
    }
    index.build();
    bayes.build();
    const domain = new Set(training.filter(([, label]) => label !== OFFTOPIC_INTENT).flatMap(([text]) => features.stems(text)));
    return new IntentEngine(features, index, bayes, slots, declarations, tuning, domain);
  }

  declaration(id: string): IntentDeclaration | undefined {
    return this.byId.get(id);
  }

  /** The best reading of `text` and its slots; `today` resolves "minulý měsíc", "zítra". */
  read(text: string, today: CivilDate): IntentReading {
    const ranking = this.possible(this.rank(this.features.features(text)), text, today);
    const small = SMALL_TALK[detectIntent(text)];
    if (small && this.byId.has(small)) {
      // only greeting or thanks words: small talk (which of the two, the examples know better: "dobře" thanks)
      const intent = ranking[0]?.intent.startsWith('smalltalk.') ? ranking[0].intent : small;
      return { intent, confidence: 1, ranking: [{ intent, score: 1 }], slots: {}, unknownShare: 0 };
    }
    const top = ranking[0] ?? { intent: wordCount(text) >= 2 ? OFFTOPIC_INTENT : PROBLEM_INTENT, score: 0 };
    const wanted = this.byId.get(top.intent)?.slots ?? [];
    return {
      intent: top.intent, confidence: round(top.score), ranking: ranking.map((r) => ({ ...r, score: round(r.score) })),
      slots: this.slots.extract(text, wanted, today), unknownShare: round(this.unknownShare(text)),
    };
  }

  /**
   * Only intents the message's slots allow: one that requires a slot the text lacks is out, and a
   * message naming a ticket is about that ticket (an intent taking a ticket, or a problem report).
   */
  private possible(ranking: IntentScore[], text: string, today: CivilDate): IntentScore[] {
    const ticket = this.slots.extract(text, ['ticket'], today).ticket !== undefined;
    return ranking.filter(({ intent }) => {
      const d = this.byId.get(intent);
      if (!d) return true;
      if (ticket && !(d.slots ?? []).includes('ticket')) return false;
      return (d.requires ?? []).every((slot) => this.slots.extract(text, [slot], today)[slot] !== undefined);
    });
  }

  /** Nearest-example scores and Bayes posteriors, averaged per intent. */
  private rank(features: string[]): IntentScore[] {
    const near = this.index.score(features);
    const posterior = this.bayes.posteriors(features);
    const scores = new Map<string, number>();
    const w = this.tuning.bayesWeight;
    for (const { intent, score } of near) scores.set(intent, score * (1 - w));
    for (const [intent, p] of posterior) scores.set(intent, (scores.get(intent) ?? 0) + p * w);
    // a thousand problem examples find a near one for almost anything: weigh the class down
    if (scores.has(PROBLEM_INTENT)) scores.set(PROBLEM_INTENT, scores.get(PROBLEM_INTENT)! * this.tuning.problemWeight);
    return [...scores].map(([intent, score]) => ({ intent, score })).filter((s) => s.score > 0.001).sort((a, b) => b.score - a.score);
  }

  /** Share of the message's content words that no example outside off-topic has: high for weather, sport, food… */
  private unknownShare(text: string): number {
    const content = this.features.stems(text).filter((s) => s.length >= 4);
    if (content.length === 0) return 0;
    return content.filter((s) => !this.domain.has(s)).length / content.length;
  }

  /** Slots of another intent than the one read (the user picked it from "Did you mean…?"). */
  slotsFor(intent: string, text: string, today: CivilDate): IntentReading['slots'] {
    return this.slots.extract(text, this.byId.get(intent)?.slots ?? [], today);
  }

  /** Act on the reading, or ask which of the likely intents was meant. */
  decide(reading: IntentReading): IntentDecision {
    return decideIntent(reading, this.tuning);
  }
}

/**
 * The decision rule: mostly unknown words and a weak reading → off-topic; a problem report when
 * it leads, or when a weak capability reading has it close behind; a capability intent when it is
 * strong enough and clearly ahead of other families; otherwise ask.
 */
export function decideIntent(reading: IntentReading, tuning: IntentTuning): IntentDecision {
  const { ranking } = reading;
  const top = ranking[0];
  if (!top) return { kind: 'run', intent: reading.intent };
  if (reading.unknownShare >= tuning.unknownShareAt && top.score < tuning.strangeAt) return { kind: 'run', intent: OFFTOPIC_INTENT };
  const problem = ranking.find((r) => r.intent === PROBLEM_INTENT)?.score ?? 0;
  if (top.intent === PROBLEM_INTENT) return { kind: 'run', intent: PROBLEM_INTENT };
  if (top.intent === OFFTOPIC_INTENT) {
    const sure = top.score >= tuning.offtopicAt && top.score - problem >= tuning.offtopicMargin;
    return { kind: 'run', intent: sure || problem === 0 ? OFFTOPIC_INTENT : PROBLEM_INTENT };
  }
  const rival = ranking.find((r) => family(r.intent) !== family(top.intent));
  const lead = top.score - (rival?.score ?? 0);
  if (top.score >= tuning.runAt && lead >= tuning.marginAt) return { kind: 'run', intent: top.intent };
  if (rival?.intent === PROBLEM_INTENT && lead < tuning.problemMargin) return { kind: 'run', intent: PROBLEM_INTENT };
  if (rival?.intent === OFFTOPIC_INTENT && lead < tuning.problemMargin) return { kind: 'run', intent: OFFTOPIC_INTENT };
  return { kind: 'clarify', candidates: candidates(ranking) };
}

/** The two or three capability intents worth offering (problem and off-topic are not offered as such). */
function candidates(ranking: readonly IntentScore[]): string[] {
  const offered = ranking.filter((r) => r.intent !== PROBLEM_INTENT && r.intent !== OFFTOPIC_INTENT && !r.intent.startsWith('smalltalk.'));
  const best = offered[0]?.score ?? 0;
  return offered.filter((r, i) => i < 2 || r.score >= best * 0.7).slice(0, 3).map((r) => r.intent);
}

function wordCount(text: string): number {
  return (text.match(/\p{L}{2,}/gu) ?? []).length;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
