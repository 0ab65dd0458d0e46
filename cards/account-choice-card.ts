import { adaptiveCard, choiceButton, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.js';

export interface AccountChoiceOption {
  id: string;
  title: string;
  /** A second line (UPN, job title) for people in a pick list. */
  subtitle?: string;
}

/** A question with one choice button per option, numbered for typed answers. */
export function renderAccountChoiceCard(question: string, options: readonly AccountChoiceOption[]): AdaptiveCard {
  const body: CardElement[] = [{ type: 'TextBlock', text: question, weight: 'Bolder', wrap: true, style: 'heading' }];
  const withSubtitles = options.filter((o) => o.subtitle);
  if (withSubtitles.length > 0) {
    body.push({
      type: 'FactSet',
      facts: options.map((o, i) => ({ title: `${i + 1}.`, value: plainText(`${o.title}${o.subtitle ? ` – ${o.subtitle}` : ''}`, 200) })),
    });
  }
  return adaptiveCard(body, options.map((o, i) => choiceButton(`${i + 1}. ${o.title}`, o.id)));
}
