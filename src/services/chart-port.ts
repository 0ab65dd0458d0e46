/** A chart drawn on the server (for an Adaptive Card `Image` with a `data:image/png;base64,…` URL). */
export interface ChartRequest {
  /** A Vega-Lite specification with its data inline. */
  vegaLite: Record<string, unknown>;
  /** What the chart shows, in the reader's language (the card's `altText`). */
  altText: string;
  /** The reader's language: numbers on the axes as they write them ("12 000,5" in Czech). */
  language: 'cs' | 'en';
}

export interface RenderedChart {
  png: Uint8Array;
  altText: string;
}

export interface ChartPort {
  render(request: ChartRequest): Promise<RenderedChart>;
}
