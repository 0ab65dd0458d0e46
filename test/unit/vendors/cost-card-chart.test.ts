import { describe, expect, it } from 'vitest';
import { CostPresenter } from '../../../src/capabilities/vendors/cost-presenter.js';
import type { OrganisationCost } from '../../../src/capabilities/vendors/organisation-cost.js';
import { NO_ONCALL } from '../../../src/capabilities/vendors/oncall-allowance.js';
import type { ChartRequest } from '../../../src/services/chart-port.js';
import { demoConfig } from '../../support/ticket-fixtures.js';
import { memoryLogger } from '../../support/silent-logger.js';

const COST: OrganisationCost = {
  organisation: 'SUS', month: '2026-11', users: 120, tickets: 0, vendor: 0, penalties: 0, oitMinutes: 0, oit: 0, oncall: NO_ONCALL, total: 0, perUser: 0,
  resolved: 0, resolutionMet: 0, categories: [],
};

function presenter() {
  const drawn: ChartRequest[] = [];
  const charts = { render: async (r: ChartRequest) => { drawn.push(r); return { png: new Uint8Array([1, 2, 3]), altText: r.altText }; } };
  const files = { offer: async () => undefined };
  return { drawn, p: new CostPresenter({ charts, files, config: demoConfig(), logger: memoryLogger().logger }) };
}

describe('the cost card\'s trend', () => {
  it('a trend with no cost at all is listed month by month, not drawn as an empty plot', async () => {
    const { drawn, p } = presenter();
    const card = JSON.stringify(await p.costCard(COST, [{ month: '2026-10', total: 0 }, { month: '2026-11', total: 0 }], 'cs'));
    expect(drawn).toHaveLength(0);
    expect(card).not.toContain('data:image/png');
    expect(card).toContain('"title":"2026-10"');
  });

  it('a trend with costs is drawn as a chart with its alt text', async () => {
    const { drawn, p } = presenter();
    const card = JSON.stringify(await p.costCard({ ...COST, vendor: 95_000, total: 95_000 }, [{ month: '2026-10', total: 0 }, { month: '2026-11', total: 95_000 }], 'cs'));
    expect(drawn).toHaveLength(1);
    expect(card).toContain('data:image/png;base64,');
  });
});
