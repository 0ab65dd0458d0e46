import type { KnowledgeArticle, KnowledgePort, TriagePort } from '../services/ports.js';
import { KB_RELEVANCE_THRESHOLD, type KnowledgeBase } from './knowledge-base.js';
import { priorityFor } from './priority-rules.js';
import type { TriageEngine } from './triage-engine.js';

/** The triage engine as the services' port. */
export function triagePort(engine: TriageEngine): TriagePort {
  return { analyze: (text) => engine.analyze(text), priorityFor };
}

/**
 * The knowledge base as the services' port: the best article of the request's category above the
 * relevance threshold, or none. An article of another area is not offered even when its words
 * match ("spisová služba hlásí chybu oprávnění" is an application fault, not a folder permission).
 */
export function knowledgePort(kb: KnowledgeBase, threshold = KB_RELEVANCE_THRESHOLD): KnowledgePort {
  const articles = new Map(kb.articles.map((a) => [a.id, a]));
  // an article names its translation, or is named as one: either way the pair is linked
  const translations = new Map<string, string>();
  for (const a of kb.articles) {
    if (a.translation === undefined) continue;
    translations.set(a.id, a.translation);
    if (!translations.has(a.translation)) translations.set(a.translation, a.id);
  }
  const view = (a: { id: string; title: string; body: string }): KnowledgeArticle => ({ id: a.id, title: a.title, body: a.body });
  return {
    article(id, language) {
      const found = articles.get(id);
      if (!found) return null;
      const translated = found.language === language ? undefined : articles.get(translations.get(id) ?? '');
      return view(translated ?? found);
    },
    bestMatch(text, language, category): KnowledgeArticle | null {
      const best = kb.search(text, language, Infinity).find((hit) => hit.article.categories.includes(category));
      if (!best || best.score < threshold) return null;
      return view(best.article);
    },
  };
}
