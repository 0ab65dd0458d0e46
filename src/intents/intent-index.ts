import type { IntentScore } from './intent-types.js';

const COMMON_SHARE = 0.2;

/**
 * Nearest examples by TF-IDF cosine similarity over binary features (an inverted index, so a
 * message costs the postings of its own features only). A label's score is the mean of its two
 * most similar examples, which keeps one lucky overlap from deciding.
 */
export class IntentIndex {
  private readonly labels: string[] = [];
  private readonly labelIds = new Map<string, number>();
  /** Per example: its label's number, its norm, its features (until `build`). */
  private readonly docLabel: number[] = [];
  private docNorm = new Float64Array(0);
  private readonly docFeatures: string[][] = [];
  private readonly postings = new Map<string, number[]>();
  private idf = new Map<string, number>();
  /** Scratch space of `score`, reused: the dot product per example, the examples touched, the two best per label. */
  private dot = new Float64Array(0);
  private touched = new Int32Array(0);
  private best = new Float64Array(0);

  add(features: readonly string[], label: string): void {
    const id = this.docLabel.length;
    let labelId = this.labelIds.get(label);
    if (labelId === undefined) {
      labelId = this.labels.push(label) - 1;
      this.labelIds.set(label, labelId);
    }
    this.docLabel.push(labelId);
    this.docFeatures.push([...features]);
    for (const f of features) {
      const list = this.postings.get(f) ?? [];
      list.push(id);
      this.postings.set(f, list);
    }
  }

  /** Computes the weights once every example is in. */
  build(): void {
    const n = this.docLabel.length;
    // features in more than a fifth of the examples ("mi", "se", the length bucket) tell little and cost a walk over thousands of postings
    for (const [f, list] of this.postings) if (list.length > n * COMMON_SHARE) this.postings.delete(f);
    this.idf = new Map([...this.postings].map(([f, list]) => [f, Math.log(1 + n / list.length)]));
    this.docNorm = Float64Array.from(this.docFeatures, (fs) => Math.sqrt(fs.reduce((s, f) => s + (this.idf.get(f) ?? 0) ** 2, 0)) || 1);
    this.docFeatures.length = 0;
    this.dot = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.best = new Float64Array(2 * this.labels.length);
  }

  /** Scores per label, best first (labels with no overlapping example are left out). */
  score(features: readonly string[]): IntentScore[] {
    let norm = 0;
    for (const f of features) norm += (this.idf.get(f) ?? 0) ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) return [];
    const { dot, touched, best } = this;
    let count = 0;
    for (const f of features) {
      const list = this.postings.get(f);
      if (!list) continue;
      const w = this.idf.get(f)! ** 2;
      for (const id of list) {
        if (dot[id] === 0) touched[count++] = id;
        dot[id] = dot[id]! + w;
      }
    }
    best.fill(0);
    for (let i = 0; i < count; i++) {
      const id = touched[i]!;
      const sim = dot[id]! / (norm * this.docNorm[id]!);
      dot[id] = 0;
      const at = 2 * this.docLabel[id]!;
      if (sim > best[at]!) {
        best[at + 1] = best[at]!;
        best[at] = sim;
      } else if (sim > best[at + 1]!) best[at + 1] = sim;
    }
    const scores: IntentScore[] = [];
    for (let label = 0; label < this.labels.length; label++) {
      if (best[2 * label]! > 0) scores.push({ intent: this.labels[label]!, score: 0.75 * best[2 * label]! + 0.25 * best[2 * label + 1]! });
    }
    return scores.sort((x, y) => y.score - x.score);
  }
}
