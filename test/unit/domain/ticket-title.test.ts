import { describe, expect, it } from 'vitest';
import { describesMoreThanTitle, titleFrom } from '../../../src/domain/tickets/ticket.js';

describe('titleFrom: the ticket title made from what the user wrote', () => {
  it.each([
    ['nefunguje mi tiskárna v kanceláři 312', 'Nefunguje mi tiskárna v kanceláři 312'],
    ['Dobrý den, nefunguje mi tiskárna v kanceláři 312.', 'Nefunguje mi tiskárna v kanceláři 312'],
    ['Dobrý den. Nejde mi VPN. Zkoušel jsem restart.', 'Nejde mi VPN'],
    ['dobry den, outlook pada pri otevreni prilohy', 'Outlook pada pri otevreni prilohy'],
    ['Dobrý den,\nnefunguje mi monitor, bliká a zhasíná.', 'Nefunguje mi monitor, bliká a zhasíná'],
    ['Zdravím vás, potřeboval bych nový toner.', 'Potřeboval bych nový toner'],
    ['Ahoj! čtečka karet nereaguje', 'Čtečka karet nereaguje'],
    ['Hi, my laptop will not start.', 'My laptop will not start'],
    ['Good morning - the printer on floor 2 is jammed', 'The printer on floor 2 is jammed'],
  ])('%j → %j', (description, title) => {
    expect(titleFrom(description)).toBe(title);
  });

  it('keeps a question mark, an ellipsis and words that only begin like a greeting', () => {
    expect(titleFrom('Kde najdu formulář na dovolenou?')).toBe('Kde najdu formulář na dovolenou?');
    expect(titleFrom('high CPU na serveru...')).toBe('High CPU na serveru...');
    expect(titleFrom('Ahojky, nejde wifi')).toBe('Ahojky, nejde wifi');
  });

  it('keeps a greeting that is all there is', () => {
    expect(titleFrom('Dobrý den')).toBe('Dobrý den');
    expect(titleFrom('  ahoj ')).toBe('Ahoj');
  });

  it('cuts a long first sentence at a word boundary, with an ellipsis', () => {
    const long = `Dobrý den, ${'velmi '.repeat(30)}dlouhý popis`;
    const title = titleFrom(long);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title).toMatch(/^Velmi velmi .*velmi…$/u);
  });
});

describe('describesMoreThanTitle: whether a ticket card shows the description under its title', () => {
  it('not when it differs from the title only by a greeting, a capital letter or a full stop', () => {
    for (const d of ['nefunguje mi tiskárna', 'Dobrý den, nefunguje mi tiskárna.', 'Nefunguje mi tiskárna']) {
      expect(describesMoreThanTitle(d, titleFrom(d))).toBe(false);
    }
  });

  it('when it goes on after the first sentence or line', () => {
    for (const d of ['Nejde mi VPN. Zkoušel jsem restart.', 'Dobrý den,\nnefunguje monitor.\nBliká.']) {
      expect(describesMoreThanTitle(d, titleFrom(d))).toBe(true);
    }
  });
});
