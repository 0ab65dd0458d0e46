import type { IntentDeclaration } from '../intents/intent-types.js';

/** The account capability's intents: the four account actions (for oneself or someone named) and the audit. */
export const ACCOUNT_INTENTS: readonly IntentDeclaration[] = [
  {
    id: 'account.resetPassword', label: { cs: 'Reset hesla', en: 'Reset password' }, slots: ['person'],
    examples: ['reset hesla', 'resetovat heslo', 'resetuj heslo', 'nové heslo', 'reset password', 'password reset', 'reset my password',
      'resetuj heslo pro Jana Nováka', 'resetujte mi heslo', 'potřebuji resetovat heslo', 'zapomněl jsem heslo', 'nepamatuju si heslo, dejte mi nové',
      'vyresetuj heslo kolegyni Nováková', 'změňte heslo uživateli Karlu Malému', 'Mohla bych dostat nové heslo?', 'obnovit heslo', 'heslo reset pro Petra',
      'nastavte nové heslo pro jana.novak@ku.demo-kraj.cz', 'dočasné heslo pro kolegu Horáka', 'reset password for Megan', 'I forgot my password',
      'please give me a new password', 'reset the password of Alex Wilber', 'new temporary password for John',
      'resetujte mi prosím heslo', 'potřebovala bych nové heslo', 'zapomněla jsem heslo do počítače', 'nevím heslo', 'resetni heslo', 'resetni heslo Janu Novákovi', 'nové heslo pro Evu Svobodovou', 'Mohl byste resetovat heslo kolegovi Dvořákovi?', 'reset hesla pro pana Nováka', 'nastavit nové heslo', 'heslo zapomenuto', 'forgot password', 'could you reset my password', 'reset password for user Petr Novak', 'new password please', 'I need a new password'],
  },
  {
    id: 'account.unlock', label: { cs: 'Odemknout účet', en: 'Unlock account' }, slots: ['person'],
    examples: ['odemknout účet', 'odemkni účet', 'odemknutí účtu', 'odblokovat účet', 'unlock account', 'unlock my account', 'enable account',
      'mám zablokovaný účet', 'zamkl se mi účet', 'odemkněte mi účet', 'odblokujte účet pro Evu Novou', 'odemkni účet Petra Kučery',
      'účet je zamčený, potřebuju odemknout', 'Mohl byste odemknout účet mé kolegyni Haně?', 'povolit účet uživatele', 'odemčení účtu',
      'my account is locked', 'please unlock the account of Diego', 'unlock user Jan Novák', 'I am locked out of my account', 'enable the user account',
      'odemkněte mi účet prosím', 'mám zamčený účet', 'zamčený účet', 'účet zablokovaný', 'odblokujte mi účet', 'zablokoval se mi účet', 'odemknout účet kolegovi Novákovi', 'odemkni ucet Petry Svobodove', 'Mohl byste mi odemknout účet?', 'potřebuju odblokovat účet', 'my account is blocked', 'account locked, please unlock', 'unlock the account for Jan Novak', 'can you unlock my user'],
  },
  {
    id: 'account.resetMfa', label: { cs: 'Reset MFA', en: 'Reset MFA' }, slots: ['person'],
    examples: ['reset mfa', 'resetovat mfa', 'resetuj mfa', 'mfa reset', 'reset 2fa', 'reset my mfa', 'resetuj mi authenticator', 'nový telefon, reset MFA',
      'potřebuji znovu nastavit dvoufázové ověření', 'smazat ověřovací metody', 'vymaž mi metody ověření', 'reset vícefaktorového ověření pro Petra Nováka',
      'zrušit MFA kolegovi', 'ztratil jsem telefon s autentizátorem', 'obnovit dvoufaktorové ověření', 'reset authenticator', 'remove my MFA methods',
      'I have a new phone, reset my authenticator', 'reset two-factor for Lynne', 'clear MFA of Alex',
      'reset dvoufázového ověření', 'resetujte mi MFA', 'nový mobil a nemám authenticator', 'potřebuju znovu zaregistrovat authenticator', 'smažte mi ověřovací metody', 'resetovat MFA pro Janu Novou', 'zrušit dvoufaktor', 'MFA reset prosím', 'ztratila jsem telefon s ověřováním', 'reset my MFA please', 'new phone, need to set up MFA again', 'remove the authenticator for Jan Novak', 'reset two-factor authentication',
      'resetujte MFA', 'reset MFA pro kolegu', 'vynulovat ověřování', 'resetovat authenticator', 'nový telefon, resetujte ověření', 'MFA reset for Petr Novák', 'reset the MFA of my colleague'],
  },
  {
    id: 'account.revokeSessions', label: { cs: 'Odhlásit ze všech zařízení', en: 'Sign out everywhere' },
    examples: ['odhlásit ze všech zařízení', 'odhlaš mě ze všech zařízení', 'odhlásit všude', 'sign out everywhere', 'sign out of all devices', 'revoke sessions',
      'odhlaste mě všude', 'chci být odhlášený ze všech počítačů', 'odhlásit mě z ostatních zařízení', 'ztratil jsem notebook, odhlašte mě',
      'ukončit všechna přihlášení', 'odhlas me vsude', 'zrušit všechny relace', 'odhlášení ze všech zařízení', 'potřebuji se odhlásit na všech zařízeních',
      'log out everywhere', 'sign me out from all devices', 'kill all my sessions', 'revoke all my sign-ins', 'log me out on every computer',
      'odhlaste mě ze všech zařízení', 'odhlásit se všude', 'odhlásit mě všude', 'ukradli mi telefon, odhlaste mě', 'ukonči všechny moje relace', 'zneplatnit přihlášení', 'odhlášení na všech zařízeních', 'chci se odhlásit všude', 'odhlaš mě ze všeho', 'sign me out of everything', 'log out of all sessions', 'end all sessions', 'my laptop was stolen, sign me out everywhere'],
  },
  {
    id: 'account.audit', label: { cs: 'Historie akcí s účty', en: 'Account action history' },
    examples: ['historie účtů', 'audit účtů', 'akce s účty', 'account history', 'account audit', 'historie akcí s účty', 'kdo měnil hesla',
      'přehled resetů hesel', 'kdo komu resetoval heslo', 'záznamy o akcích s účty', 'výpis auditu účtů', 'jaké akce s účty proběhly',
      'audit resetů MFA', 'kdo odemykal účty', 'audit log of accounts', 'who reset passwords', 'list of account actions', 'show account changes history',
      'historie akcí', 'kdo resetoval heslo', 'kdo měnil účty', 'audit hesel', 'záznam akcí s účty', 'přehled akcí s účty za týden', 'kdo odemkl účet', 'které účty se měnily', 'account actions log', 'who unlocked accounts', 'history of password resets', 'audit of account changes'],
  },
];
