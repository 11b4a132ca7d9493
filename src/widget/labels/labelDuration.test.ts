import { describe, expect, it } from 'vitest';
import { labelDuration } from './labelDuration';

describe('labelDuration', () => {
  it.each([
    ['30 minutes', 'en', '30 minutes'],
    ['1 hour', 'en', '1 hour'],
    ['2 hours', 'de', '2 Stunden'],
    ['45 mins', 'fr', '45 minutes'],
    ['90 minutes', 'nl', '90 minuten'],
  ])('%s in %s is %s', (length, locale, text) => expect(labelDuration(length, locale)).toBe(text));

  it('is null for what it cannot read', () => {
    expect(labelDuration(undefined, 'en')).toBeNull();
    expect(labelDuration('soon', 'en')).toBeNull();
  });
});
