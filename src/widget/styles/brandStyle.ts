import { brandPalette, toHex } from '../color/contrast';
import { parseColor, type Rgb } from '../color/parseColor';

/** The widget's own light and dark backgrounds (keep in step with `widget.css`). */
export const THEME_BACKGROUNDS = { light: '#ffffff', dark: '#15181d' } as const;

/** How much of the brand colour tints the background of days with times. */
const TINT = 0.14;

function tint(brand: Rgb, bg: Rgb): string {
  return toHex(brand.map((c, i) => bg[i] + (c - bg[i]) * TINT) as unknown as Rgb);
}

/**
 * Custom properties that carry `ui.brand_color` into the stylesheet, for the light (`--_l*`) and the
 * dark (`--_d*`) background: fill (`a`), text on the fill (`f`), tint of open days (`o`) and the
 * brand as text (`t`). The text colour is made AA-safe against the tint, which is itself a little
 * darker (light) or lighter (dark) than the background, so it also passes on the plain background.
 * `undefined` when there is no brand colour or it cannot be read. Pure.
 * @example brandStyle('#ffcc00')?.['--_lt'] // '#7f6600'-ish: a darker yellow that reads as text on white
 */
export function brandStyle(brand: string | undefined): Record<string, string> | undefined {
  const rgb = brand ? parseColor(brand) : null;
  if (!rgb) return undefined;
  const style: Record<string, string> = {};
  for (const [k, bg] of [
    ['l', THEME_BACKGROUNDS.light],
    ['d', THEME_BACKGROUNDS.dark],
  ] as const) {
    const open = tint(rgb, parseColor(bg)!);
    const fill = brandPalette(brand!, bg)!;
    style[`--_${k}a`] = fill.accent;
    style[`--_${k}f`] = fill.onAccent;
    style[`--_${k}o`] = open;
    style[`--_${k}t`] = brandPalette(brand!, open)!.accentText;
  }
  return style;
}
