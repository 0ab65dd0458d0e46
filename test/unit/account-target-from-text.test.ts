import { describe, expect, it } from 'vitest';
import { targetFromText } from '../../src/capabilities/accounts/account-feature.js';
import { withoutCaseEndings } from '../../dialogs/reset-account-dialog.js';

describe('for whom an account request written as a sentence is', () => {
  it.each([
    ['reset hesla pro Alex Wilber', 'Alex Wilber'],
    ['Prosím o reset hesla pro kolegu Jana Nováka.', 'Jana Nováka'],
    ['odemkněte prosím účet pro paní Novákovou, prosím', 'Novákovou'],
    ['reset MFA uživateli Petru Dvořákovi', 'Petru Dvořákovi'],
    ['please reset the password for Megan Bowen', 'Megan Bowen'],
    ['unlock the account for alex.wilber@kraj-demo.cz', 'alex.wilber@kraj-demo.cz'],
    ['odemknout účet kolegovi Novákovi!', 'Novákovi'],
  ])('%s → someone named: %s', (text, person) => {
    expect(targetFromText(text)).toEqual({ person });
  });

  it.each([
    'Zapomněl jsem heslo',
    'zapomnela jsem heslo do pocitace',
    'Mám zablokovaný účet a nemůžu se přihlásit',
    'reset hesla pro mě',
    'reset MFA pro sebe, díky',
    'I forgot my password',
    'please unlock my account',
    'reset password for me',
    'Zapomněl jsem heslo pro Windows',
  ])('%s → the writer', (text) => {
    expect(targetFromText(text)).toEqual({ self: true });
  });

  it.each([
    'reset hesla',
    'potřebuji resetovat heslo pro přihlášení do spisové služby',
    'heslo pro VPN nefunguje',
    'heslo pro Windows nefunguje',
    'reset hesla pro novaka',
    'kolega má zablokovaný účet',
    'reset password for my colleague in the finance department',
  ])('%s → not said: ask', (text) => {
    expect(targetFromText(text)).toEqual({});
  });
});

describe('a name without its Czech case ending, for a second directory search', () => {
  it.each([
    ['Jana Nováka', 'Jan Novák'],
    ['Novákovou', 'Novák'],
    ['Petru Dvořákovi', 'Petr Dvořák'],
    ['paní Novákové', 'paní Novák'],
    ['Alex Wilber', 'Alex Wilber'],
    ['Eva', 'Eva'],
    ['jan.novak@kraj-demo.cz', 'jan.novak@kraj-demo.cz'],
  ])('%s → %s', (name, stem) => {
    expect(withoutCaseEndings(name)).toBe(stem);
  });
});
