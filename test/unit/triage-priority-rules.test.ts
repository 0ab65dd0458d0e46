import { describe, expect, it } from 'vitest';
import { loadDomainConfigFile } from '../../src/triage/config-file-loader.js';
import { priorityFor, PriorityRules } from '../../src/triage/priority-rules.js';

const rules = new PriorityRules(loadDomainConfigFile().triage.criticalServices);

describe('priorityFor (impact × urgency)', () => {
  it('follows the matrix corners', () => {
    expect(priorityFor('organisation', 'critical')).toBe('P1');
    expect(priorityFor('group', 'critical')).toBe('P1');
    expect(priorityFor('person', 'critical')).toBe('P2');
    expect(priorityFor('person', 'limited')).toBe('P3');
    expect(priorityFor('person', 'can-work')).toBe('P4');
    expect(priorityFor('organisation', 'cannot-work')).toBe('P1');
  });
});

describe('PriorityRules', () => {
  it('a whole site without network is P1', () => {
    expect(rules.assess('na cestmistrovstvi v klatovech nejde internet nikomu', 'network'))
      .toMatchObject({ priority: 'P1', impact: 'group', urgency: 'critical', scopeKnown: true, criticalServices: ['internet'] });
    expect(rules.assess('the whole office has no internet', 'network')).toMatchObject({ priority: 'P1', impact: 'organisation' });
    expect(rules.assess('celé cestmistrovství je bez sítě', 'network').priority).toBe('P1');
  });

  it('one person\'s broken mouse is never P1', () => {
    for (const text of ['nefunguje mi myš', 'myš nefunguje, nemůžu pracovat, spěchá', 'my mouse is broken, urgent']) {
      expect(rules.assess(text, 'hardware').priority).not.toBe('P1');
    }
    expect(rules.assess('nefunguje mi myš', 'hardware')).toMatchObject({ priority: 'P3', impact: 'person', scopeKnown: true });
  });

  it('a critical service (config) down for everyone in the organisation is P1', () => {
    expect(rules.assess('pošta nejde nikomu na celém úřadě', 'email')).toMatchObject({ priority: 'P1', impact: 'organisation' });
    expect(rules.assess('spisovka je nedostupná pro všechny', 'application')).toMatchObject({ priority: 'P1', urgency: 'critical' });
  });

  it('a critical service failing for the writer alone is P3, not an outage', () => {
    expect(rules.assess('nejde mi internet', 'network')).toMatchObject({ priority: 'P3', impact: 'person', urgency: 'cannot-work' });
  });

  it('a critical service failing with no scope is P2 and scopeKnown false (the dialog asks)', () => {
    expect(rules.assess('nejde internet', 'network')).toMatchObject({ priority: 'P2', scopeKnown: false, urgency: 'critical' });
  });

  it('an outage word with no scope is treated as hitting a group', () => {
    expect(rules.assess('výpadek sítě', 'network')).toMatchObject({ priority: 'P1', impact: 'group', scopeKnown: false });
    expect(rules.assess('network outage', 'network')).toMatchObject({ priority: 'P1', scopeKnown: false });
  });

  it('a fault for a whole department is P2 when the service is not critical', () => {
    expect(rules.assess('nikomu na odboru nejdou příchozí hovory', 'phone')).toMatchObject({ priority: 'P2', impact: 'group', urgency: 'cannot-work' });
  });

  it('requests and questions are P4', () => {
    expect(rules.assess('chtěl bych nový monitor', 'purchase')).toMatchObject({ priority: 'P4', urgency: 'can-work' });
    expect(rules.assess('could you install Acrobat Reader on my pc', 'software').priority).toBe('P4');
    expect(rules.assess('jak nastavím automatickou odpověď?', 'email').priority).toBe('P4');
  });

  it('"cannot work" raises a group fault', () => {
    expect(rules.assess('celé oddělení nemůže tisknout, nemůžeme pracovat', 'printer')).toMatchObject({ priority: 'P2', impact: 'group' });
  });
});

describe('impact from who is affected (issue #24)', () => {
  const rules = new PriorityRules(loadDomainConfigFile().triage.criticalServices);

  it('nobody / everyone without a smaller unit is the whole organisation, and with a service failing P1', () => {
    expect(rules.assess('Od rána nikomu nejde pošta', 'email')).toMatchObject({ impact: 'organisation', priority: 'P1' });
    expect(rules.assess('everyone is without internet', 'network')).toMatchObject({ impact: 'organisation', priority: 'P1' });
    expect(rules.assess('nikdo z odboru nemůže tisknout', 'printer')).toMatchObject({ impact: 'group' });
  });

  it('a whole site losing a shared system (phones, sign-in) is a service down: P1', () => {
    expect(rules.assess('v celé nemocnici nejdou telefony', 'phone').priority).toBe('P1');
    expect(rules.assess('na celém cestmistrovství se nikdo nepřihlásí', 'account').priority).toBe('P1');
  });

  it('one person stays one person: their broken phone is P3, and so is a failure that others do not have', () => {
    expect(rules.assess('nefunguje mi služební telefon', 'phone').priority).toBe('P3');
    expect(rules.assess('nejde mi internet, kolegům to jede', 'network')).toMatchObject({ impact: 'person', priority: 'P3' });
    expect(rules.assess('my Outlook crashes, colleagues are fine', 'email')).toMatchObject({ impact: 'person' });
  });

  it('an outage that is over, or only planned, is not P1', () => {
    expect(rules.assess('ráno na chvíli vypadl internet, už to jede', 'network').priority).not.toBe('P1');
    expect(rules.assess('is there a planned outage of the mail next week?', 'email').priority).not.toBe('P1');
  });
});

describe('outage cues tuned on the outage dev set (issue #24, src/triage/eval/outage-dev.jsonl)', () => {
  const rules = new PriorityRules(loadDomainConfigFile().triage.criticalServices);

  it('a site named as where it fails, or "none of" its phones or departments, is the site: P1 for a shared system', () => {
    expect(rules.assess('Na cestmistrovstvi v Tachove nejde sit ani telefony', 'network').priority).toBe('P1');
    expect(rules.assess('v nemocnici nefunguje wifi na zadnem oddeleni', 'network').priority).toBe('P1');
    expect(rules.assess('none of our phones work at the depot', 'phone').priority).toBe('P1');
    expect(rules.assess('žádný telefon v celé budově nemá oznamovací tón', 'phone').priority).toBe('P1');
  });

  it('a whole office without access to a shared system is a service down; one person without access is not', () => {
    expect(rules.assess('Celý krajský úřad nemá přístup ke spisové službě', 'access').priority).toBe('P1');
    expect(rules.assess('nemám přístup do složky účetní', 'access').priority).toBe('P4');
  });

  it('several departments are the organisation; a whole body "je celý bez" its mail is down', () => {
    expect(rules.assess('Teams nikomu nejde, celé oddělení i ostatní odbory', 'software')).toMatchObject({ impact: 'organisation', priority: 'P1' });
    expect(rules.assess('zdravotnicky holding je cely bez e-mailu', 'email').priority).toBe('P1');
    expect(rules.assess('spadla celá síť, nejde vůbec nic', 'network').priority).toBe('P1');
  });

  it('"nobody knows why", "nobody answers" is not who is affected: one person\'s fault stays theirs', () => {
    expect(rules.assess('monitor mi bliká a nikdo neví proč', 'hardware').priority).toBe('P3');
    expect(rules.assess('mobil mi nejde nabít, nikdo mi to zatím neopravil', 'phone').priority).toBe('P3');
  });

  it('work goes on ("pracovat se dá"), it is over, or only planned: never P1', () => {
    expect(rules.assess('internet jde pomalu všem v kanceláři, ale pracovat se dá', 'network').priority).toBe('P3');
    expect(rules.assess('ráno nešel všem internet, ale už to zase jede', 'network').priority).toBe('P4');
    expect(rules.assess('the internet outage this morning is resolved, thanks', 'network').priority).toBe('P4');
  });

  it('printing down for a whole building limits work without stopping it: P2, not P1', () => {
    expect(rules.assess('nikdo z nás nemůže tisknout ani skenovat, celá budova', 'printer').priority).toBe('P2');
  });
});

describe('outage cues from the outage dev set\'s later batches (issue #24)', () => {
  const names = loadDomainConfigFile().organisations.flatMap((o) => [o.id, o.name.cs, o.name.en]);
  const rules = new PriorityRules(loadDomainConfigFile().triage.criticalServices, undefined, names);

  it('a whole organisation named from config ("celé Centrální nákup"); the Czech "i" is not the English "I"', () => {
    expect(rules.assess('celé Centrální nákup je od rána bez internetu i telefonů', 'network')).toMatchObject({ impact: 'organisation', priority: 'P1' });
  });

  it('"je dole", "mimo provoz", "nenaběhne", "neodpovídá", "ústředna vypadla", "žádné linky": the service is down', () => {
    expect(rules.assess('síť je dole v celé budově krajského úřadu', 'network').priority).toBe('P1');
    expect(rules.assess('Spisová služba je mimo provoz pro všechny uživatele', 'application').priority).toBe('P1');
    expect(rules.assess('ekonomický systém vůbec nenaběhne, stojí celé účtárny všech organizací', 'application').priority).toBe('P1');
    expect(rules.assess('server s účetnictvím neodpovídá, celý úřad nemůže fakturovat', 'application').priority).toBe('P1');
    expect(rules.assess('telefonní ústředna vypadla, nefungují žádné pevné linky', 'phone').priority).toBe('P1');
  });

  it('all departments, across the office, all staff: the organisation', () => {
    expect(rules.assess('the records management system is unreachable for all departments', 'application').priority).toBe('P1');
    expect(rules.assess('Teams calls and chat are down across the regional office', 'software').priority).toBe('P1');
    expect(rules.assess('all staff are locked out of their accounts', 'account').priority).toBe('P1');
  });

  it('one colleague, "nobody else", "nobody can advise me", "today it is fine": not P1', () => {
    expect(rules.assess('kolegovi nejde telefon, nikdo jiný problém nemá', 'phone').priority).toBe('P3');
    expect(rules.assess('nikdo mi neumí poradit s nastavením podpisu v outlooku', 'email').priority).not.toBe('P1');
    expect(rules.assess('the internet was slow for everyone yesterday, today it is fine', 'network').priority).toBe('P4');
  });
});

describe('outage cues from the fifth outage dev batch (issue #24)', () => {
  const rules = new PriorityRules(loadDomainConfigFile().triage.criticalServices);

  it('"nefunkční", no number of the office reachable, every phone in the office', () => {
    expect(rules.assess('e-mail je pro všechny zaměstnance nefunkční', 'email').priority).toBe('P1');
    expect(rules.assess('nejde se dovolat na žádné číslo úřadu', 'phone').priority).toBe('P1');
    expect(rules.assess('every phone in the regional office is dead', 'phone').priority).toBe('P1');
  });

  it('"pomalý, ale jde to": work goes on', () => {
    expect(rules.assess('outlook je dnes pomalý, ale jde to', 'email').priority).toBe('P3');
  });
});
