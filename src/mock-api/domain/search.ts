import { fail, ok, type Parsed } from './result';
import type { StoredBooking } from './types';
import { wildcard } from './wildcard';

/** One `key:value` term of `?search=`; `*` in the value matches anything. */
export interface SearchTerm {
  key: string;
  /** True when a booking's value matches (the whole value, case-insensitively). */
  matches: (value: string) => boolean;
}

const FIXED_KEYS = ['resource.id', 'graph', 'state', 'completed', 'customer.email', 'customer.name', 'project.id'];

/**
 * Parses `key:value;key2:value2` (values matched case-insensitively, `*` as a wildcard).
 * @example parseSearch('state:confirmed;customer.email:*@example.com')
 */
export function parseSearch(query: string | undefined): Parsed<SearchTerm[]> {
  if (query === undefined || query.trim() === '') return ok([]);
  const terms: SearchTerm[] = [];
  for (const part of query.split(';')) {
    if (!part.trim()) continue;
    const at = part.indexOf(':');
    if (at <= 0) return fail(`"${part}" is not key:value; keys: ${FIXED_KEYS.join(', ')}, meta.<key>`);
    const key = part.slice(0, at).trim();
    if (!FIXED_KEYS.includes(key) && !/^meta\.[^.]+/.test(key)) {
      return fail(`unknown key "${key}"; use one of ${FIXED_KEYS.join(', ')}, meta.<key>`);
    }
    // Not a regular expression: `*` runs would make it backtrack for minutes (wildcard.ts).
    terms.push({ key, matches: wildcard(part.slice(at + 1).trim()) });
  }
  return ok(terms);
}

/** The searchable value of `key` on a booking, as text; undefined when it has none. */
export function bookingSearchValue(b: StoredBooking, key: string, completed: boolean): string | undefined {
  switch (key) {
    case 'resource.id':
      return b.resource_id;
    case 'graph':
      return b.graph;
    case 'state':
      return b.state;
    case 'completed':
      return String(completed);
    case 'customer.email':
      return b.customer?.email;
    case 'customer.name':
      return b.customer?.name;
    case 'project.id':
      return b.project_id ?? (typeof b.meta.project_id === 'string' ? b.meta.project_id : undefined);
    default: {
      const name = key.slice('meta.'.length);
      // Own keys only: `meta.constructor` must not find Object's constructor on every booking.
      const v = Object.hasOwn(b.meta, name) ? b.meta[name] : undefined;
      return v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
  }
}

/** True when every term matches the booking. */
export function matchesSearch(b: StoredBooking, terms: readonly SearchTerm[], completed: boolean): boolean {
  return terms.every((t) => {
    const v = bookingSearchValue(b, t.key, completed);
    return v !== undefined && t.matches(v);
  });
}
