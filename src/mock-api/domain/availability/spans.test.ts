import { describe, expect, it } from 'vitest';
import { intersectSpans } from './spans';
import type { Span } from './types';

const s = (...pairs: Array<[number, number]>): Span[] => pairs.map(([start, end]) => ({ start, end }));

describe('intersectSpans', () => {
  it.each([
    { name: 'nothing with nothing', a: s(), b: s(), expected: s() },
    { name: 'anything with nothing', a: s([0, 10]), b: s(), expected: s() },
    { name: 'one span cut by two', a: s([0, 10]), b: s([2, 4], [8, 12]), expected: s([2, 4], [8, 10]) },
    { name: 'touching is not overlapping', a: s([0, 5]), b: s([5, 9]), expected: s() },
    {
      name: 'interleaved lists',
      a: s([0, 3], [5, 8], [10, 14]),
      b: s([2, 6], [7, 11], [13, 20]),
      expected: s([2, 3], [5, 6], [7, 8], [10, 11], [13, 14]),
    },
    { name: 'equal lists', a: s([1, 2], [4, 6]), b: s([1, 2], [4, 6]), expected: s([1, 2], [4, 6]) },
    { name: 'a long span holds many', a: s([3, 4], [6, 7], [9, 12]), b: s([0, 10]), expected: s([3, 4], [6, 7], [9, 10]) },
  ])('$name', ({ a, b, expected }) => {
    expect(intersectSpans(a, b)).toEqual(expected);
    expect(intersectSpans(b, a)).toEqual(expected);
  });
});
