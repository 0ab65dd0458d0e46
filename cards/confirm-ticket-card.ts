import { t } from '../src/i18n/catalogue.js';
import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.js';
import { applicationsLabel, categoryLabel, type CardContext } from './card-format.js';

export interface TicketDraftView {
  description: string;
  category: string;
  priority: string;
  place: string | null;
  /** The office/room triage read from the text, if any ("312"). */
  office: string | null;
  /** The applications triage recognised, by id (shown as the ticket's card shows them). */
  applications: readonly string[];
}

/** "Shall I open this ticket?" with the draft (what triage read from it, to check) and two Action.Submit buttons. */
export function renderConfirmTicketCard(draft: TicketDraftView, ctx: CardContext): AdaptiveCard {
  const applications = applicationsLabel(draft.applications, ctx);
  const facts = [
    { title: t(ctx.lang, 'category'), value: categoryLabel(draft.category, ctx) },
    { title: t(ctx.lang, 'priority'), value: draft.priority },
    ...(draft.place ? [{ title: t(ctx.lang, 'place'), value: draft.place }] : []),
    ...(draft.office ? [{ title: t(ctx.lang, 'office'), value: plainText(draft.office, 40) }] : []),
    ...(applications ? [{ title: t(ctx.lang, 'application'), value: applications }] : []),
  ];
  return adaptiveCard(
    [
      { type: 'TextBlock', text: t(ctx.lang, 'confirmTitle'), weight: 'Bolder', size: 'Medium', style: 'heading' },
      { type: 'TextBlock', text: plainText(draft.description, 600), wrap: true, maxLines: 6 },
      { type: 'FactSet', facts },
    ],
    [
      { type: 'Action.Submit', title: t(ctx.lang, 'confirmYes'), style: 'positive', data: { helpdeskAction: 'confirm', answer: 'yes' } },
      { type: 'Action.Submit', title: t(ctx.lang, 'confirmNo'), data: { helpdeskAction: 'confirm', answer: 'no' } },
    ],
  );
}
