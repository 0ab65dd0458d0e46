import { beforeAll, describe, expect, it } from 'vitest';
import { loadDomainConfigFile } from '../../../src/triage/config-file-loader.js';
import { ALL_INTENTS } from '../../../src/intents/all-intents.js';
import { IntentEngine } from '../../../src/intents/intent-engine.js';

const TODAY = { year: 2026, month: 12, day: 7 };
let engine: IntentEngine;

beforeAll(() => {
  engine = IntentEngine.create(ALL_INTENTS, loadDomainConfigFile());
});

function decided(text: string): string {
  const d = engine.decide(engine.read(text, TODAY));
  return d.kind === 'run' ? d.intent : `? ${d.candidates.join('/')}`;
}

/** Phrasings in several styles per family (none of them in the held-out set, nor copied from the declarations). */
const FAMILIES: Record<string, [string, string][]> = {
  account: [
    ['resetni mi heslo, prosím', 'account.resetPassword'],
    ['Potřeboval bych resetovat heslo kolegovi Horákovi', 'account.resetPassword'],
    ['please reset the password of Petr Svoboda', 'account.resetPassword'],
    ['odemkni mi prosim ucet', 'account.unlock'],
    ['odhlaš mě prosím ze všech zařízení', 'account.revokeSessions'],
    ['odhlásit mě ze všech zařízení', 'account.revokeSessions'],
    ['sign me out of all my devices please', 'account.revokeSessions'],
    ['resetujte mi MFA, mám nový telefon', 'account.resetMfa'],
    ['historie akcí s účty za poslední týden', 'account.audit'],
  ],
  tickets: [
    ['ukaž moje tikety', 'tickets.mine'],
    ['kdy mi to prosím spravíte?', 'tickets.status'],
    ['jak to vypadá s HD-2026-00123?', 'tickets.show'],
    ['co máme ve frontě?', 'tickets.queue'],
    ['zrušte prosím požadavek HD-2026-00007', 'tickets.cancel'],
    ['urgujte to prosím, spěchá to', 'tickets.expedite'],
    ['pořád to nefunguje, otevřete požadavek znovu', 'tickets.reopen'],
  ],
  oncall: [
    ['kdo má dneska pohotovost na síti?', 'oncall.who'],
    ['kdy mám já další službu?', 'oncall.myShifts'],
    ['prohodíme si službu s Megan 21.12.2026?', 'oncall.swap'],
    ['výkaz pohotovostí za říjen', 'oncall.report'],
  ],
  platform: [
    ['co umíš?', 'help'],
    ['piš mi anglicky', 'language'],
    ['chci nahlásit problém', 'report.start'],
    ['ahoj', 'smalltalk.greeting'],
    ['děkuju moc', 'smalltalk.thanks'],
  ],
  'reports and vendors (capabilities being built)': [
    ['kolik máme otevřených požadavků?', 'reports.overview'],
    ['přehled za listopad', 'reports.overview'],
    ['jak plní dodavatelé SLA?', 'vendor.sla'],
    ['vyúčtování dodavatele za listopad', 'vendor.billing'],
    ['kolik nás stál SÚS za listopad?', 'vendor.billing'],
    ['moje úkoly', 'reports.tasks'],
  ],
  'off-topic and problems': [
    ['jaký bude zítra počasí v Plzni?', 'offtopic'],
    ['kdo vyhrál včera hokej?', 'offtopic'],
    ['nefunguje mi tiskárna v kanceláři 312', 'problem'],
    ['nikomu na úřadě nejde internet', 'problem'],
    ['Outlook mi nestahuje poštu', 'problem'],
  ],
};

describe.each(Object.entries(FAMILIES))('intent family: %s', (_family, cases) => {
  it.each(cases)('"%s" → %s', (text, intent) => {
    expect(decided(text)).toBe(intent);
  });
});

describe('the intent layer reads people as they write', () => {
  it('without diacritics and with a typo', () => {
    expect(decided('odhlas me ze vsech zarizeni')).toBe('account.revokeSessions');
    expect(decided('resetuj heslo pro Jana Novaka')).toBe('account.resetPassword');
    expect(decided('moje pozadavkz')).toBe('tickets.mine');
  });

  it('takes the slots of the intent: the person in any case, the ticket, the period', () => {
    expect(engine.read('resetuj heslo pro Janu Novákovou', TODAY).slots).toEqual({ person: 'Janu Novákovou' });
    expect(engine.read('ukaž HD-2026-00123', TODAY).slots).toEqual({ ticket: 'HD-2026-00123' });
    expect(engine.read('přehled za listopad', TODAY).slots.period).toBe('2026-11');
  });

  it('a message naming a ticket is never read as an intent that takes no ticket', () => {
    const reading = engine.read('moje požadavky HD-2026-00123', TODAY);
    expect(reading.ranking.every((r) => ['tickets.show', 'tickets.reopen', 'tickets.expedite', 'tickets.cancel', 'problem', 'offtopic'].includes(r.intent))).toBe(true);
  });

  it('asks "did you mean…?" when two capability intents are equally likely', () => {
    const reading = { intent: 'reports.sla', confidence: 0.3, slots: {}, unknownShare: 0, ranking: [{ intent: 'reports.sla', score: 0.3 }, { intent: 'vendor.sla', score: 0.3 }, { intent: 'problem', score: 0.1 }] };
    expect(engine.decide(reading)).toEqual({ kind: 'clarify', candidates: ['reports.sla', 'vendor.sla'] });
  });

  it('rejects a declaration of the same intent twice', () => {
    expect(() => IntentEngine.create([...ALL_INTENTS, ALL_INTENTS[0]!], loadDomainConfigFile(), { problemExamples: ['x'] })).toThrow(/declared twice/u);
  });
});
