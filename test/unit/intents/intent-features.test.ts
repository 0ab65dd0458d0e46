import { describe, expect, it } from 'vitest';
import { IntentFeatures, verbRoot } from '../../../src/intents/intent-features.js';

describe('intent features (issue #24: tuned on the dev set and cross-validation, src/intents/eval/dev.jsonl)', () => {
  it('courtesy is no feature: "mohl byste mi…", "potřebovala bych…", "please…" read as the bare request', () => {
    const features = new IntentFeatures();
    const bare = new Set(features.features('mi ukázat frontu'));
    for (const text of ['Mohl byste mi ukázat frontu, prosím?', 'chtěla bych mi ukázat frontu', 'please mi ukázat frontu']) {
      expect(new Set(features.features(text)), text).toEqual(bare);
    }
    // a message of courtesy alone keeps its words
    expect(features.features('prosím')).toContain('e:prosim');
  });

  it('participles and the past tense share the verb\'s root: "vyřešený", "nahlásil", "nestihlo"', () => {
    expect(verbRoot('vyreseny')).toBe(verbRoot('vyresit'));
    expect(verbRoot('vyreseno')).toBe(verbRoot('vyresit'));
    expect(verbRoot('nahlasil')).toBe(verbRoot('nahlasit'));
    expect(verbRoot('zablokovany')).toBe(verbRoot('zablokovat'));
    expect(verbRoot('nestihlo')).toBe(verbRoot('nestihla'));
  });

  it('placeholders carry no prefix feature ("xmonth" is one token, not "p:xmont")', () => {
    expect(new IntentFeatures().features('report za listopad').filter((f) => f.startsWith('p:xm'))).toEqual([]);
  });
});
