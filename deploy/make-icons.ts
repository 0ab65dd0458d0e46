/**
 * Generates the Teams app icons from code (no image files to download):
 *   deploy/manifest/color.png    192×192, white headset on the accent colour, full bleed
 *   deploy/manifest/outline.png   32×32, white headset on transparent
 * The accent colour is read from the manifest template, so the two never disagree.
 *
 *   npx tsx deploy/make-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { encodePng, type RgbaImage } from './lib/png-codec.js';
import { paintHeadset, parseHexColour } from './lib/headset-glyph.js';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
const WHITE = { r: 255, g: 255, b: 255 } as const;

export function renderColorIcon(accentColor: string): RgbaImage {
  return paintHeadset(COLOR_ICON_SIZE, { scale: 0.6, stroke: 0.1 }, WHITE, parseHexColour(accentColor));
}

export function renderOutlineIcon(): RgbaImage {
  return paintHeadset(OUTLINE_ICON_SIZE, { scale: 0.92, stroke: 0.11 }, WHITE, null);
}

export function writeIcons(manifestDir: string): { color: string; outline: string } {
  const template = JSON.parse(readFileSync(join(manifestDir, 'manifest.template.json'), 'utf8')) as { accentColor?: unknown };
  if (typeof template.accentColor !== 'string') throw new Error('manifest.template.json has no accentColor');
  const color = join(manifestDir, 'color.png');
  const outline = join(manifestDir, 'outline.png');
  writeFileSync(color, encodePng(renderColorIcon(template.accentColor)));
  writeFileSync(outline, encodePng(renderOutlineIcon()));
  return { color, outline };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const written = writeIcons(fileURLToPath(new URL('./manifest/', import.meta.url)));
  console.log(`wrote ${written.color}\nwrote ${written.outline}`);
}
