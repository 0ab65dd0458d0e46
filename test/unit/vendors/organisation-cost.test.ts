import { describe, expect, it } from 'vitest';
import { comparisonRow, estimateRow, organisationCost, type TicketFact } from '../../../src/capabilities/vendors/organisation-cost.js';
import { scaled } from '../../../src/capabilities/vendors/money.js';
import { VendorCommandRecognizer } from '../../../src/capabilities/vendors/vendor-commands.js';
import { demoConfig } from '../../support/ticket-fixtures.js';

const fact = (over: Partial<TicketFact>): TicketFact => ({ organisation: 'SUS', category: 'printer', created: true, resolved: true, minutes: 0, resolutionMet: true, ...over });

describe('IT cost per organisation (hand-computed)', () => {
  it('vendor tasks less penalties + OIT minutes × 650 Kč/h, per category and per user', () => {
    const cost = organisationCost('SUS', '2026-11', 120, 65000, [
      { organisation: 'SUS', category: 'printer', price: 55000, penalty: 22500 },
      { organisation: 'SUS', category: 'hardware', price: 95000, penalty: 0 },
      { organisation: 'KU', category: 'printer', price: 55000, penalty: 0 },
    ], [
      fact({ minutes: 25 }), // 25 min × 650/60 = 270,833… → 270,83 Kč
      fact({ category: 'account', minutes: 10, resolutionMet: false }), // 108,333… → 108,33 Kč
      fact({ created: false, minutes: 0 }),
      fact({ organisation: 'KU', minutes: 600 }),
      fact({ resolved: false, resolutionMet: null }),
    ]);
    expect(cost).toMatchObject({ vendor: 150000, penalties: 22500, oitMinutes: 35, tickets: 3, resolved: 3, resolutionMet: 2 });
    expect(cost.categories.map((c) => [c.category, c.vendor, c.penalties, c.oit, c.total])).toEqual([
      ['hardware', 95000, 0, 0, 95000],
      ['printer', 55000, 22500, 27083, 59583],
      ['account', 0, 0, 10833, 10833],
    ]);
    expect(cost.oit).toBe(37916);
    expect(cost.total).toBe(165416); // 1 500 − 225 + 379,16 Kč
    expect(cost.perUser).toBe(1378); // 1 654,16 Kč / 120 = 13,7846… → 13,78 Kč
  });

  it('models an organisation not served yet from the pooled rates of similar ones, marked as an estimate', () => {
    const a = organisationCost('CN', '2026-11', 20, 65000, [{ organisation: 'CN', category: 'printer', price: 100000, penalty: 0 }], [fact({ organisation: 'CN' }), fact({ organisation: 'CN', resolutionMet: false })]);
    const b = organisationCost('ZH', '2026-11', 40, 65000, [{ organisation: 'ZH', category: 'printer', price: 200000, penalty: 0 }], [fact({ organisation: 'ZH' })]);
    expect(comparisonRow(a)).toMatchObject({ users: 20, ticketsPerUser: 0.1, perUser: 5000, slaMetPercent: 50, estimate: false });
    const est = estimateRow('GPZ', 35, [a, b]);
    expect(est).toMatchObject({ id: 'GPZ', users: 35, ticketsPerUser: 3 / 60, perUser: 5000, total: 175000, estimate: true });
    expect(est.slaMetPercent).toBeCloseTo(66.67, 1);
  });

  it('scales money exactly, rounding halves away from zero', () => {
    expect(scaled(65000, 25, 60)).toBe(27083);
    expect(scaled(1, 1, 2)).toBe(1);
    expect(scaled(-3, 1, 2)).toBe(-2);
  });
});

describe('recognising the vendors\' and costs\' commands (Czech with or without diacritics, inflected; English)', () => {
  const r = new VendorCommandRecognizer(demoConfig());
  const now = { year: 2026, month: 12 };
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}?]+/gu, ' ').trim();
  it.each([
    ['moje úkoly', false, { kind: 'tasks' }],
    ['my tasks', false, { kind: 'tasks' }],
    ['fronta', true, { kind: 'tasks' }],
    ['HD-2026-00001', true, { kind: 'task', ticketId: 'HD-2026-00001' }],
    ['vyúčtování Klatovy listopad', false, { kind: 'statement', district: 'klatovy', month: '2026-11' }],
    ['vyuctovani plzen-jih 2026-10', false, { kind: 'statement', district: 'plzen-jih', month: '2026-10' }],
    ['statement Tachov 11/2026', false, { kind: 'statement', district: 'tachov', month: '2026-11' }],
    ['kolik nás stál SÚS za listopad?', false, { kind: 'cost', organisation: 'SUS', month: '2026-11' }],
    ['kolik nas stal sus za rijen', false, { kind: 'cost', organisation: 'SUS', month: '2026-10' }],
    ['náklady Krajský úřad prosinec 2025', false, { kind: 'cost', organisation: 'KU', month: '2025-12' }],
    ['IT cost ZH November', false, { kind: 'cost', organisation: 'ZH', month: '2026-11' }],
    ['srovnání organizací', false, { kind: 'compare', month: null }],
    ['práce HD-2026-00001', false, { kind: 'work', ticketId: 'HD-2026-00001' }],
    ['převzít práci HD-2026-00001', false, { kind: 'work', ticketId: 'HD-2026-00001' }],
    ['předat HD-2026-00001 dodavateli Tachov', false, { kind: 'move', ticketId: 'HD-2026-00001', district: 'tachov' }],
    ['move HD-2026-00001 to vendor Plzeň-sever', false, { kind: 'move', ticketId: 'HD-2026-00001', district: 'plzen-sever' }],
  ] as const)('%s', (text, technician, expected) => {
    expect(r.recognise(text, fold(text), technician, now)).toEqual(expected);
  });
  it('leaves other messages alone', () => {
    expect(r.recognise('fronta', 'fronta', false, now)).toBeNull();
    expect(r.recognise('HD-2026-00001', 'hd 2026 00001', false, now)).toBeNull();
    expect(r.recognise('Nefunguje tiskárna', 'nefunguje tiskarna', false, now)).toBeNull();
  });
});
