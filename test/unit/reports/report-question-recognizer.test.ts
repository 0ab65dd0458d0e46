import { describe, expect, it } from 'vitest';
import { ReportQuestionRecognizer } from '../../../src/capabilities/reports/report-question-recognizer.js';
import { config } from './report-data.js';

const recognizer = new ReportQuestionRecognizer(config);
const TODAY = { year: 2026, month: 12 };
const ask = (text: string, context = false) => recognizer.recognise(text, TODAY, context);

describe('report questions in Czech (with and without diacritics, inflected) and English', () => {
  it.each([
    ['kolik máme otevřených požadavků?', 'status'],
    ['kolik mame otevrenych pozadavku', 'status'],
    ['how many open tickets do we have?', 'status'],
    ['nejstarší nevyřešené požadavky', 'status'],
    ['jak plní dodavatelé SLA?', 'sla'],
    ['plneni SLA za listopad', 'sla'],
    ['SLA compliance last month by organisation', 'sla'],
    ['přehled za listopad', 'service'],
    ['statistiky za minulý měsíc', 'service'],
    ['overview for November', 'service'],
    ['Jak na tom je teď naše organizace?', 'service'],
    ['jak je na tom naše organizace?', 'service'],
    ['how is our organisation doing?', 'service'],
    ['vývoj SLA za posledních 12 měsíců', 'trend'],
    ['ukaž porušená SLA', 'breached'],
    ['show breached tickets', 'breached'],
    ['kolik tiketů nestihlo termín?', 'breached'],
    ['které požadavky jsou po termínu', 'breached'],
    ['kde jsme překročili lhůtu', 'breached'],
    ['tickets that missed the SLA last month', 'breached'],
  ])('"%s" → %s', (text, kind) => {
    expect(ask(text)?.kind).toBe(kind);
  });

  it('reads the period, the breakdown and the organisation', () => {
    expect(ask('jak plní dodavatelé SLA?')).toMatchObject({ by: 'vendor', period: null, strong: true });
    expect(ask('přehled za listopad')?.period).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(ask('SLA v říjnu 2025')?.period).toEqual({ kind: 'month', year: 2025, month: 10 });
    expect(ask('SLA za minulý měsíc')?.period).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(ask('SLA za 3. čtvrtletí')?.period).toEqual({ kind: 'quarter', year: 2026, quarter: 3 });
    expect(ask('SLA for Q4 2025')?.period).toEqual({ kind: 'quarter', year: 2025, quarter: 4 });
    expect(ask('přehled za loňský rok')?.period).toEqual({ kind: 'year', year: 2025 });
    expect(ask('SLA letos')?.period).toEqual({ kind: 'year', year: 2026 });
    expect(ask('SLA za posledních 12 měsíců po organizacích')).toMatchObject({ period: { kind: 'months', year: 2026, month: 12, count: 12 }, by: 'organisation' });
    expect(ask('SLA od 1.10. do 15.11.')?.period).toEqual({ kind: 'range', from: '2026-10-01', to: '2026-11-15' });
    expect(ask('otevřené požadavky SÚS')?.filter).toEqual({ organisation: 'SUS' });
    expect(ask('SLA Správy údržby silnic')?.filter).toEqual({ organisation: 'SUS' });
    expect(ask('SLA pro Klatovy podle priority')).toMatchObject({ filter: { district: 'klatovy' }, by: 'priority' });
    expect(ask('export SLA za listopad do CSV')).toMatchObject({ kind: 'sla', format: 'csv' });
  });

  it('follow-ups change only what they say, and only after a report', () => {
    expect(ask('a za říjen?', true)).toMatchObject({ kind: null, period: { kind: 'month', year: 2026, month: 10 } });
    expect(ask('jen SÚS', true)).toMatchObject({ kind: null, filter: { organisation: 'SUS' } });
    expect(ask('rozpad podle priority', true)).toMatchObject({ kind: null, by: 'priority' });
    expect(ask('and by vendor?', true)).toMatchObject({ kind: null, by: 'vendor' });
    expect(ask('do excelu', true)).toMatchObject({ kind: null, format: 'xlsx' });
    expect(ask('a za říjen?', false)).toBeNull();
  });

  it('says plainly enough to answer anyone only for clear report questions', () => {
    expect(ask('kolik máme otevřených požadavků?')?.strong).toBe(true);
    expect(ask('jak plníme SLA?')?.strong).toBe(true);
    expect(ask('statistiky za listopad')?.strong).toBe(true);
    expect(ask('mám pořád nevyřešený požadavek')?.strong).toBe(false);
    expect(ask('potřebuji přehled faktur za listopad')?.strong).toBe(false);
  });

  it('leaves problem reports and other talk alone', () => {
    expect(ask('nefunguje mi tiskárna v Klatovech', true)).toBeNull();
    expect(ask('nejde mi otevřít přehled v účetnictví')).toBeNull();
    expect(ask('v Klatovech na cestmistrovstvi mi nejede internet od rana', true)).toBeNull();
    expect(ask('dobrý den')).toBeNull();
    expect(ask('kdo má pohotovost')).toBeNull();
  });
});
