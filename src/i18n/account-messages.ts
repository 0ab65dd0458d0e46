import type { Language } from '../domain/tickets/ticket.js';
import { fill } from './plural.js';

type Params = Record<string, string | number>;
type Entry = { cs: string; en: string };

/** The account feature's user-facing sentences, in Czech and English (same `{name}` placeholders as catalogue.ts). */
const MESSAGES = {
  actionResetPassword: { cs: 'Reset hesla', en: 'Reset password' },
  actionUnlock: { cs: 'Odemknout účet', en: 'Unlock account' },
  actionResetMfa: { cs: 'Reset MFA', en: 'Reset MFA' },
  actionRevokeSessions: { cs: 'Odhlásit ze všech zařízení', en: 'Sign out everywhere' },
  chooseAction: { cs: 'S čím u účtu potřebujete pomoci?', en: 'What do you need done with the account?' },
  chooseRetry: {
    cs: 'Vyberte prosím tlačítkem, nebo napište číslo volby. Pokud nechcete pokračovat, napište „zrušit“.',
    en: 'Please choose with a button, or type the number of the option. To stop here, write "cancel".',
  },
  chooseTarget: { cs: 'Pro koho?', en: 'For whom?' },
  targetSelf: { cs: 'Pro mě', en: 'For me' },
  targetOther: { cs: 'Pro někoho jiného', en: 'For someone else' },
  askPerson: { cs: 'Napište jméno nebo přihlašovací jméno (UPN) dotyčného.', en: 'Type the person\'s name or sign-in name (UPN).' },
  personNotFound: { cs: 'Nikoho takového jsem v adresáři nenašel. Zkuste to prosím jinak (celé jméno nebo UPN).', en: 'I found no one like that in the directory. Please try again (full name or UPN).' },
  pickPerson: { cs: 'Našel jsem více lidí. Koho myslíte?', en: 'I found several people. Whom do you mean?' },
  confirmTitle: { cs: 'Potvrďte prosím akci', en: 'Please confirm' },
  confirmButton: { cs: 'Provést', en: 'Do it' },
  cancelButton: { cs: 'Zrušit', en: 'Cancel' },
  whatResetPassword: {
    cs: 'Účtu **{who}** nastavím nové dočasné heslo. Dosavadní heslo přestane platit, heslo vám ukážu jen zde v osobním chatu a při příštím přihlášení si ho dotyčný musí změnit.',
    en: 'I will set a new temporary password for **{who}**. The current password stops working; I will show the new one only here in your personal chat, and it must be changed at the next sign-in.',
  },
  whatUnlock: { cs: 'Účet **{who}** povolím (odemknu), aby se mohl znovu přihlásit.', en: 'I will enable (unlock) the account **{who}** so that it can sign in again.' },
  whatResetMfa: {
    cs: 'Z účtu **{who}** odeberu registrované metody MFA (telefon, Authenticator…), které lze odebrat. Při příštím přihlášení se metody zaregistrují znovu.',
    en: 'I will remove the registered MFA methods of **{who}** (phone, Authenticator…) that can be removed. The methods are registered again at the next sign-in.',
  },
  whatRevokeSessions: {
    cs: 'Účet **{who}** odhlásím ze všech zařízení a aplikací. Projeví se to do několika minut; pak je nutné se znovu přihlásit.',
    en: 'I will sign **{who}** out of all devices and apps. It takes effect within minutes; then a new sign-in is needed.',
  },
  cancelled: { cs: 'Dobře, nic jsem neprovedl.', en: 'OK, I did nothing.' },
  cancelledTyped: {
    cs: 'Dobře, akci s účtem neprovedu. Tlačítka na potvrzovací kartě už nic neudělají.',
    en: 'OK, I will not do the account action. The confirmation card\'s buttons no longer do anything.',
  },
  doneResetPassword: { cs: 'Heslo účtu **{who}** je resetováno (požadavek {ticket}).', en: 'The password of **{who}** has been reset (ticket {ticket}).' },
  doneUnlock: { cs: 'Účet **{who}** je povolen (požadavek {ticket}).', en: 'The account **{who}** is enabled (ticket {ticket}).' },
  doneResetMfa: { cs: 'MFA účtu **{who}** je resetováno: odebráno metod {removed}, ponecháno {kept} (požadavek {ticket}).', en: 'MFA of **{who}** has been reset: {removed} {removed:method|methods} removed, {kept} kept (ticket {ticket}).' },
  doneRevokeSessions: { cs: 'Účet **{who}** je odhlášen ze všech zařízení (požadavek {ticket}). Projeví se do několika minut.', en: '**{who}** has been signed out everywhere (ticket {ticket}). It takes effect within minutes.' },
  tempPasswordTitle: { cs: 'Dočasné heslo pro {who}', en: 'Temporary password for {who}' },
  tempPasswordHint: {
    cs: 'Heslo platí do prvního přihlášení, pak je nutné ho změnit. Nikam ho neukládejte. Kartu za {minutes} min skryji.',
    en: 'The password works until the first sign-in, when it must be changed. Do not store it anywhere. I will hide this card in {minutes} min.',
  },
  tempPasswordGotIt: { cs: 'Mám ho', en: 'Got it' },
  tempPasswordRedacted: { cs: 'Dočasné heslo pro {who} bylo skryto.', en: 'The temporary password for {who} has been hidden.' },
  refusedSelfPasswordResetDisabled: {
    cs: 'Vlastní heslo přes bota resetovat nelze. Použijte samoobslužný reset hesla (https://aka.ms/sspr), nebo požádejte svého vedoucího či helpline.',
    en: 'You cannot reset your own password through the bot. Use self-service password reset (https://aka.ms/sspr), or ask your manager or the helpline.',
  },
  refusedSelfUnlock: {
    cs: 'Pokud mi píšete z Teams, váš účet zamčený není. Pokud se nemůžete přihlásit jinde, napište, co přesně nejde, a založím požadavek.',
    en: 'If you are writing to me from Teams, your account is not locked. If you cannot sign in elsewhere, describe what fails and I will open a ticket.',
  },
  refusedManagerScope: {
    cs: 'Jako vedoucí můžete pro své podřízené resetovat heslo a odemknout účet. Reset MFA a odhlášení si dotyčný vyžádá sám, nebo je provede technik.',
    en: 'As a manager you can reset the password and unlock the account of your direct reports. MFA reset and sign-out the person asks for themselves, or a technician does.',
  },
  refusedNotAllowed: {
    cs: 'Tuto akci pro jiného uživatele provést nemohu: smí ji vyžádat jen jeho vedoucí nebo technik OIT. Požádejte prosím vedoucího dotyčného, nebo založte požadavek („nahlásit problém“).',
    en: 'I cannot do this for another user: only their manager or an OIT technician may ask. Please ask the person\'s manager, or open a ticket ("report a problem").',
  },
  escalatedPrivileged: {
    cs: 'Tento účet je privilegovaný, takže ho automaticky neměním. Založil jsem požadavek **{ticket}** pro tým Identity a účty, ozve se vám technik.',
    en: 'This account is privileged, so I do not change it automatically. I opened ticket **{ticket}** for the identity team; a technician will contact you.',
  },
  escalatedLimit: {
    cs: 'Limit automatických akcí za 24 hodin je vyčerpán. Založil jsem požadavek **{ticket}**, vyřídí ho technik.',
    en: 'The limit of automatic actions in 24 hours has been reached. I opened ticket **{ticket}**; a technician will handle it.',
  },
  failedForbidden: { cs: 'Microsoft Graph akci odmítl (chybí oprávnění, 403).', en: 'Microsoft Graph refused the action (insufficient privileges, 403).' },
  failedNotFound: { cs: 'Účet už v adresáři neexistuje (404). Nic jsem neprovedl.', en: 'The account no longer exists in the directory (404). Nothing was done.' },
  failedThrottled: { cs: 'Microsoft Graph je přetížený a žádá o strpení ({seconds} s). Akce neproběhla.', en: 'Microsoft Graph is throttling requests (retry after {seconds} s). The action did not happen.' },
  failedServer: { cs: 'Microsoft Graph má poruchu (chyba serveru). Akce neproběhla.', en: 'Microsoft Graph has a failure (server error). The action did not happen.' },
  failedTimeout: { cs: 'Microsoft Graph neodpověděl včas. Akce nebyla potvrzena.', en: 'Microsoft Graph did not answer in time. The action was not confirmed.' },
  failedNetwork: { cs: 'Spojení s Microsoft Graph selhalo. Akce nebyla potvrzena.', en: 'The connection to Microsoft Graph failed. The action was not confirmed.' },
  failedRejected: { cs: 'Microsoft Graph požadavek nepřijal. Akce neproběhla.', en: 'Microsoft Graph did not accept the request. The action did not happen.' },
  failedTicket: { cs: 'Založil jsem požadavek **{ticket}** pro tým Identity a účty.', en: 'I opened ticket **{ticket}** for the identity team.' },
  failedTryLater: { cs: 'Zkuste to prosím za chvíli znovu.', en: 'Please try again in a moment.' },
  targetNotFound: { cs: 'Tento účet jsem v adresáři nenašel.', en: 'I could not find this account in the directory.' },
  stale: { cs: 'Tato karta už neplatí (byla použita nebo vypršela). Napište prosím znovu, co potřebujete.', en: 'This card is no longer valid (used or expired). Please ask again.' },
  personalOnly: { cs: 'Záležitosti účtů řeším jen v osobním chatu se mnou. Napište mi prosím napřímo.', en: 'I handle account matters only in a personal chat. Please write to me directly.' },
  targetNoticeResetPassword: { cs: '{by} vám nechal(a) resetovat heslo (požadavek {ticket}). Nové dočasné heslo vám předá osobně.', en: '{by} had your password reset (ticket {ticket}). They will give you the temporary password in person.' },
  targetNoticeUnlock: { cs: '{by} vám nechal(a) odemknout účet (požadavek {ticket}).', en: '{by} had your account unlocked (ticket {ticket}).' },
  targetNoticeResetMfa: { cs: '{by} vám nechal(a) resetovat MFA (požadavek {ticket}). Při příštím přihlášení si metody zaregistrujete znovu.', en: '{by} had your MFA reset (ticket {ticket}). You will register your methods again at the next sign-in.' },
  targetNoticeRevokeSessions: { cs: '{by} vás nechal(a) odhlásit ze všech zařízení (požadavek {ticket}).', en: '{by} had you signed out everywhere (ticket {ticket}).' },
  auditTitle: { cs: 'Historie akcí s účty', en: 'Account action history' },
  auditNone: { cs: 'Žádné záznamy k zobrazení.', en: 'No records to show.' },
  auditResultSuccess: { cs: 'provedeno', en: 'done' },
  auditResultRefused: { cs: 'odmítnuto', en: 'refused' },
  auditResultEscalated: { cs: 'předáno technikovi', en: 'handed to a technician' },
  auditResultLimited: { cs: 'limit vyčerpán', en: 'limit reached' },
  auditResultFailed: { cs: 'selhalo', en: 'failed' },
  directoryDown: { cs: 'Adresář je teď nedostupný, zkuste to prosím za chvíli.', en: 'The directory is unavailable right now; please try again shortly.' },
} satisfies Record<string, Entry>;

export type AccountMessageKey = keyof typeof MESSAGES;

export function ta(lang: Language, key: AccountMessageKey, params: Params = {}): string {
  return fill(lang, MESSAGES[key][lang], params);
}
