/**
 * Reading a colour, apart from the contrast math (`contrast.ts`): the config check needs only this,
 * and it stays in `booking.js` while the palette comes with the lazily loaded steps.
 */

/** An sRGB colour, channels 0–255. */
export type Rgb = readonly [r: number, g: number, b: number];

/** Parses `#rgb`, `#rrggbb` or `rgb(r, g, b)`; null when it is none of them. */
export function parseColor(input: string): Rgb | null {
  const value = input.trim().toLowerCase();
  if (/^#([0-9a-f]{3}){1,2}$/.test(value)) {
    const digits = value.length === 4 ? value.replace(/\w/g, '$&$&') : value; // #abc → #aabbcc
    return digits.match(/\w\w/g)!.map((h) => parseInt(h, 16)) as unknown as Rgb;
  }
  if (!/^rgb\((\s*\d{1,3}\s*[, ]){2}\s*\d{1,3}\s*\)$/.test(value)) return null;
  const rgb = value.match(/\d+/g)!.map(Number);
  return rgb.every((c) => c <= 255) ? (rgb as unknown as Rgb) : null;
}
