/**
 * Brand colours that keep WCAG AA contrast by themselves: a site owner gives one colour and the widget
 * derives the text colour on it and a variant usable as text on the widget's background.
 */

import { parseColor, type Rgb } from './parseColor';

/** `#rrggbb` for a colour. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.x relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, 1–21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [17, 17, 24];
const BLACK: Rgb = [0, 0, 0];

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  // Rounded here so the contrast we check is the contrast of the hex we hand out.
  return a.map((c, i) => Math.round(c + (b[i] - c) * t)) as unknown as Rgb;
}

/** Colours derived from one brand colour for a given background. */
export interface BrandPalette {
  /** The brand colour itself, for fills (selected day, primary button). */
  accent: string;
  /** Text/icon colour on `accent`: white or ink, whichever contrasts more (always ≥ 4.5:1). */
  onAccent: string;
  /** The brand colour moved toward ink (light background) or white (dark) until it reads as text on the background at ≥ 4.5:1. */
  accentText: string;
}

/**
 * Derives an AA-safe palette from a brand colour; null when `brand` is not a colour we can read.
 * @example brandPalette('#ffcc00', '#ffffff') // { accent: '#ffcc00', onAccent: '#111118', accentText: '#…darker' }
 */
export function brandPalette(brand: string, background: string): BrandPalette | null {
  const accent = parseColor(brand);
  const bg = parseColor(background);
  if (!accent || !bg) return null;
  // White or ink, whichever reads better; pure black where ink falls short (a few mid-tones), since
  // max(contrast with white, contrast with black) ≥ 4.58 for every colour.
  const best = contrastRatio(accent, WHITE) >= contrastRatio(accent, INK) ? WHITE : INK;
  const onAccent = contrastRatio(accent, best) >= 4.5 ? best : BLACK;
  const toward = luminance(bg) > 0.18 ? BLACK : WHITE;
  let text = accent;
  // 20 steps of 5% reach the ink/white end, which always contrasts ≥ 4.5:1 with a background it is
  // chosen against; the loop stops at the first step that passes so the hue stays recognisable.
  for (let step = 1; step <= 20 && contrastRatio(text, bg) < 4.5; step++) text = mix(accent, toward, step / 20);
  return { accent: toHex(accent), onAccent: toHex(onAccent), accentText: toHex(text) };
}
