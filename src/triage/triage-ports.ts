import type { KnowledgeArticle, KnowledgePort, TriagePort } from '../services/ports.js';
import { KB_RELEVANCE_THRESHOLD, type KnowledgeBase } from './knowledge-base.js';
import { priorityFor } from './priority-rules.js';
import type { TriageEngine } from './triage-engine.js';

/** The triage engine as the services' port. */
export function triagePort(engine: TriageEngine): TriagePort {
  return { analyze: (text) => engine.analyze(text), priorityFor };
}

/** The knowledge base as the services' port: the best article above the relevance threshold, or none. */
export function knowledgePort(kb: KnowledgeBase, threshold = KB_RELEVANCE_THRESHOLD): KnowledgePort {
  return {
    bestMatch(text, language): KnowledgeArticle | null {
      const best = kb.search(text, language, 1)[0];
      if (!best || best.score < threshold) return null;
      return { id: best.article.id, title: best.article.title, body: best.article.body };
    },
  };
}
