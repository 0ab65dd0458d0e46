import { describe, expect, it } from 'vitest';
import { foldCommand } from '../../src/bot/command-recognizer.js';
import { isStatusQuestion } from '../../src/capabilities/tickets/status-question.js';

const asks = (text: string) => isStatusQuestion(foldCommand(text));

describe('a question about a request already made', () => {
  it.each([
    'kdy mi to opraví?', 'Kdy to bude hotové?', 'kdy se mi někdo ozve', 'Kdy přijde technik?', 'kdy dostanu ten nový monitor?',
    'jak to vypadá s mým požadavkem?', 'Co je s mým požadavkem?', 'jaký je stav mého požadavku', 'řeší to už někdo?', 'už to někdo řeší?',
    'kdy mi to opravi', 'When will it be fixed?', 'when will someone come', 'Any update on my ticket?', 'any news?',
    'what is the status of my request', 'Is anyone working on it?',
  ])('"%s" asks about it', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    'Nefunguje mi tiskárna v kanceláři 312', 'kdykoli zapnu počítač, tak spadne', 'když tisknu, papír se zasekne',
    'kdy je otevřená podatelna?', 'when I print, the paper jams', 'when I log in, Outlook crashes',
    'Stav: nefunguje wifi', 'potřeboval bych nový monitor', 'status bar in Excel is missing',
    'Tiskárna v kanceláři 312 nefunguje už od rána, kdy to někdo opraví?', '',
  ])('"%s" does not', (text) => {
    expect(asks(text)).toBe(false);
  });
});
