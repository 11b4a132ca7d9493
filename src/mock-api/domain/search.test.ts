import { describe, expect, it } from 'vitest';
import { matchesSearch, parseSearch } from './search';
import type { StoredBooking } from './types';

const b = {
  id: 'b',
  graph: 'instant',
  state: 'confirmed',
  resource_id: 'r1',
  project_id: 'p1',
  customer: { id: 'c', name: 'Ada Lovelace', email: 'ada@example.com', phone: null, timezone: null },
  meta: { source: 'widget', n: 3 },
} as unknown as StoredBooking;

describe('search', () => {
  it.each([
    ['', true],
    ['state:confirmed', true],
    ['state:tentative', false],
    ['graph:instant;resource.id:r1', true],
    ['customer.email:*@example.com', true],
    ['customer.name:ada*', true],
    ['customer.name:Ada', false],
    ['project.id:p1', true],
    ['meta.source:widget', true],
    ['meta.n:3', true],
    ['meta.missing:x', false],
    ['meta.constructor:*', false],
    ['meta.toString:*', false],
    ['completed:false', true],
    ['completed:true', false],
  ])('%s → %s', (query, expected) => {
    const terms = parseSearch(query);
    expect(terms.ok).toBe(true);
    if (terms.ok) expect(matchesSearch(b, terms.value, false)).toBe(expected);
  });

  it.each([['nonsense'], ['color:red'], [':x']])('refuses %s', (q) => {
    const r = parseSearch(q);
    expect(r.ok).toBe(false);
  });
});
