/**
 * Multinomial naive Bayes over the same features as the index (Laplace smoothing over the whole
 * vocabulary), with uniform class priors: the problem report has a thousand examples, an intent
 * thirty, and the prior would drown the intents. Only the message's known features count, so a long
 * message costs what its words cost. Posteriors come from a softmax of the log scores at `temperature`.
 */
export class IntentBayes {
  private readonly labels: string[] = [];
  private readonly labelIds = new Map<string, number>();
  /** Per feature, the labels whose examples have it and in how many examples. */
  private readonly counts = new Map<string, Map<number, number>>();
  private totals: number[] = [];
  /**
   * After `build`: per feature, what it adds to each label's log score beyond the smoothing alone
   * (log(count + α) − log α, for the labels that have it), and per label the log of the smoothed
   * denominator. A label's log score is then Σ over features (log α − denominator + that extra).
   */
  private extra = new Map<string, { label: number; add: number }[]>();
  private denominators = new Float64Array(0);

  constructor(private readonly temperature: number = 4, private readonly alpha: number = 0.5) {}

  add(features: readonly string[], label: string): void {
    let id = this.labelIds.get(label);
    if (id === undefined) {
      id = this.labels.push(label) - 1;
      this.labelIds.set(label, id);
      this.totals.push(0);
    }
    const unique = new Set(features);
    for (const f of unique) {
      const counts = this.counts.get(f) ?? new Map<number, number>();
      counts.set(id, (counts.get(id) ?? 0) + 1);
      this.counts.set(f, counts);
    }
    this.totals[id]! += unique.size;
  }

  /** Computes the log weights once every example is in. */
  build(): void {
    const smoothing = this.alpha * this.counts.size;
    this.denominators = Float64Array.from(this.totals, (t) => Math.log(t + smoothing));
    const base = Math.log(this.alpha);
    this.extra = new Map([...this.counts].map(([f, counts]) => [f, [...counts].map(([label, n]) => ({ label, add: Math.log(n + this.alpha) - base }))]));
  }

  /** Posterior per label for the features the training knows (empty when none is known). */
  posteriors(features: readonly string[]): Map<string, number> {
    const present = [...new Set(features)].filter((f) => this.extra.has(f));
    const posteriors = new Map<string, number>();
    if (present.length === 0) return posteriors;
    const base = Math.log(this.alpha);
    const logs = Float64Array.from(this.denominators, (d) => present.length * (base - d));
    for (const f of present) for (const { label, add } of this.extra.get(f)!) logs[label] = logs[label]! + add;
    let max = -Infinity;
    for (let i = 0; i < logs.length; i++) max = Math.max(max, (logs[i]! /= this.temperature));
    let sum = 0;
    for (let i = 0; i < logs.length; i++) sum += (logs[i] = Math.exp(logs[i]! - max));
    for (let i = 0; i < logs.length; i++) posteriors.set(this.labels[i]!, logs[i]! / sum);
    return posteriors;
  }
}
