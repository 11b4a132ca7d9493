import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wildcard } from './wildcard';

/** The reference: the regular expression the matcher replaces (fine on short inputs). */
const byRegExp = (pattern: string, text: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  ).test(text);

describe('wildcard', () => {
  it.each([
    ['*@example.com', 'Ann@Example.COM', true],
    ['*@example.com', 'ann@example.org', false],
    ['ada*', 'Ada Lovelace', true],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'acb', false],
    ['*', '', true],
    ['', '', true],
    ['', 'x', false],
    ['ab*ba', 'aba', false],
    ['https://*.example.com', 'https://shop.example.com', true],
    ['https://*.example.com', 'https://example.com', false],
    ['a.c', 'abc', false],
  ])('%s matches %s: %s', (pattern, text, expected) => {
    expect(wildcard(pattern)(text)).toBe(expected);
  });

  it('agrees with the regular expression it replaces', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '*', '.'), maxLength: 8 });
    fc.assert(
      fc.property(
        piece,
        fc.string({ unit: fc.constantFrom('a', 'b', 'B', '.'), maxLength: 10 }),
        (p, t) => wildcard(p)(t) === byRegExp(p, t),
      ),
    );
  });

  it('answers at once where the regular expression would backtrack for hours', () => {
    // 40 stars between one letter each, against a near-miss: exponential for `a.*a.*…` (the test times out).
    expect(wildcard('t' + '*t'.repeat(40) + 'x')('t'.repeat(2000))).toBe(false);
    expect(wildcard('https://*.*.*.*.*.*.*.*.*.*.example.com')('https://' + 'a.'.repeat(2400) + 'x')).toBe(false);
  });
});
