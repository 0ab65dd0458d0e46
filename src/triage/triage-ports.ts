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
  const view = (a: { id: string; title: string; body: string }): KnowledgeArticle => ({ id: a.id, title: a.title, body: a.body });
  return {
    article(id, language) {
      const found = kb.article(id, language);
      return found ? view(found) : null;
    },
    bestMatch(text, language, category): KnowledgeArticle | null {
      const best = kb.search(text, language, Infinity).find((hit) => hit.article.categories.includes(category));
      if (!best || best.score < threshold) return null;
      return view(best.article);
    },
  };
}
