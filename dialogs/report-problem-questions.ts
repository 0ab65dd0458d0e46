import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Choice } from 'botbuilder-dialogs';
import type { CategoryId, DomainConfig } from '../src/config/domain-schema.js';
import type { KnowledgeArticle, KnowledgePort } from '../src/services/ports.js';
import { t, type MessageKey } from '../src/i18n/catalogue.js';
import type { Language } from '../src/domain/tickets/ticket.js';
import { renderConfirmTicketCard } from '../cards/confirm-ticket-card.js';
import { renderCategoryChoiceCard, renderScopeQuestionCard, renderSelfHelpCard } from '../cards/question-cards.js';
import { stampButtons } from '../cards/adaptive-card.js';
import { turnUser } from './turn-user.js';
import type { Draft, ReportState } from './report-problem-state.js';

export const SCOPE_CHOICES: Choice[] = [
  { value: 'person', synonyms: ['jen me', 'jen mne', 'me', 'mne', 'only me', 'just me', 'me only'] },
  { value: 'group', synonyms: ['vice lidi', 'vic lidi', 'kolegy', 'oddeleni', 'several', 'more people', 'department', 'colleagues'] },
  { value: 'organisation', synonyms: ['vsichni', 'vsechny', 'cele pracoviste', 'cely urad', 'nikdo', 'everyone', 'everybody', 'whole', 'all'] },
];

/**
 * The report's questions, built from the draft whenever one is asked (again), in the language of
 * that turn: the card of the pending question, what answers it, and the reminder when the answer
 * was not one.
 */
export class ReportQuestions {
  constructor(private readonly config: DomainConfig, private readonly knowledge: KnowledgePort) {}

  /** The pending question as a message; `article`: the self-help article just found (else looked up by its id). */
  prompt(context: TurnContext, state: ReportState, article?: KnowledgeArticle): Partial<Activity> {
    const ctx = { lang: turnUser(context).lang, config: this.config };
    const draft = state.draft;
    if (!draft || state.pending!.kind === 'description') return MessageFactory.text(t(ctx.lang, 'askDescription'));
    const { assessment } = draft;
    switch (state.pending!.kind) {
      case 'category':
        return cardActivity(renderCategoryChoiceCard(categoryTop(draft), ctx), draft.id);
      case 'scope':
        return cardActivity(renderScopeQuestionCard(draft.description, ctx), draft.id);
      case 'confirm': {
        const offered = article ?? (draft.offeredArticle ? this.knowledge.article(draft.offeredArticle, ctx.lang) : null);
        if (offered) return cardActivity(renderSelfHelpCard(offered, ctx), draft.id);
        delete draft.offeredArticle; // an article gone since it was offered (knowledge base updated): confirm the ticket instead
        return cardActivity(renderConfirmTicketCard({
          description: draft.description, category: assessment.category, priority: assessment.priority, place: this.place(draft, ctx.lang),
          office: assessment.entities.rooms[0] ?? null, applications: assessment.entities.applications.map((a) => a.id),
        }, ctx), draft.id);
      }
    }
  }

  /** The site the text names, else the requester's own from the directory (said so), else the district the text names. */
  private place(draft: Draft, lang: Language): string | null {
    const { entities } = draft.assessment;
    if (entities.sites[0]) return entities.sites[0].name;
    const own = draft.requesterSite ? this.config.sites.find((s) => s.id === draft.requesterSite) : undefined;
    if (own) return `${own.name} (${t(lang, 'placeFromDirectory')})`;
    return entities.districts[0]?.name ?? null;
  }

  /** The areas the category question offers, each recognised by its Czech and English name too. */
  categoryChoices(draft: Draft): Choice[] {
    return [...categoryTop(draft), 'other' as const].map((value) => ({ value, synonyms: this.categorySynonyms(value) }));
  }

  private categorySynonyms(id: string): string[] {
    const category = this.config.categories.find((c) => c.id === id);
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return category ? [fold(category.name.cs), fold(category.name.en), id] : [id];
  }
}

/** What to say when a message did not answer the pending question. */
export function retryKey(state: ReportState): MessageKey {
  switch (state.pending!.kind) {
    case 'description': return 'askDescription';
    case 'category': return 'pickCategoryRetry';
    case 'scope': return 'askScopeRetry';
    case 'confirm': return state.draft?.offeredArticle ? 'selfHelpRetry' : 'confirmRetry';
  }
}

/** The areas offered when triage is unsure: its three best guesses (and "something else"). */
function categoryTop(draft: Draft): CategoryId[] {
  return draft.assessment.ranking.map((r) => r.category).filter((c) => c !== 'other').slice(0, 3);
}

/** The card as a message, each button's data stamped with the draft's id. */
function cardActivity(card: object, draftId: string): Partial<Activity> {
  stampButtons(card, 'draft', draftId);
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}
