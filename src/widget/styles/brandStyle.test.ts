import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../color/contrast';
import { parseColor } from '../color/parseColor';
import { brandStyle, THEME_BACKGROUNDS } from './brandStyle';

const ratio = (a: string, b: string) => contrastRatio(parseColor(a)!, parseColor(b)!);

describe('brandStyle', () => {
  it.each(['#ffcc00', '#0b7a53', '#2456e6', '#ffffff', '#000000', '#777777', '#ff00ff', '#0a1a3a', 'rgb(200, 30, 40)', '#fc0'])(
    'keeps every text pair at AA in light and dark for %s',
    (brand) => {
      const s = brandStyle(brand)!;
      for (const [k, bg] of [
        ['l', THEME_BACKGROUNDS.light],
        ['d', THEME_BACKGROUNDS.dark],
      ] as const) {
        expect(ratio(s[`--_${k}f`], s[`--_${k}a`])).toBeGreaterThanOrEqual(4.5); // text on the filled button / selected day
        expect(ratio(s[`--_${k}t`], s[`--_${k}o`])).toBeGreaterThanOrEqual(4.5); // brand text on an open day
        expect(ratio(s[`--_${k}t`], bg)).toBeGreaterThanOrEqual(4.5); // links, times, focus ring on the background
      }
    },
  );

  it('fills with the brand colour itself and tints open days with it', () => {
    const s = brandStyle('#0b7a53')!;
    expect(s['--_la']).toBe('#0b7a53');
    expect(s['--_da']).toBe('#0b7a53');
    expect(s['--_lo']).toBe('#ddece7'); // 255 + (11 − 255) × 0.14 = 221 = dd, 236 = ec, 231 = e7
    expect(s['--_do']).toBe('#142625'); // 21 + (11 − 21) × 0.14 ≈ 20 = 14, 38 = 26, 37 = 25
  });

  it('moves a light brand colour toward ink for text on white, and leaves it as is on dark', () => {
    const s = brandStyle('#ffcc00')!;
    expect(s['--_lt']).not.toBe('#ffcc00');
    expect(s['--_dt']).toBe('#ffcc00');
    expect(s['--_lf']).toBe('#111118');
  });

  it.each([undefined, '', 'brand-blue', '#12345', 'rgb(300, 0, 0)'])('gives nothing for %j', (brand) =>
    expect(brandStyle(brand)).toBeUndefined(),
  );
});
