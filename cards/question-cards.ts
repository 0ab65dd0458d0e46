import { t } from '../src/i18n/catalogue.js';
import { adaptiveCard, choiceButton as choice, plainText, type AdaptiveCard } from './adaptive-card.js';
import { categoryLabel, type CardContext } from './card-format.js';

/** "Where does this belong?": the top categories and "something else", numbered so they can be typed. */
export function renderCategoryChoiceCard(categories: string[], ctx: CardContext): AdaptiveCard {
  const options = [...categories.map((id) => ({ id, title: categoryLabel(id, ctx) })), { id: 'other', title: t(ctx.lang, 'somethingElse') }];
  return adaptiveCard(
    [{ type: 'TextBlock', text: t(ctx.lang, 'pickCategory'), wrap: true, weight: 'Bolder' }],
    options.map((o, i) => choice(`${i + 1}. ${o.title}`, o.id)),
  );
}

/** "Only you, or more people?" - asked once, when an outage is suspected and the text did not say. */
export function renderScopeQuestionCard(description: string, ctx: CardContext): AdaptiveCard {
  return adaptiveCard(
    [
      { type: 'TextBlock', text: t(ctx.lang, 'askScope'), wrap: true, weight: 'Bolder' },
      { type: 'TextBlock', text: plainText(description, 300), wrap: true, isSubtle: true, maxLines: 3 },
    ],
    [
      choice(t(ctx.lang, 'scopePerson'), 'person'),
      choice(t(ctx.lang, 'scopeGroup'), 'group'),
      choice(t(ctx.lang, 'scopeOrganisation'), 'organisation'),
    ],
  );
}

/** A self-help article with "Did it help?". The article is our own Markdown, so it is shown as such. */
export function renderSelfHelpCard(article: { title: string; body: string }, ctx: CardContext): AdaptiveCard {
  const text = article.body.replace(/^\s*#[^\n]*\n+/u, '').trim(); // the title is shown above
  const body = text.length > 1800 ? `${text.slice(0, 1800)}…` : text;
  return adaptiveCard(
    [
      { type: 'TextBlock', text: t(ctx.lang, 'selfHelpIntro'), wrap: true, isSubtle: true },
      { type: 'TextBlock', text: article.title, wrap: true, weight: 'Bolder', size: 'Medium', style: 'heading' },
      { type: 'TextBlock', text: body, wrap: true },
      { type: 'TextBlock', text: t(ctx.lang, 'selfHelpQuestion'), wrap: true, weight: 'Bolder', spacing: 'Medium' },
    ],
    [
      { type: 'Action.Submit', title: t(ctx.lang, 'selfHelpYes'), style: 'positive', data: { helpdeskAction: 'confirm', answer: 'yes' } },
      { type: 'Action.Submit', title: t(ctx.lang, 'selfHelpNo'), data: { helpdeskAction: 'confirm', answer: 'no' } },
    ],
  );
}
