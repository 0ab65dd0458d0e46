import { OFFTOPIC_INTENT, PROBLEM_INTENT, type IntentDeclaration, type Slots } from '../intent-types.js';
import type { LabelledPhrasing } from './intent-set-loader.js';

export interface Outcome { item: LabelledPhrasing; decided: string | null; clarified: string[] | null; slots: Slots }

export interface IntentMetrics {
  total: number;
  accuracy: number;
  clarified: number;
  offtopicRecall: number;
  offtopicCount: number;
  /** Share of real requests (problem reports and capability intents) taken for off-topic. */
  requestsAsOfftopic: number;
  slotAccuracy: number;
  slotCount: number;
  perIntent: { intent: string; recall: number; n: number }[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function intentMetrics(outcomes: readonly Outcome[], declarations: ReadonlyMap<string, IntentDeclaration>): IntentMetrics {
  const right = outcomes.filter((o) => o.decided === o.item.intent).length;
  const offtopic = outcomes.filter((o) => o.item.intent === OFFTOPIC_INTENT);
  const requests = outcomes.filter((o) => o.item.intent === PROBLEM_INTENT || !/^(?:offtopic|smalltalk\.)/u.test(o.item.intent));
  let slotsRight = 0;
  let slotCount = 0;
  for (const o of outcomes) {
    for (const name of declarations.get(o.item.intent)?.slots ?? []) {
      const expected = o.item.slots?.[name];
      const got = o.slots[name];
      if (expected === undefined && got === undefined) continue;
      slotCount += 1;
      if (String(expected) === String(got)) slotsRight += 1;
    }
  }
  const intents = [...new Set(outcomes.map((o) => o.item.intent))];
  return {
    total: outcomes.length,
    accuracy: ratio(right, outcomes.length),
    clarified: outcomes.filter((o) => o.clarified).length,
    offtopicRecall: ratio(offtopic.filter((o) => o.decided === OFFTOPIC_INTENT).length, offtopic.length),
    offtopicCount: offtopic.length,
    requestsAsOfftopic: ratio(requests.filter((o) => o.decided === OFFTOPIC_INTENT).length, requests.length),
    slotAccuracy: ratio(slotsRight, slotCount),
    slotCount,
    perIntent: intents.map((intent) => {
      const of = outcomes.filter((o) => o.item.intent === intent);
      return { intent, recall: ratio(of.filter((o) => o.decided === intent).length, of.length), n: of.length };
    }),
  };
}
