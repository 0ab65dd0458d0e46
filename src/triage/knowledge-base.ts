import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { parse } from 'yaml';
import { CATEGORY_IDS, type CategoryId } from '../config/domain-schema.js';
import { FeatureExtractor } from './feature-extractor.js';
import type { Language } from './language-detector.js';

export interface KbArticle {
  id: string; title: string; language: Language; categories: CategoryId[]; keywords: string[]; body: string;
  /** The id of the same article in the other language, when there is one (front matter `translation`). */
  translation?: string;
}
export interface KbHit { article: KbArticle; score: number }

/**
 * Offer an article when its score reaches this. Score = cosine similarity of TF-IDF vectors
 * (0..1; title and keywords count three times). Measured on the shipped articles: a message about
 * an article's topic scores 0.35–0.7, the runner-up or an unrelated article below 0.16
 * (see test/unit/triage-knowledge-base.test.ts).
 */
export const KB_RELEVANCE_THRESHOLD = 0.25;

const TITLE_WEIGHT = 3;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u;

interface Indexed { articles: KbArticle[]; tfidf: TfIdf; norms: number[] }

/** Self-help articles (Markdown with front matter) searched with natural's TF-IDF, per language. */
export class KnowledgeBase {
  private constructor(
    private readonly index: ReadonlyMap<Language, Indexed>,
    private readonly extractor: FeatureExtractor,
    private readonly byId: ReadonlyMap<string, KbArticle>,
    /** Each linked article's translation, both ways (one side naming the other is enough). */
    private readonly translations: ReadonlyMap<string, string>,
  ) {}

  /** Loads every `*.md` of `dir` (front matter: title, language, categories, keywords; translation optional). */
  static load(dir: string): KnowledgeBase {
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    return KnowledgeBase.fromArticles(files.map((f) => parseArticle(basename(f, '.md'), readFileSync(join(dir, f), 'utf8'))));
  }

  /** @throws when an article's `translation` is not an article in the other language. */
  static fromArticles(articles: readonly KbArticle[]): KnowledgeBase {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const translations = new Map<string, string>();
    for (const article of articles) {
      if (article.translation === undefined) continue;
      const other = byId.get(article.translation);
      if (!other || other.language === article.language) {
        throw new Error(`knowledge base article ${article.id}: translation ${article.translation} is not an article in the other language`);
      }
      translations.set(article.id, other.id);
      if (!translations.has(other.id)) translations.set(other.id, article.id);
    }
    const extractor = new FeatureExtractor();
    const index = new Map<Language, Indexed>();
    for (const language of ['cs', 'en'] as const) {
      const subset = articles.filter((a) => a.language === language);
      const tfidf = new TfIdf();
      for (const article of subset) tfidf.addDocument(articleTerms(article, extractor), article.id);
      const norms = tfidf.documents.map((doc) => Math.sqrt(Object.entries(doc)
        .filter(([term]) => term !== '__key')
        .reduce((sum, [term, tf]) => sum + (tf * tfidf.idf(term)) ** 2, 0)));
      index.set(language, { articles: subset, tfidf, norms });
    }
    return new KnowledgeBase(index, extractor, byId, translations);
  }

  /** An article by its id, in `language` when it has a translation; undefined when there is no such article. */
  article(id: string, language: Language): KbArticle | undefined {
    const found = this.byId.get(id);
    if (!found || found.language === language) return found;
    return this.byId.get(this.translations.get(id) ?? '') ?? found;
  }

  /** All loaded articles. */
  get articles(): KbArticle[] {
    return [...this.index.values()].flatMap((i) => i.articles);
  }

  /** Articles in `language`, best first, with score > 0 (compare with KB_RELEVANCE_THRESHOLD). */
  search(text: string, language: Language, limit = 3): KbHit[] {
    const indexed = this.index.get(language);
    if (!indexed || indexed.articles.length === 0) return [];
    const terms = this.extractor.features(text, language);
    // A word no article has gets weight 1, not the maximal idf: it lowers the score a little, not a lot.
    const weights = terms.map((t) => (indexed.tfidf.documents.some((d) => (d[t] ?? 0) > 0) ? indexed.tfidf.idf(t) : 1));
    const queryNorm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0));
    if (queryNorm === 0) return [];
    const hits: KbHit[] = [];
    indexed.tfidf.documents.forEach((doc, i) => {
      let dot = 0;
      terms.forEach((term, j) => {
        const tf = doc[term];
        if (typeof tf === 'number' && tf > 0) dot += (weights[j] ?? 0) ** 2 * tf;
      });
      const norm = indexed.norms[i] ?? 0;
      const article = indexed.articles[i];
      if (dot > 0 && norm > 0 && article) hits.push({ article, score: Math.round((dot / (norm * queryNorm)) * 1000) / 1000 });
    });
    return hits.sort((a, b) => b.score - a.score || a.article.id.localeCompare(b.article.id)).slice(0, limit);
  }
}

function articleTerms(article: KbArticle, extractor: FeatureExtractor): string[] {
  const heading = extractor.features(`${article.title} ${article.keywords.join(' ')}`, article.language);
  const body = extractor.features(article.body, article.language, Number.MAX_SAFE_INTEGER);
  return [...Array.from({ length: TITLE_WEIGHT }, () => heading).flat(), ...body];
}

/** Parses one article file; throws with the file id when the front matter is incomplete. */
export function parseArticle(id: string, source: string): KbArticle {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new Error(`knowledge base article ${id}: no front matter`);
  const meta = parse(match[1] ?? '') as Record<string, unknown> | null;
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
  const language = meta?.language;
  const categories = list(meta?.categories).filter((c): c is CategoryId => (CATEGORY_IDS as readonly string[]).includes(c));
  if (typeof meta?.title !== 'string' || (language !== 'cs' && language !== 'en') || categories.length === 0) {
    throw new Error(`knowledge base article ${id}: needs title, language (cs|en) and known categories`);
  }
  const translation = typeof meta.translation === 'string' ? { translation: meta.translation } : {};
  return { id, title: meta.title, language, categories, keywords: list(meta.keywords), body: (match[2] ?? '').trim(), ...translation };
}
