import { describe, expect, it } from 'vitest';
import { adaptiveCard, answeredCard, choiceButton, stampButtons } from '../../../cards/adaptive-card.js';
import { renderConfirmTicketCard } from '../../../cards/confirm-ticket-card.js';
import { demoConfig } from '../../support/ticket-fixtures.js';

const ctx = { lang: 'cs' as const, config: demoConfig() };

function confirmCard() {
  const card = renderConfirmTicketCard({
    description: 'Nefunguje mi tiskárna v kanceláři 312', category: 'printer', priority: 'P3', place: 'Krajský úřad, Škroupova 18', office: '312', applications: [],
  }, ctx);
  stampButtons(card, 'draft', 'd1');
  return card;
}

describe('answeredCard', () => {
  it('keeps what the card said, drops its buttons and names the answer clicked', () => {
    const card = confirmCard();
    const answered = answeredCard(card, { helpdeskAction: 'confirm', answer: 'yes', draft: 'd1' })!;
    const text = JSON.stringify(answered);
    expect(text).toContain('Nefunguje mi tiskárna v kanceláři 312');
    expect(text).not.toContain('Action.Submit');
    expect(answered.body.at(-1)).toMatchObject({ type: 'TextBlock', text: '✓ Založit požadavek' });
    expect(JSON.stringify(answeredCard(card, { helpdeskAction: 'confirm', answer: 'no', draft: 'd1' }))).toContain('✓ Zrušit');
  });

  it('finds buttons in an ActionSet inside the body too', () => {
    const card = adaptiveCard([{ type: 'TextBlock', text: 'Kterou oblast?' }, { type: 'ActionSet', actions: [choiceButton('1. Tiskárny', 'printer'), choiceButton('2. Software', 'software')] }]);
    const answered = answeredCard(card, { helpdeskAction: 'choice', value: 'software' })!;
    expect(answered.body).toEqual([{ type: 'TextBlock', text: 'Kterou oblast?' }, expect.objectContaining({ text: '✓ 2. Software' })]);
  });

  it('changes nothing for a click that is not one of its buttons (an older draft, or forged)', () => {
    const card = confirmCard();
    expect(answeredCard(card, { helpdeskAction: 'confirm', answer: 'yes', draft: 'older' })).toBeNull();
    expect(answeredCard(card, { helpdeskAction: 'confirm', answer: 'maybe', draft: 'd1' })).toBeNull();
    expect(answeredCard(card, {})).toBeNull();
  });
});
