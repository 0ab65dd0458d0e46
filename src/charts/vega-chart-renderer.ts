import { createRequire } from 'node:module';
import path from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartPort, ChartRequest, RenderedChart } from '../services/chart-port.js';

const FONT_FAMILY = 'DejaVu Sans';
/** Czech number format for axes and labels: decimal comma, a no-break space between thousands. */
const CZECH_NUMBERS = { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0Kč'] };
const require = createRequire(import.meta.url);

/** The DejaVu Sans files (Czech diacritics) from the dejavu-fonts-ttf package. */
function dejavuFiles(): string[] {
  const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => path.join(dir, f));
}

/**
 * Charts drawn on the server: Vega-Lite → Vega → SVG (headless, no canvas) → PNG with resvg, in
 * DejaVu Sans (system fonts are never loaded: the same picture on every machine), at 1.5 times the
 * size for sharp text on high-density screens (a PNG of 20–40 KB).
 */
export class VegaChartRenderer implements ChartPort {
  private readonly fontFiles = dejavuFiles();
  /** The libraries, loaded on the first chart (≈ 1 s and tens of MB that a bot without charts never pays). */
  private libraries: Promise<Libraries> | null = null;

  async render(request: ChartRequest): Promise<RenderedChart> {
    const { Resvg } = await (this.libraries ??= loadLibraries());
    const png = new Resvg(await this.svg(request), {
      font: { loadSystemFonts: false, fontFiles: this.fontFiles, defaultFontFamily: FONT_FAMILY },
      background: 'white',
      fitTo: { mode: 'zoom', value: 1.5 },
    }).render().asPng();
    return { png: new Uint8Array(png), altText: request.altText };
  }

  /** The chart as SVG, before it becomes a PNG. */
  async svg(request: ChartRequest): Promise<string> {
    const { vega, compile } = await (this.libraries ??= loadLibraries());
    const spec = {
      ...request.vegaLite,
      config: {
        font: FONT_FAMILY, background: 'white',
        ...(request.language === 'cs' ? { locale: { number: CZECH_NUMBERS } } : {}),
        ...(request.vegaLite.config as object | undefined),
      },
    } as TopLevelSpec;
    const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  }
}

interface Libraries {
  vega: typeof import('vega');
  compile: typeof import('vega-lite').compile;
  Resvg: typeof import('@resvg/resvg-js').Resvg;
}

async function loadLibraries(): Promise<Libraries> {
  const [vega, vegaLite, resvg] = await Promise.all([import('vega'), import('vega-lite'), import('@resvg/resvg-js')]);
  return { vega, compile: vegaLite.compile, Resvg: resvg.Resvg };
}
