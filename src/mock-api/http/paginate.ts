import type { Context } from 'hono';
import type { Paginated } from '../../wire';
import { validationError } from './errors';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;

function readPositive(c: Context, key: string, max: number, errors: Record<string, string[]>): number | undefined {
  const raw = c.req.query(key);
  if (raw === undefined || raw === '') return undefined;
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    errors[key] = [`must be a whole number from 1 to ${max}`];
    return undefined;
  }
  return n;
}

/**
 * One page of `items` per `?limit=&page=` (default 50 per page), with every pagination field
 * of the contract. Bad `limit`/`page` are a 422 naming them.
 */
export function paginate<T>(c: Context, items: readonly T[]): Paginated<T> {
  const errors: Record<string, string[]> = {};
  const limit = readPositive(c, 'limit', MAX_LIMIT, errors) ?? DEFAULT_LIMIT;
  const page = readPositive(c, 'page', 1_000_000, errors) ?? 1;
  if (Object.keys(errors).length) throw validationError(errors);
  const total = items.length;
  const lastPage = Math.max(1, Math.ceil(total / limit));
  const offset = (page - 1) * limit;
  const data = items.slice(offset, offset + limit);
  const urlFor = (p: number) => {
    const url = new URL(c.req.url);
    url.searchParams.set('page', String(p));
    url.searchParams.set('limit', String(limit));
    return url.toString();
  };
  return {
    data,
    total,
    per_page: limit,
    current_page: page,
    last_page: lastPage,
    next_page_url: page < lastPage ? urlFor(page + 1) : null,
    prev_page_url: page > 1 ? urlFor(Math.min(page - 1, lastPage)) : null,
    from: data.length ? offset + 1 : null,
    to: data.length ? offset + data.length : null,
  };
}
