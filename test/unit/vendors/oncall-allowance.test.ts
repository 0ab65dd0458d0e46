import { describe, expect, it } from 'vitest';
import { shareByUsers, standbyAllowance } from '../../../src/capabilities/vendors/oncall-allowance.js';
import { organisationCost } from '../../../src/capabilities/vendors/organisation-cost.js';
import { OncallRotaService } from '../../../src/services/oncall-rota-service.js';
import { OncallStandbyTotals } from '../../../src/services/oncall-standby-totals.js';
import type { RotaStorePort } from '../../../src/services/store-ports.js';
import { demoConfig } from '../../support/ticket-fixtures.js';
import { memoryLogger } from '../../support/silent-logger.js';

const RATES = { weekdayNight: 4000, weekend: 5000, holiday: 6000 }; // 40, 50, 60 Kč per standby hour (the demo config)

describe('on-call allowance attributed to organisations (hand-computed)', () => {
  it('the demo rota in November 2026: two people, each on call every week for one of the two teams, so every hour outside working time', () => {
    // 30 days = 720 h. Working days: 21 weekdays less Tue 17 Nov (a holiday) = 20, each 24 − 8.5 = 15.5 h of night → 310 h;
    // weekends 1, 7–8, 14–15, 21–22, 28–29 Nov = 9 days → 216 h; the holiday 24 h. Per person 550 h, for two people:
    const store: RotaStorePort = {
      overrides: () => [], nextSeq: () => 1, addOverride: async () => undefined, getSwap: () => undefined, pendingFor: () => [],
      saveSwap: async () => undefined, decideSwap: async () => undefined,
    };
    const config = demoConfig();
    const rota = new OncallRotaService(config, store, { now: () => new Date('2026-12-01T08:00:00Z') }, memoryLogger().logger);
    const minutes = new OncallStandbyTotals(config, rota).ofMonth('2026-11');
    expect(minutes).toEqual({ weekdayNight: 620 * 60, weekend: 432 * 60, holiday: 48 * 60 });
    // 620 h × 40 + 432 h × 50 + 48 h × 60 = 24 800 + 21 600 + 2 880 = 49 280 Kč
    expect(standbyAllowance(minutes, RATES)).toBe(4_928_000);
    expect(config.costs.standbyAllowance).toEqual(RATES);
  });

  it('rounds once per kind: 25 min × 40 Kč/h = 16,666… → 16,67 Kč; no standby, no allowance', () => {
    expect(standbyAllowance({ weekdayNight: 25, weekend: 0, holiday: 0 }, RATES)).toBe(1667);
    expect(standbyAllowance({ weekdayNight: 0, weekend: 0, holiday: 0 }, RATES)).toBe(0);
  });

  it('shares the allowance by users, the haléře left over to the largest remainders, adding up exactly', () => {
    // 10 000,00 Kč over 550 users: KU 370 → 6 727,27|27…, SUS 120 → 2 181,81|81…, CN 20 → 363,63|63…, ZH 40 → 727,27|27…
    // floors add up to 9 999,98 Kč; the 2 haléře left go to SUS (remainder 450/550) and CN (350/550)
    const shares = shareByUsers(1_000_000, { KU: 370, SUS: 120, CN: 20, ZH: 40 });
    expect(Object.fromEntries(shares)).toEqual({ KU: 672_727, SUS: 218_182, CN: 36_364, ZH: 72_727 });
    expect([...shares.values()].reduce((s, v) => s + v, 0)).toBe(1_000_000);
    // the demo month: 49 280 Kč splits without remainder (SÚS 120/550 = 10 752 Kč)
    expect(Object.fromEntries(shareByUsers(4_928_000, { KU: 370, SUS: 120, CN: 20, ZH: 40 }))).toEqual({ KU: 3_315_200, SUS: 1_075_200, CN: 179_200, ZH: 358_400 });
  });

  it('an organisation with no users configured gets nothing, the others share it all; a month with no standby shares nothing', () => {
    const shares = shareByUsers(1001, { KU: 1, SUS: 1, NEW: 0 });
    expect(Object.fromEntries(shares)).toEqual({ KU: 501, SUS: 500 }); // a tie of remainders goes by id
    expect(shareByUsers(0, { KU: 370, SUS: 120 }).size).toBe(0);
  });

  it('the share is its own line of the organisation\'s cost, in the total and the cost per user, not in a category', () => {
    const oncall = { share: 1_075_200, total: 4_928_000, users: 120, allUsers: 550 };
    // a month with no tickets and no pages: the standby was still paid for, so the share is all of the cost
    const quiet = organisationCost('SUS', '2026-11', 120, 65000, [], [], oncall);
    expect(quiet).toMatchObject({ vendor: 0, oit: 0, oncall, total: 1_075_200, perUser: 8960, categories: [] });
    const busy = organisationCost('SUS', '2026-11', 120, 65000, [{ organisation: 'SUS', category: 'printer', price: 55000, penalty: 0 }], [], oncall);
    expect(busy.total).toBe(1_130_200); // 550 Kč + 10 752 Kč
    expect(busy.categories.map((c) => [c.category, c.total])).toEqual([['printer', 55000]]);
  });
});
