import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { brandPalette, contrastRatio } from './contrast';
import { parseColor } from './parseColor';

describe('parseColor', () => {
  it.each([
    ['#fff', [255, 255, 255]],
    ['#3558D4', [53, 88, 212]],
    ['rgb(1, 2, 3)', [1, 2, 3]],
    [' #000000 ', [0, 0, 0]],
    ['red', null],
    ['#12345', null],
    ['rgb(300, 0, 0)', null],
  ])('%s → %j', (input, expected) => expect(parseColor(input)).toEqual(expected));
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([53, 88, 212], [53, 88, 212])).toBe(1);
  });
  it('matches the WCAG reference value for #777 on white (4.48)', () => {
    expect(contrastRatio([119, 119, 119], [255, 255, 255])).toBeCloseTo(4.48, 2);
  });
});

describe('brandPalette', () => {
  it('puts ink on a light brand colour and white on a dark one', () => {
    expect(brandPalette('#ffcc00', '#ffffff')?.onAccent).toBe('#111118');
    expect(brandPalette('#1a237e', '#ffffff')?.onAccent).toBe('#ffffff');
  });
  it('keeps a brand colour that already reads as text, and darkens one that does not', () => {
    expect(brandPalette('#1a237e', '#ffffff')?.accentText).toBe('#1a237e');
    const yellow = brandPalette('#ffcc00', '#ffffff')!;
    expect(yellow.accentText).not.toBe('#ffcc00');
    expect(contrastRatio(parseColor(yellow.accentText)!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
  });
  it('lightens toward white on a dark background', () => {
    const p = brandPalette('#1a237e', '#121212')!;
    expect(contrastRatio(parseColor(p.accentText)!, [18, 18, 18])).toBeGreaterThanOrEqual(4.5);
  });
  it('refuses what is not a colour', () => expect(brandPalette('brand-blue', '#fff')).toBeNull());
  it('always reaches AA for any brand colour on white or near-black (property)', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(hex, fc.constantFrom('#ffffff', '#f7f7f9', '#121212', '#1e1e24'), (brand, bg) => {
        const p = brandPalette(brand, bg)!;
        expect(contrastRatio(parseColor(p.onAccent)!, parseColor(p.accent)!)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(parseColor(p.accentText)!, parseColor(bg)!)).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 3000 },
    );
  });
});
