import { describe, expect, it } from 'vitest';
import { VegaChartRenderer } from '../../../src/charts/vega-chart-renderer.js';
import type { ChartRequest } from '../../../src/services/chart-port.js';

const renderer = new VegaChartRenderer();
const costs = (language: 'cs' | 'en'): ChartRequest => ({
  altText: 'cost', language,
  vegaLite: {
    width: 200, height: 100, data: { values: [{ month: '2026-10', czk: 10752.5 }, { month: '2026-11', czk: 11302 }] },
    mark: 'bar', encoding: { x: { field: 'month', type: 'ordinal' }, y: { field: 'czk', type: 'quantitative' } },
  },
});
const labels = (svg: string) => [...svg.matchAll(/>([^<]*\d[^<]*)</gu)].map((m) => m[1]);

describe('charts drawn on the server', () => {
  it('write the axis numbers as the reader does: "10 000" in Czech, "10,000" in English', async () => {
    expect(labels(await renderer.svg(costs('cs')))).toContain('10\u00a0000');
    expect(labels(await renderer.svg(costs('en')))).toContain('10,000');
  }, 30_000);

  it('render a PNG with the alt text', async () => {
    const chart = await renderer.render(costs('cs'));
    expect(Buffer.from(chart.png.slice(1, 4)).toString()).toBe('PNG');
    expect(chart.altText).toBe('cost');
  }, 30_000);
});
