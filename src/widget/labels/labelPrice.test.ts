import { describe, expect, it } from 'vitest';
import { labelPrice } from './labelPrice';

describe('labelPrice', () => {
  it.each([
    [{ gross: 49, currency: 'USD' }, 'en', '$49.00'],
    [{ gross: 49.5, currency: 'EUR' }, 'de', '49,50\u00a0€'],
    [{ gross: 49.5, currency: 'EUR' }, 'fr', '49,50\u00a0€'],
    [{ gross: 1200, currency: 'EUR' }, 'nl', '€\u00a01.200,00'],
    [{ gross: 120, currency: 'USD' }, 'es', '120,00\u00a0US$'],
    [{ gross: 0, currency: 'GBP' }, 'en', '£0.00'],
  ])('%o in %s is %s', (price, locale, text) => expect(labelPrice(price, locale)).toBe(text));

  it('writes Arabic prices with the locale’s own digits and signs', () => {
    expect(labelPrice({ gross: 49, currency: 'USD' }, 'ar')).toBe(
      new Intl.NumberFormat('ar', { style: 'currency', currency: 'USD' }).format(49),
    );
    expect(labelPrice({ gross: 49, currency: 'USD' }, 'ar')).toMatch(/US\$/);
  });

  it('is null without a number or with a currency that is not ISO 4217', () => {
    expect(labelPrice(undefined, 'en')).toBeNull();
    expect(labelPrice({ gross: '49', currency: 'USD' }, 'en')).toBeNull();
    expect(labelPrice({ gross: 49, currency: 'dollars' }, 'en')).toBeNull();
    expect(labelPrice({ gross: 49 }, 'en')).toBeNull();
  });
});
