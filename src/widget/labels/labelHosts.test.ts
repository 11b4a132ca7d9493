import { describe, expect, it } from 'vitest';
import { labelHosts } from './labelHosts';

const team = [{ name: 'Marty McFly' }, { name: 'Lorraine Baines' }, { name: 'Jennifer Parker' }];

describe('labelHosts', () => {
  it.each([
    ['en', 'Marty McFly, Lorraine Baines, and Jennifer Parker'],
    ['de', 'Marty McFly, Lorraine Baines und Jennifer Parker'],
    ['fr', 'Marty McFly, Lorraine Baines et Jennifer Parker'],
    ['es', 'Marty McFly, Lorraine Baines y Jennifer Parker'],
    ['nl', 'Marty McFly, Lorraine Baines en Jennifer Parker'],
  ])('joins three hosts in %s as %s', (locale, text) => expect(labelHosts(team, locale)).toBe(text));

  it("joins with Arabic's own 'and' (و), never a Latin comma", () => {
    const ar = labelHosts(team, 'ar');
    expect(ar).toBe(new Intl.ListFormat('ar', { type: 'conjunction' }).format(team.map((t) => t.name)));
    expect(ar).toBe('Marty McFly وLorraine Baines وJennifer Parker');
    expect(ar).not.toContain(',');
  });

  it('names one host alone, each name once, and nothing without names', () => {
    expect(labelHosts([{ name: 'Doc Brown' }, { name: 'Doc Brown' }], 'en')).toBe('Doc Brown');
    expect(labelHosts([{ name: 'Doc Brown' }, {}], 'en')).toBe('Doc Brown');
    expect(labelHosts([], 'en')).toBe('');
  });
});
