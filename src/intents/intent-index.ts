import type { IntentScore } from './intent-types.js';

interface Doc { label: string; norm: number }

const COMMON_SHARE = 0.2;

/**
 * Nearest examples by TF-IDF cosine similarity over binary features (an inverted index, so a
 * message costs the postings of its own features only). A label's score is the mean of its two
 * most similar examples, which keeps one lucky overlap from deciding.
 */
export class IntentIndex {
  private readonly docs: Doc[] = [];
  private readonly postings = new Map<string, number[]>();
  private idf = new Map<string, number>();
  private readonly docFeatures: string[][] = [];

  add(features: readonly string[], label: string): void {
    const id = this.docs.length;
    this.docs.push({ label, norm: 0 });
    this.docFeatures.push([...features]);
    for (const f of features) {
      const list = this.postings.get(f) ?? [];
      list.push(id);
      this.postings.set(f, list);
    }
  }

  /** Computes the weights once every example is in. */
  build(): void {
    const n = this.docs.length;
    // features in more than a fifth of the examples ("mi", "se", the length bucket) tell little and cost a walk over thousands of postings
    for (const [f, list] of this.postings) if (list.length > n * COMMON_SHARE) this.postings.delete(f);
    this.idf = new Map([...this.postings].map(([f, list]) => [f, Math.log(1 + n / list.length)]));
    this.docs.forEach((doc, id) => {
      doc.norm = Math.sqrt(this.docFeatures[id]!.reduce((s, f) => s + (this.idf.get(f) ?? 0) ** 2, 0)) || 1;
    });
  }

  /** Scores per label, best first (labels with no overlapping example are left out). */
  score(features: readonly string[]): IntentScore[] {
    const known = features.filter((f) => this.idf.has(f));
    const norm = Math.sqrt(known.reduce((s, f) => s + this.idf.get(f)! ** 2, 0));
    if (norm === 0) return [];
    const dot = new Map<number, number>();
    for (const f of known) {
      const w = this.idf.get(f)! ** 2;
      for (const id of this.postings.get(f)!) dot.set(id, (dot.get(id) ?? 0) + w);
    }
    const best = new Map<string, [number, number]>();
    for (const [id, d] of dot) {
      const doc = this.docs[id]!;
      const sim = d / (norm * doc.norm);
      const top = best.get(doc.label) ?? [0, 0];
      if (sim > top[0]) best.set(doc.label, [sim, top[0]]);
      else if (sim > top[1]) best.set(doc.label, [top[0], sim]);
      else best.set(doc.label, top);
    }
    return [...best].map(([intent, [a, b]]) => ({ intent, score: 0.75 * a + 0.25 * b })).sort((x, y) => y.score - x.score);
  }
}
