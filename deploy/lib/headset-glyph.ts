import type { RgbaImage } from './png-codec.js';

/**
 * The app's glyph, a helpdesk headset (headband, two ear cups, a microphone boom),
 * drawn with signed distance functions: each shape reports how far a point is from
 * its edge, so edges get exact anti-aliasing without supersampling.
 * Coordinates are in a unit square (0..1), y pointing down.
 */

type Point = readonly [number, number];
type Sdf = (x: number, y: number) => number;

export interface GlyphStyle {
  /** Fraction of the image the glyph spans (1 = edge to edge). */
  readonly scale: number;
  /** Stroke width of the headband and boom, in glyph units (before scaling). */
  readonly stroke: number;
}

export interface Rgb { readonly r: number; readonly g: number; readonly b: number }

export function parseHexColour(hex: string): Rgb {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(match[1], 16);
  return { r: (n >> 16) & 0xff, g: (n >> 8) & 0xff, b: n & 0xff };
}

const roundedBox = ([cx, cy]: Point, halfW: number, halfH: number, radius: number): Sdf => (x, y) => {
  const qx = Math.abs(x - cx) - (halfW - radius);
  const qy = Math.abs(y - cy) - (halfH - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
};

const capsule = ([ax, ay]: Point, [bx, by]: Point, r: number): Sdf => (x, y) => {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
  const t = Math.min(1, Math.max(0, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - r;
};

/** A stroked arc with round caps, from angle `from` to `to` (radians, clockwise on screen). */
const arc = ([cx, cy]: Point, radius: number, from: number, to: number, width: number): Sdf => {
  const end = (a: number): Point => [cx + radius * Math.cos(a), cy + radius * Math.sin(a)];
  const [ex1, ey1] = end(from);
  const [ex2, ey2] = end(to);
  return (x, y) => {
    let angle = Math.atan2(y - cy, x - cx);
    while (angle < from) angle += 2 * Math.PI;
    if (angle <= to) return Math.abs(Math.hypot(x - cx, y - cy) - radius) - width / 2;
    return Math.min(Math.hypot(x - ex1, y - ey1), Math.hypot(x - ex2, y - ey2)) - width / 2;
  };
};

const union = (...shapes: Sdf[]): Sdf => (x, y) => Math.min(...shapes.map((s) => s(x, y)));

/** The headset in glyph units: it spans roughly x 0.05..0.95, y 0.05..0.97 (stroke 0.1). */
function headset(stroke: number): Sdf {
  const bandCentre: Point = [0.5, 0.46];
  const bandRadius = 0.36;
  const cupHalfW = 0.085;
  const cupHalfH = 0.15;
  const cupY = 0.58;
  const leftX = bandCentre[0] - bandRadius;
  const rightX = bandCentre[0] + bandRadius;
  const boomRadius = 0.2;
  const boomCentre: Point = [rightX - boomRadius, cupY + cupHalfH - 0.03];
  const micY = boomCentre[1] + boomRadius;
  const micRadius = stroke * 0.7;
  return union(
    arc(bandCentre, bandRadius, Math.PI, 2 * Math.PI, stroke),
    roundedBox([leftX, cupY], cupHalfW, cupHalfH, 0.06),
    roundedBox([rightX, cupY], cupHalfW, cupHalfH, 0.06),
    arc(boomCentre, boomRadius, 0, Math.PI / 2, stroke * 0.8),
    capsule([boomCentre[0] - 0.14, micY], [boomCentre[0], micY], micRadius),
  );
}

/**
 * Paints the glyph in `ink` over `background` (null = transparent).
 * With a transparent background the ink pixels keep their colour and carry the
 * coverage in alpha, as Teams expects of the outline icon.
 */
export function paintHeadset(size: number, style: GlyphStyle, ink: Rgb, background: Rgb | null): RgbaImage {
  const shape = headset(style.stroke);
  const pixels = new Uint8Array(size * size * 4);
  const unitsPerPixel = 1 / (size * style.scale);
  const offset = (1 - style.scale) / 2;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const gx = ((px + 0.5) / size - offset) / style.scale;
      const gy = ((py + 0.5) / size - offset) / style.scale;
      const coverage = Math.min(1, Math.max(0, 0.5 - shape(gx, gy) / unitsPerPixel));
      const at = (py * size + px) * 4;
      if (background === null) {
        pixels.set([ink.r, ink.g, ink.b, Math.round(coverage * 255)], at);
      } else {
        const mix = (bg: number, fg: number): number => Math.round(bg + (fg - bg) * coverage);
        pixels.set([mix(background.r, ink.r), mix(background.g, ink.g), mix(background.b, ink.b), 255], at);
      }
    }
  }
  return { width: size, height: size, pixels };
}
