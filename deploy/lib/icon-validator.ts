import { decodePng, readPngHeader } from './png-codec.js';
import type { Validation } from './manifest-validator.js';

/** Teams' icon rules: colour 192×192; outline 32×32, white on a transparent background. */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

export interface IconFiles {
  readonly color: Uint8Array;
  readonly outline: Uint8Array;
}

function checkSize(name: keyof IconFiles, png: Uint8Array, errors: string[]): boolean {
  try {
    const { width, height } = readPngHeader(png);
    const want = ICON_SIZES[name];
    if (width !== want || height !== want) errors.push(`${name} icon is ${width}×${height}, Teams requires ${want}×${want}`);
    return true;
  } catch (error) {
    errors.push(`${name} icon: ${(error as Error).message}`);
    return false;
  }
}

function checkOutlinePixels(png: Uint8Array, errors: string[]): void {
  const { pixels } = decodePng(png);
  let opaque = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const alpha = pixels[i + 3] ?? 0;
    if (alpha === 0) continue;
    opaque += 1;
    if (pixels[i] !== 255 || pixels[i + 1] !== 255 || pixels[i + 2] !== 255) {
      errors.push('outline icon must be white (#FFFFFF) on a transparent background');
      return;
    }
  }
  if (opaque === 0) errors.push('outline icon is fully transparent');
  if (opaque === pixels.length / 4) errors.push('outline icon has no transparent background');
}

export function validateIcons(icons: IconFiles): Validation<IconFiles> {
  const errors: string[] = [];
  checkSize('color', icons.color, errors);
  if (checkSize('outline', icons.outline, errors)) {
    try {
      checkOutlinePixels(icons.outline, errors);
    } catch (error) {
      errors.push(`outline icon: ${(error as Error).message}`);
    }
  }
  return errors.length === 0 ? { ok: true, value: icons } : { ok: false, errors };
}
