/** The small part of the Adaptive Card 1.5 schema the helpdesk uses, typed. */
export type CardElement =
  | { type: 'TextBlock'; text: string; wrap?: boolean; weight?: 'Bolder' | 'Default'; size?: 'Small' | 'Default' | 'Medium' | 'Large'; isSubtle?: boolean; color?: 'Good' | 'Warning' | 'Attention' | 'Accent' | 'Default'; spacing?: 'None' | 'Small' | 'Medium'; separator?: boolean; maxLines?: number; style?: 'heading' }
  | { type: 'FactSet'; facts: { title: string; value: string }[]; spacing?: 'None' | 'Small' | 'Medium' }
  | { type: 'Container'; items: CardElement[]; style?: 'emphasis' | 'good' | 'attention' | 'warning' | 'accent'; separator?: boolean; spacing?: 'None' | 'Small' | 'Medium'; selectAction?: CardAction }
  | { type: 'ColumnSet'; columns: { type: 'Column'; width: string; items: CardElement[] }[]; separator?: boolean; spacing?: 'None' | 'Small' | 'Medium' }
  | { type: 'ActionSet'; actions: CardAction[] };

export type CardAction =
  | { type: 'Action.Submit'; title: string; data: Record<string, unknown>; style?: 'positive' | 'destructive' }
  | { type: 'Action.Execute'; title: string; verb: string; data: Record<string, unknown>; style?: 'positive' | 'destructive' };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
}

/** The `helpdeskAction` of a button that answers a choice question (see dialogs/card-choice-prompt.ts). */
export const CHOICE_ACTION = 'choice';

export function choiceButton(title: string, value: string): CardAction {
  return { type: 'Action.Submit', title, data: { helpdeskAction: CHOICE_ACTION, value } };
}

/**
 * Stamps every Action.Submit button of `card` with `data[key] = stamp` (the question or draft it
 * answers), so that a click on an older card can be told from an answer to the current one.
 */
export function stampButtons(card: unknown, key: string, stamp: string): void {
  if (Array.isArray(card)) {
    for (const child of card) stampButtons(child, key, stamp);
  } else if (card && typeof card === 'object') {
    const element = card as { type?: unknown; data?: Record<string, unknown> };
    if (element.type === 'Action.Submit' && element.data && typeof element.data === 'object') element.data[key] = stamp;
    for (const value of Object.values(card)) stampButtons(value, key, stamp);
  }
}

/**
 * A question's card as it reads once answered by a click: the same content without its buttons,
 * and the answer clicked ("✓ Založit požadavek"). Null when no button of the card carries the
 * clicked data (an older card's, or forged): such a click answers nothing, so nothing is changed.
 */
export function answeredCard(card: AdaptiveCard, clicked: Record<string, unknown>): AdaptiveCard | null {
  let answer: string | null = null;
  const take = (actions: CardAction[]) => {
    for (const action of actions) {
      if (action.type === 'Action.Submit' && Object.entries(action.data).every(([k, v]) => clicked[k] === v)) answer ??= action.title;
    }
  };
  const withoutButtons = (elements: CardElement[]): CardElement[] => elements.flatMap((el): CardElement[] => {
    if (el.type === 'ActionSet') {
      take(el.actions);
      return [];
    }
    if (el.type === 'Container') return [{ ...el, items: withoutButtons(el.items) }];
    if (el.type === 'ColumnSet') return [{ ...el, columns: el.columns.map((c) => ({ ...c, items: withoutButtons(c.items) })) }];
    return [el];
  });
  const body = withoutButtons(card.body);
  take(card.actions ?? []);
  if (answer === null) return null;
  return adaptiveCard([...body, { type: 'TextBlock', text: `✓ ${answer}`, weight: 'Bolder', color: 'Good', wrap: true, spacing: 'Medium' }]);
}

export function adaptiveCard(body: CardElement[], actions?: CardAction[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions?.length ? { actions } : {}),
  };
}

/**
 * User-written text for a TextBlock: HTML tags are dropped and Markdown is escaped, so what
 * the user typed is shown as text, never rendered or echoed as markup.
 */
export function plainText(text: string, max = 2000): string {
  const noTags = text.replace(/<[^>]*>/gu, ' ').replace(/[ \t]{2,}/gu, ' ');
  const escaped = noTags.replace(/([\\`*_{}[\]()#+!|>~-])/gu, '\\$1');
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
