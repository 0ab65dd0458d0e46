/**
 * Multinomial naive Bayes over the same features as the index (Laplace smoothing over the whole
 * vocabulary), with uniform class priors: the problem report has a thousand examples, an intent
 * thirty, and the prior would drown the intents. Only the message's known features count, so a long
 * message costs what its words cost. Posteriors come from a softmax of the log scores at `temperature`.
 */
export class IntentBayes {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, number>();
  private readonly vocabulary = new Set<string>();

  constructor(private readonly temperature: number = 4, private readonly alpha: number = 0.5) {}

  add(features: readonly string[], label: string): void {
    const counts = this.counts.get(label) ?? new Map<string, number>();
    for (const f of new Set(features)) {
      counts.set(f, (counts.get(f) ?? 0) + 1);
      this.vocabulary.add(f);
    }
    this.counts.set(label, counts);
    this.totals.set(label, (this.totals.get(label) ?? 0) + new Set(features).size);
  }

  /** Posterior per label for the features the training knows (empty when none is known). */
  posteriors(features: readonly string[]): Map<string, number> {
    const present = [...new Set(features)].filter((f) => this.vocabulary.has(f));
    const logs = new Map<string, number>();
    if (present.length === 0) return logs;
    const smoothing = this.alpha * this.vocabulary.size;
    for (const [label, counts] of this.counts) {
      const denominator = Math.log(this.totals.get(label)! + smoothing);
      let log = 0;
      for (const f of present) log += Math.log((counts.get(f) ?? 0) + this.alpha) - denominator;
      logs.set(label, log / this.temperature);
    }
    const max = Math.max(...logs.values());
    let sum = 0;
    for (const [label, log] of logs) {
      const e = Math.exp(log - max);
      logs.set(label, e);
      sum += e;
    }
    for (const [label, e] of logs) logs.set(label, e / sum);
    return logs;
  }
}
